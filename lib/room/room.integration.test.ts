import { describe, expect, it } from "vitest";
import { addAgendaItem, setSpotlight, startAgendaItem } from "@/lib/session/agenda-mutations";
import { sessionView } from "@/lib/session/data";
import { giveFloor, raiseHand } from "@/lib/session/floor-mutations";
import { agendaItemSchema } from "@/lib/session/schema";
import { actorFor, ballotWorkshop } from "@/test/ballots";
import { seqOf, streamOf } from "@/test/sse-frames";
import { readRoomModel } from "./data";
import type { Pushed, RoomModel } from "./types";

const withoutClock = (pushed: Pushed<RoomModel>) => ({
  ...pushed,
  model: { ...pushed.model, session: { ...pushed.model.session, serverNow: 0 } },
});

describe("the room's pushed state", () => {
  it("follows each session event with the state the page renders, the same for every member", async () => {
    const w = await ballotWorkshop();
    const alpha = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    const beta = await actorFor(w.workshopId, "DELEGATE", w.beta.id);
    const start = await seqOf(w.workshopId);
    const alphaStream = streamOf(w.workshopId, alpha, start);
    const betaStream = streamOf(w.workshopId, beta, start);
    try {
      const item = await addAgendaItem(w.chair, agendaItemSchema.parse({ title: "Opening", plannedMinutes: 10 }));
      await startAgendaItem(w.chair, item.id);
      await raiseHand(beta);
      await giveFloor(w.chair, beta.member.id);
      await raiseHand(alpha);
      await setSpotlight(w.chair, { kind: "ANALYSIS" });
      const last = await seqOf(w.workshopId);
      const caughtUp = () => alphaStream.rooms().at(-1)?.seq === last && betaStream.rooms().at(-1)?.seq === last;
      await alphaStream.waitFor(caughtUp);

      // Every pushed model comes after the event it follows and reflects at least that event.
      for (const stream of [alphaStream, betaStream]) {
        let seen = start;
        for (const frame of stream.frames) {
          if (frame.event === "change") seen = Number(frame.id);
          if (frame.event === "state") expect((JSON.parse(frame.data) as Pushed).seq).toBeGreaterThanOrEqual(seen);
        }
      }

      // What was pushed is what the server renders now (the layout's model and the session page).
      const pushed = alphaStream.rooms().at(-1)!;
      expect(withoutClock(pushed)).toEqual(withoutClock((await readRoomModel(w.workshopId))!));
      expect(withoutClock(betaStream.rooms().at(-1)!)).toEqual(withoutClock(pushed));
      const page = await sessionView(w.workshopId, w.workshop.slug, beta.member);
      const session = pushed.model.session;
      expect(session.queue.map((hand) => hand.memberId)).toEqual(page.queue.map((hand) => hand.memberId));
      expect(session.floor).toEqual(page.floor);
      expect(session.agenda).toEqual(page.agenda);
      expect(session).toMatchObject({
        current: { id: item.id, timer: { status: "RUNNING" } },
        spotlight: { kind: "ANALYSIS" },
        floor: { memberId: beta.member.id },
        queue: [{ memberId: alpha.member.id }],
      });
    } finally {
      alphaStream.close();
      betaStream.close();
    }
  });

  it("after a reconnection, replays the missed events followed by one state new enough for all", async () => {
    const w = await ballotWorkshop();
    const alpha = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    const resumeAfter = await seqOf(w.workshopId);
    await raiseHand(alpha);
    await giveFloor(w.chair);
    const last = await seqOf(w.workshopId);
    const stream = streamOf(w.workshopId, alpha, resumeAfter);
    try {
      await stream.waitFor(() => stream.rooms().length > 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stream.frames.filter((f) => f.event === "change").map((f) => Number(f.id))).toEqual([
        resumeAfter + 1,
        last,
      ]);
      expect(stream.rooms()).toHaveLength(1);
      expect(stream.rooms()[0]!.seq).toBe(last);
      expect(stream.rooms()[0]!.model.session.floor?.memberId).toBe(alpha.member.id);
    } finally {
      stream.close();
    }
  });

  it("is not sent after events that change no pushed state", async () => {
    const w = await ballotWorkshop();
    const alpha = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    const stream = streamOf(w.workshopId, alpha, 0);
    try {
      await stream.waitFor(() => stream.changes().length > 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The fixture's history: a workshop, delegations and members, none of it session state.
      expect(stream.rooms()).toEqual([]);
    } finally {
      stream.close();
    }
  });
});
