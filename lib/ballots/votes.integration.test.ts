import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { closeBallot } from "./ballot-mutations";
import { ballotExport, ballotView } from "./data";
import { parseBallotFile } from "./file";
import type { Actor } from "./mutation-support";
import { tally } from "./tally";
import { castVote } from "./vote-mutations";

/** `n` delegates of one delegation, created in bulk (the mutations read them from the database). */
async function manyVoters(workshopId: string, delegationId: string, n: number): Promise<Actor[]> {
  const users = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    email: `${randomUUID()}@test.example`,
    name: `Voter ${i}`,
    passwordHash: "scrypt$unused",
  }));
  await prisma.user.createMany({ data: users });
  const members = users.map((u) => ({
    id: randomUUID(),
    workshopId,
    userId: u.id,
    role: "DELEGATE" as const,
    delegationId,
  }));
  await prisma.membership.createMany({ data: members });
  return members.map((m) => ({
    userId: m.userId,
    workshopId,
    member: { id: m.id, role: m.role, delegationId, userId: m.userId },
  }));
}

async function setup() {
  const w = await ballotWorkshop();
  const options = [
    (await brand(w.chair, "Rice", [w.alpha.id])).id,
    (await brand(w.chair, "Ice", [w.beta.id, w.gamma.id])).id,
    (await brand(w.chair, "Steel", [w.gamma.id])).id,
  ] as [string, string, string];
  return { ...w, options };
}

/** Four options: with four, the top half of a ranking is its first two places. */
async function setupFour() {
  const w = await setup();
  const coal = (await brand(w.chair, "Coal", [w.alpha.id])).id;
  return { ...w, options: [...w.options, coal] as [string, string, string, string] };
}

describe("casting votes under load", () => {
  it("keeps one vote per voter under 100 concurrent submissions by the same voter", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options, { method: "PLURALITY" });
    const voter = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => castVote(voter, id, { choice: w.options[i % 3]! })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await prisma.vote.count({ where: { ballotId: id } })).toBe(1);
    expect(await prisma.ballotParticipation.count({ where: { ballotId: id } })).toBe(1);
    // Exactly one of the 100 was the first vote; the 99 others replaced it.
    expect(results.filter((r) => r.status === "fulfilled" && !r.value.changed)).toHaveLength(1);
  });

  it("500 voters voting at once give an exact tally", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options, { method: "BORDA", weighting: "PER_DELEGATION" });
    const voters = [
      ...(await manyVoters(w.workshopId, w.alpha.id, 200)),
      ...(await manyVoters(w.workshopId, w.beta.id, 180)),
      ...(await manyVoters(w.workshopId, w.gamma.id, 120)),
    ];
    const [rice, ice, steel] = w.options;
    const rankings = [[rice, ice, steel], [ice, steel], [steel, rice, ice], [ice]];
    const expected = voters.map((v, i) => ({ ranking: rankings[i % 4]!, delegation: v.member.delegationId! }));
    const results = await Promise.allSettled(voters.map((v, i) => castVote(v, id, { ranking: rankings[i % 4]! })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await closeBallot(w.chair, id);
    const view = await ballotView(w.workshopId, id, w.chair.member, "en");
    const reference = tally({ method: "borda", options: w.options, ballots: expected, weighting: "per-delegation" });
    expect(view?.results?.voters).toBe(500);
    expect(view?.results?.count.working).toEqual(reference.working);
    expect(view?.results?.count.winners).toEqual(reference.winners);
  });
  it("changed votes from 150 voters at once, closed midway: every accepted cast counts, none after", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options, { method: "PLURALITY", secret: "" }); // open: votes name their member
    const voters = await manyVoters(w.workshopId, w.alpha.id, 150);
    const before = (await prisma.workshop.findUniqueOrThrow({ where: { id: w.workshopId } })).eventSeq;
    const lastAccepted = new Map<string, string>();
    let accepted = 0;
    let closing: Promise<unknown> | null = null;
    const refusals: unknown[] = [];
    await Promise.all(
      voters.map(async (voter, i) => {
        for (let k = 0; k < 3; k++) {
          const choice = w.options[(i + k) % 3]!;
          try {
            await castVote(voter, id, { choice });
            lastAccepted.set(voter.member.id, choice);
            if (++accepted === 200) closing = closeBallot(w.chair, id);
          } catch (error) {
            refusals.push(error);
          }
        }
      }),
    );
    await closing;
    // Refused only because the ballot had closed.
    for (const error of refusals) expect(error).toMatchObject({ code: "errors.ballotNotOpen" });
    expect(accepted).toBeGreaterThanOrEqual(200);
    const votes = await prisma.vote.findMany({ where: { ballotId: id } });
    expect(new Map(votes.map((v) => [v.membershipId, (v.content as { choice: string }).choice]))).toEqual(lastAccepted);
    expect(votes).toHaveLength(lastAccepted.size);
    expect(await prisma.ballotParticipation.count({ where: { ballotId: id } })).toBe(lastAccepted.size);
    // One event per accepted cast, and the workshop's sequence has no gap.
    const events = await prisma.event.findMany({ where: { workshopId: w.workshopId, seq: { gt: before } } });
    expect(events.filter((e) => e.type === "ballot.voted")).toHaveLength(accepted);
    const seqs = events.map((e) => e.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => before + 1 + i));
  });
});

describe("a secret ballot", () => {
  it("leaves no link between a voter and their vote in any table, event or export", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options, { method: "IRV" });
    const voters = [
      await actorFor(w.workshopId, "DELEGATE", w.alpha.id),
      await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id),
      await actorFor(w.workshopId, "DELEGATE", w.gamma.id),
    ];
    await castVote(voters[0]!, id, { ranking: [w.options[1]!, w.options[0]!] });
    await castVote(voters[1]!, id, { ranking: [w.options[2]!] });
    await castVote(voters[2]!, id, { ranking: [w.options[0]!, w.options[2]!] });
    await castVote(voters[2]!, id, { ranking: [w.options[1]!] }); // changed
    const secrets = voters.flatMap((v) => [v.userId, v.member.id]);

    const votesWhileOpen = JSON.stringify(await prisma.vote.findMany({ where: { ballotId: id } }));
    for (const secret of secrets) expect(votesWhileOpen).not.toContain(secret);
    await closeBallot(w.chair, id);

    // Every row of every table, as JSON text.
    const tables = await prisma.$queryRaw<Array<{ table_name: string }>>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    const rowsMentioning: Array<{ table: string; row: string }> = [];
    for (const { table_name } of tables) {
      const rows = await prisma.$queryRawUnsafe<Array<{ row: string }>>(
        `SELECT row_to_json(t)::text AS row FROM "${table_name}" t`,
      );
      for (const { row } of rows)
        if (secrets.some((s) => row.includes(s))) rowsMentioning.push({ table: table_name, row });
    }
    // The voters appear as users, members and "has voted" records, and nowhere else...
    expect([...new Set(rowsMentioning.map((r) => r.table))].sort()).toEqual([
      "BallotParticipation",
      "Membership",
      "User",
    ]);
    // ...and none of those rows holds what anyone voted.
    for (const { row } of rowsMentioning) for (const option of w.options) expect(row).not.toContain(option);
    // No vote row carries a voter key any more, and the events of the ballot name no voter.
    expect(await prisma.vote.count({ where: { ballotId: id, NOT: { voterKey: null } } })).toBe(0);
    const events = await prisma.event.findMany({ where: { workshopId: w.workshopId } });
    const voteEvents = events.filter((e) => e.type === "ballot.voted");
    expect(voteEvents).toHaveLength(4);
    for (const event of voteEvents) expect(event.actorId).toBeNull();
    const eventText = JSON.stringify(events, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    for (const secret of secrets) expect(eventText).not.toContain(secret);

    // The pages show counts, never who voted what, to the facilitator as to anyone.
    const view = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(view?.openChoices).toEqual([]);
    const viewText = JSON.stringify(view);
    for (const secret of secrets) expect(viewText).not.toContain(secret);
    const exportText = JSON.stringify(await ballotExport(w.workshopId, id, "en"));
    for (const secret of secrets) expect(exportText).not.toContain(secret);
  });

  it("an open ballot shows each voter's choice once results are visible", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options, { method: "APPROVAL", secret: "" });
    const voter = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    await castVote(voter, id, { approvals: [w.options[1]!, w.options[2]!] });
    const view = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(view?.openChoices).toEqual([
      { name: "DELEGATE", delegationId: w.alpha.id, vote: { approvals: [w.options[1], w.options[2]] } },
    ]);
  });
});

describe("the export", () => {
  it("recounts to the result the app shows, with the region-wide rule", async () => {
    const w = await setupFour();
    const [rice, ice, steel, coal] = w.options;
    const id = await ballot(w.chair, w.options, { method: "SCHULZE", regionWide: "on", regionWideThreshold: "50" });
    const alpha = await manyVoters(w.workshopId, w.alpha.id, 5);
    const beta = await manyVoters(w.workshopId, w.beta.id, 4);
    const gamma = await manyVoters(w.workshopId, w.gamma.id, 3);
    // Rice is the Condorcet winner, but Gamma does not back it (not in its voters' first two
    // places); Ice is in everyone's first two places, so it alone qualifies.
    for (const v of alpha) await castVote(v, id, { ranking: [rice, ice, coal, steel] });
    for (const v of beta.slice(0, 2)) await castVote(v, id, { ranking: [rice, ice] });
    for (const v of beta.slice(2)) await castVote(v, id, { ranking: [ice, rice] });
    for (const v of gamma) await castVote(v, id, { ranking: [steel, ice, coal, rice] });
    expect(await ballotExport(w.workshopId, id, "en")).toBeNull(); // not before it closes
    await closeBallot(w.chair, id);
    const view = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(view?.results?.count.regionWide?.unrestricted.winners).toEqual([rice]);
    expect(view?.results?.count.regionWide?.notBackedBy[rice]).toEqual([w.gamma.id]);

    const file = await ballotExport(w.workshopId, id, "en");
    expect(file?.ballots.reduce((sum, b) => sum + (b.count ?? 1), 0)).toBe(12);
    expect(file?.delegations).toEqual(expect.arrayContaining(["AL", "BE", "GA"]));
    const parsed = parseBallotFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const recount = tally(parsed.input);
    const label = (optionId: string) => view!.proposals.find((p) => p.id === optionId)!.label;
    expect(recount.winners).toEqual(view!.results!.count.winners.map(label));
    expect(recount.winners).toEqual(["Ice"]);
    expect(view?.results?.count.regionWide?.qualifying).toEqual([ice]);
  });
});
