// The calendar feed against real PostgreSQL, read back with a real iCalendar parser (node-ical):
// a member's ballots with their exact times, in their language, nothing from workshops they are
// not in; one workshop's on request; a replaced or removed link stops working.
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { call, identityOf } from "@/test/sweep-fixture";
import { removeCalendarFeedAction, renewCalendarFeedAction } from "./actions";
import { calendarFeed } from "./feed";

const feed = calendarFeed;

function events(text: string | null): VEvent[] {
  expect(text).not.toBeNull();
  const parsed = ical.sync.parseICS(text!);
  return Object.values(parsed).filter((item): item is VEvent => item?.type === "VEVENT");
}

async function timedBallotIn(title: string, opensAt: Date | null, closesAt: Date) {
  const w = await ballotWorkshop();
  const options = [await brand(w.chair, "One", [w.alpha.id]), await brand(w.chair, "Two", [w.beta.id])];
  const id = await ballot(
    w.chair,
    options.map((o) => o.id),
    {},
    { open: false },
  );
  await prisma.ballot.update({ where: { id }, data: { title, opensAt, closesAt } });
  return { ...w, ballotId: id };
}

describe("calendar feed", () => {
  it("lists the member's ballot times exactly, in their language, and only theirs", async () => {
    const opensAt = new Date("2027-03-01T01:30:00Z");
    const closesAt = new Date("2027-03-01T09:00:00Z");
    const mine = await timedBallotIn("Regional brand", opensAt, closesAt);
    const other = await timedBallotIn("Not yours", null, closesAt);
    const lead = await actorFor(mine.workshopId, "LEAD_DELEGATE", mine.alpha.id);
    const user = await prisma.user.update({ where: { id: lead.userId }, data: { locale: "zh_CN" } });

    const created = await call(renewCalendarFeedAction, identityOf(user));
    expect(created).toMatchObject({ ok: true, token: expect.any(String) });
    const token = (created as unknown as { token: string }).token;
    // An agenda item with a planned start: from it, for its planned minutes.
    const startsAt = new Date("2027-03-01T00:30:00Z");
    await prisma.agendaItem.create({
      data: { workshopId: mine.workshopId, position: 1, title: "Plenary", plannedMinutes: 45, startsAt },
    });
    await prisma.agendaItem.create({
      data: { workshopId: mine.workshopId, position: 2, title: "Unscheduled", plannedMinutes: 10 },
    });
    const all = events(await feed(token));
    expect(all.map((e) => e.summary)).toEqual(["议程：Plenary", "投票：Regional brand"]);
    expect([all[0]!.start.toISOString(), all[0]!.end?.toISOString()]).toEqual([
      startsAt.toISOString(),
      "2027-03-01T01:15:00.000Z",
    ]);
    const [, event] = all;
    expect(event!.summary).toBe("投票：Regional brand");
    expect(event!.start.toISOString()).toBe(opensAt.toISOString());
    expect(event!.end?.toISOString()).toBe(closesAt.toISOString());
    expect(event!.uid).toBe(`ballot-${mine.ballotId}@roundtable`);
    // URL;VALUE=URI:… comes back as its value and parameters.
    const url = event!.url as unknown as string | { val: string };
    expect(typeof url === "string" ? url : url.val).toContain(`/w/${mine.workshop.slug}/ballots/${mine.ballotId}`);
    expect(events(await feed(token, other.workshop.slug))).toHaveLength(0);

    // Replaced: the old link is gone; removed: the new one too.
    const renewed = (await call(renewCalendarFeedAction, identityOf(user))) as unknown as { token: string };
    expect(await feed(token)).toBeNull();
    expect(events(await feed(renewed.token))).toHaveLength(2);
    expect(await call(removeCalendarFeedAction, identityOf(user))).toEqual({ ok: true });
    expect(await feed(renewed.token)).toBeNull();
    expect(await feed("made-up")).toBeNull();
  });
});
