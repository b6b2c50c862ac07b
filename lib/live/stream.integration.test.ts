import { describe, expect, it } from "vitest";
import { changePhase, createDelegation } from "@/lib/workshop/mutations";
import { addMember, createWorkshopFixture, delegationInput, prisma } from "@/test/db";
import { measureQueries } from "@/test/query-counter";
import { readFrames as reader } from "@/test/sse-frames";
import type { PresenceSummary } from "./types";
import { appendEvent } from "./events";
import { openEventStream } from "./stream";

/** The streams here only need an audience; the membership id plays no part. */
const chairMember = { id: "", role: "FACILITATOR" as const, delegationId: null };

/** A chair's stream of a workshop from after its first event, with what ends it. */
function listen(workshopId: string, userId: string) {
  const controller = new AbortController();
  const stream = reader(
    openEventStream({ workshopId, userId, member: chairMember, afterSeq: 1, signal: controller.signal }),
  );
  return { stream, controller };
}

describe("live event stream", () => {
  it("replays events after Last-Event-ID, then delivers new commits exactly once and in order", async () => {
    const { workshop, facilitator } = await createWorkshopFixture(); // seq 1: workshop.created
    await changePhase(workshop.id, facilitator.id, "SUBMIT", "ANALYSE"); // seq 2
    const { stream, controller } = listen(workshop.id, facilitator.id);
    await stream.waitFor(() => stream.changes().length === 1);
    expect(stream.changes()).toEqual([expect.objectContaining({ seq: 2, type: "workshop.phaseChanged" })]);

    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createDelegation(workshop.id, facilitator.id, delegationInput(`D${i}`, `D${i}`)),
      ),
    );
    await stream.waitFor(() => stream.changes().length === 9);
    expect(stream.changes().map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stream.frames.filter((f) => f.event === "change").map((f) => f.id)).toEqual([
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    controller.abort();
  });

  it("sends only the workshop's own events, and never their payloads (only the scopes they touched)", async () => {
    const mine = await createWorkshopFixture();
    const other = await createWorkshopFixture();
    const { stream, controller } = listen(mine.workshop.id, mine.facilitator.id);
    await changePhase(other.workshop.id, other.facilitator.id, "SUBMIT", "ANALYSE");
    await changePhase(mine.workshop.id, mine.facilitator.id, "SUBMIT", "VOTE");
    await stream.waitFor(() => stream.changes().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stream.changes()).toHaveLength(1);
    expect(Object.keys(stream.changes()[0]!).sort()).toEqual(["at", "reads", "seq", "type"]);
    // A phase change gates forms on every page: every page refreshes.
    expect(stream.changes()[0]).toMatchObject({ type: "workshop.phaseChanged", reads: ["*"] });
    expect(JSON.stringify(stream.changes()[0])).not.toContain("VOTE");
    controller.abort();
  });

  it("tells everyone who is online, and who left", async () => {
    const { workshop, facilitator, delegations } = await createWorkshopFixture();
    const delegate = await addMember(workshop.id, "DELEGATE", delegations[0].id);
    const { stream: watcher, controller: facilitatorStream } = listen(workshop.id, facilitator.id);
    const online = () => {
      const presence = watcher.frames.filter((f) => f.event === "presence").at(-1);
      return presence ? (JSON.parse(presence.data) as PresenceSummary) : { total: 0, groups: {} };
    };
    await watcher.waitFor(() => online().total === 1);
    expect(online().groups.facilitation?.count).toBe(1);

    const { controller: delegateStream } = listen(workshop.id, delegate.id);
    await watcher.waitFor(() => online().total === 2);
    expect(online().groups[delegations[0].id]).toEqual({ count: 1, names: [delegate.name] });

    delegateStream.abort();
    await watcher.waitFor(() => online().total === 1 && online().groups[delegations[0].id] === undefined);
    expect(online().groups.facilitation?.count).toBe(1);
    facilitatorStream.abort();
  });

  it("drops a stream whose client does not read, instead of buffering without bound", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const controller = new AbortController();
    const stream = openEventStream({
      workshopId: workshop.id,
      userId: facilitator.id,
      member: chairMember,
      afterSeq: 0,
      signal: controller.signal,
      maxBacklogBytes: 2048,
    });
    // Nobody reads: events pile up until the backlog passes the limit, then the stream ends.
    for (let i = 0; i < 40; i++)
      await prisma.$transaction((tx) =>
        appendEvent(tx, { workshopId: workshop.id, actorId: null, type: "hand.raised", payload: {} }),
      );
    const { eventSeq } = await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } });
    const frames = reader(stream);
    // The stream ends by itself (without the limit this would wait for ever).
    await frames.reading;
    const ids = frames.frames.filter((f) => f.event === "change").map((f) => Number(f.id));
    // What was queued before the limit arrives, in order; the rest is left for the reconnection.
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(eventSeq);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    controller.abort();
  });

  it("sends a delegation's private events only to its members, and keeps everyone's sequence flowing", async () => {
    const { workshop, facilitator, delegations } = await createWorkshopFixture();
    const [alpha, beta] = delegations;
    const open = (userId: string, delegationId: string | null) => {
      const controller = new AbortController();
      const member = {
        id: userId,
        role: delegationId ? ("DELEGATE" as const) : ("FACILITATOR" as const),
        delegationId,
      };
      const stream = reader(
        openEventStream({ workshopId: workshop.id, userId, member, afterSeq: 1, signal: controller.signal }),
      );
      return { stream, controller };
    };
    const inAlpha = open((await addMember(workshop.id, "DELEGATE", alpha.id)).id, alpha.id);
    const inBeta = open((await addMember(workshop.id, "DELEGATE", beta.id)).id, beta.id);
    const chair = open(facilitator.id, null);

    await prisma.$transaction((tx) =>
      appendEvent(tx, {
        workshopId: workshop.id,
        actorId: null,
        type: "stance.private",
        payload: { clauseId: "c", delegationId: alpha.id, stanceId: "s", amendmentId: null },
        audienceDelegationId: alpha.id,
      }),
    );
    await changePhase(workshop.id, facilitator.id, "SUBMIT", "ANALYSE");
    for (const { stream } of [inAlpha, inBeta, chair])
      await stream.waitFor(() => stream.changes().some((e) => e.type === "workshop.phaseChanged"));
    expect(inAlpha.stream.changes().map((e) => e.type)).toEqual(["stance.private", "workshop.phaseChanged"]);
    expect(inBeta.stream.changes().map((e) => e.type)).toEqual(["workshop.phaseChanged"]);
    expect(chair.stream.changes().map((e) => e.type)).toEqual(["workshop.phaseChanged"]);
    [inAlpha, inBeta, chair].forEach(({ controller }) => controller.abort());
  });

  it("a burst of 300 events reaches every stream exactly once and in order, read by the hub in a few queries, with one model after it", async () => {
    const { workshop, facilitator } = await createWorkshopFixture(); // seq 1
    const streams = Array.from({ length: 3 }, () => listen(workshop.id, facilitator.id));
    for (const { stream } of streams) await stream.waitFor(() => stream.frames.some((f) => f.event === "presence"));
    const BURST = 300;
    const cost = await measureQueries(async () => {
      // One transaction: its 300 notifications arrive together when it commits.
      await prisma.$transaction(async (tx) => {
        for (let i = 0; i < BURST; i++)
          await appendEvent(tx, { workshopId: workshop.id, actorId: null, type: "hand.raised", payload: {} });
      });
      for (const { stream } of streams) await stream.waitFor(() => stream.changes().length === BURST, 15_000);
    });
    for (const { stream, controller } of streams) {
      expect(stream.changes().map((e) => e.seq)).toEqual(Array.from({ length: BURST }, (_, i) => i + 2));
      // The room model it made stale, as of the end of the burst, after the burst's events.
      const states = stream.frames.filter((f) => f.event === "state").map((f) => JSON.parse(f.data) as { seq: number });
      expect(states.at(-1)?.seq).toBe(BURST + 1);
      expect(states.length).toBeLessThan(BURST / 10);
      controller.abort();
    }
    const eventReads = cost.log.filter((entry) => entry.sql.includes('FROM "public"."Event"'));
    expect(eventReads.length).toBeLessThanOrEqual(5);
  });
});
