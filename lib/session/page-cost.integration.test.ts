// What the live pages cost the database does not grow with the workshop (issue 23): the session page
// and a ballot page, read for a member of a workshop of 10 people and of one of 3,000 with the same
// agenda, queue, questions, join requests and votes, send the same statements and get the same
// number of rows back. Counted through Prisma's driver adapter (test/query-counter.ts), not timed.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { settleDueBallots } from "@/lib/ballots/ballot-mutations";
import { ballotView } from "@/lib/ballots/data";
import { castVote } from "@/lib/ballots/vote-mutations";
import { workshopFrame } from "@/lib/room/data";
import { sessionPageView } from "@/lib/session/data";
import { appendEvent } from "@/lib/live/events";
import { findMembership, findWorkshopBySlug } from "@/lib/workshop/data";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { measureQueries, type QueryCost } from "@/test/query-counter";

const CONTENT = { hands: 8, questions: 12, joinRequests: 5, voters: 12 };

/** The crowds made here are removed afterwards: later files digest whole tables. */
const crowdUserIds: string[] = [];
afterAll(async () => {
  await prisma.user.deleteMany({ where: { id: { in: crowdUserIds } } });
});

/** A workshop with `people` members in all, and the same live content whatever its size. */
async function workshopOf(people: number) {
  const room = await ballotWorkshop();
  const { workshopId, alpha, beta, chair } = room;
  const [rice, water] = [await brand(chair, "Rice", [alpha.id]), await brand(chair, "Water", [beta.id])];
  const ballotId = await ballot(chair, [rice.id, water.id]);
  const voters = await Promise.all(
    Array.from({ length: CONTENT.voters }, (_, i) => actorFor(workshopId, "DELEGATE", i % 2 ? alpha.id : beta.id)),
  );
  for (const voter of voters) await castVote(voter, ballotId, { ranking: [rice.id, water.id] });

  // The rest of the room: plain delegates, written in bulk.
  const rest = Math.max(0, people - voters.length - 1);
  const users = Array.from({ length: rest }, (_, i) => ({
    id: randomUUID(),
    email: `${randomUUID()}@crowd.test`,
    name: `Delegate ${i}`,
    passwordHash: "scrypt$unused",
  }));
  await prisma.user.createMany({ data: users });
  crowdUserIds.push(...users.map((user) => user.id));
  await prisma.membership.createMany({
    data: users.map((user, i) => ({
      workshopId,
      userId: user.id,
      role: "DELEGATE" as const,
      delegationId: i % 2 ? alpha.id : beta.id,
    })),
  });

  const members = voters.map((voter) => voter.member);
  await prisma.raisedHand.createMany({
    data: members
      .slice(0, CONTENT.hands)
      .map((m) => ({ workshopId, membershipId: m.id, delegationId: m.delegationId })),
  });
  await prisma.floorQuestion.createMany({
    data: Array.from({ length: CONTENT.questions }, (_, i) => ({
      workshopId,
      authorMembershipId: members[i % members.length]!.id,
      body: `Question ${i}`,
      anonymous: i % 3 === 0,
    })),
  });
  const outsiders = await Promise.all(
    Array.from({ length: CONTENT.joinRequests }, () =>
      prisma.user.create({ data: { email: `${randomUUID()}@outside.test`, name: "Outsider", passwordHash: "x" } }),
    ),
  );
  await prisma.joinRequest.createMany({ data: outsiders.map((user) => ({ workshopId, userId: user.id })) });
  expect(await prisma.membership.count({ where: { workshopId } })).toBe(Math.max(people, voters.length + 1));
  return { slug: room.workshop.slug, chair, voter: voters[0]!, ballotId };
}

/** The reads of the workshop layout and a page, as the server components make them. */
async function renderCost(slug: string, userId: string, page: (workshopId: string) => Promise<unknown>) {
  return measureQueries(async () => {
    const workshop = (await findWorkshopBySlug(slug))!;
    const member = (await findMembership(workshop.id, userId))!;
    await workshopFrame(workshop);
    await page(workshop.id);
    expect(member.workshopId).toBe(workshop.id);
  });
}

const describeCost = (cost: QueryCost) =>
  cost.log.map((entry) => `${entry.rows} rows: ${entry.sql.slice(0, 160)}`).join("\n");

describe("the cost of a live page does not grow with the workshop", () => {
  it("session page and ballot page: the same statements and rows for 10 and for 3,000 members", async () => {
    const small = await workshopOf(10);
    const large = await workshopOf(3_000);

    for (const who of ["chair", "voter"] as const) {
      // One after the other: measureQueries swaps the app's client while it runs.
      const costs = [];
      for (const room of [small, large])
        costs.push(
          await (async () => {
            const actor = room[who];
            const member = { ...actor.member, workshopId: actor.workshopId };
            const session = await renderCost(room.slug, actor.userId, (workshopId) =>
              sessionPageView(workshopId, member),
            );
            const ballotPage = await renderCost(room.slug, actor.userId, async (workshopId) => {
              await settleDueBallots(workshopId);
              expect(await ballotView(workshopId, room.ballotId, actor.member, "en")).not.toBeNull();
            });
            return { session, ballotPage };
          })(),
        );
      const [ofSmall, ofLarge] = costs as [(typeof costs)[0], (typeof costs)[0]];
      for (const page of ["session", "ballotPage"] as const) {
        const context = `${who}, ${page}:\n${describeCost(ofLarge[page])}`;
        expect(ofLarge[page].statements, context).toBe(ofSmall[page].statements);
        expect(ofLarge[page].rows, context).toBe(ofSmall[page].rows);
        // Bounded by the room's content (agenda, queue, questions, votes), not its people.
        expect(ofLarge[page].rows, context).toBeLessThan(150);
      }
    }
  }, 120_000);

  it("40 delegates whose session pages refresh at one seq cost one shared read, plus a few statements each", async () => {
    const room = await workshopOf(50);
    const { workshopId } = room.chair;
    const delegates = await prisma.membership.findMany({
      where: { workshopId, role: "DELEGATE" },
      select: { id: true, userId: true, role: true, delegationId: true },
      take: 40,
    });
    // A structural change: every open page refreshes at its seq.
    await prisma.$transaction((tx) => appendEvent(tx, { workshopId, actorId: null, type: "hand.raised", payload: {} }));
    const render = (delegate: (typeof delegates)[number]) =>
      renderCost(room.slug, delegate.userId, (id) => sessionPageView(id, delegate));
    const first = await render(delegates[0]!);
    const others: QueryCost[] = [];
    for (const delegate of delegates.slice(1)) others.push(await render(delegate));
    const perMember = Math.max(...others.map((cost) => cost.statements));
    // Their own: the workshop row, the membership, the seq, their questions and upvotes.
    expect(perMember, describeCost(others[0]!)).toBeLessThanOrEqual(5);
    expect(first.statements, describeCost(first)).toBeGreaterThan(3 * perMember);
    expect(others.reduce((sum, cost) => sum + cost.rows, 0)).toBeLessThanOrEqual(39 * 5);
  });
});
