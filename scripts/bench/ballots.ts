// Ballots: the tally of 10,000 generated ranked ballots over 20 options (pure), and a room of 500
// delegates casting their votes on an open secret Schulze ballot at the same moment, through the
// same mutation the voting action uses (in-process: no HTTP, no session), then all changing them;
// and verifiable (encrypted) ballots, ./verifiable.ts.
import { randomUUID } from "node:crypto";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { tally, type Ballot, type Weighting } from "@/lib/ballots/tally";
import { summarise, time, type BenchContext } from "./stats";
import { benchVerifiable } from "./verifiable";

const BALLOTS = 10_000;
const OPTIONS = 20;
const TALLY_RUNS = 20;
const VOTERS = 500;
const BRANDS = 6;
const WARM_UP = 50;

export async function benchBallots(ctx: BenchContext): Promise<void> {
  await benchTally();
  await benchVerifiable();
  await benchCasting(ctx);
}

/**
 * Delegations of unequal size (50/30/20 %) whose members mostly follow their delegation's order
 * with a few swaps, some voting their own mind; 40 % rank every option, the rest only their top few.
 */
function generateBallots(random: Random, options: string[], count: number): Ballot[] {
  const delegations = ["LN", "JL", "HLJ"].map((code) => ({ code, order: random.shuffle(options) }));
  return Array.from({ length: count }, () => {
    const share = random.next();
    const delegation = delegations[share < 0.5 ? 0 : share < 0.8 ? 1 : 2]!;
    const ranking = random.chance(0.8) ? [...delegation.order] : random.shuffle(options);
    for (let swaps = random.int(0, 8); swaps > 0; swaps -= 1) {
      const i = random.int(0, options.length - 2);
      [ranking[i], ranking[i + 1]] = [ranking[i + 1]!, ranking[i]!];
    }
    const length = random.chance(0.4) ? options.length : random.int(1, options.length - 1);
    return { delegation: delegation.code, ranking: ranking.slice(0, length) };
  });
}

async function benchTally(): Promise<void> {
  const options = Array.from({ length: OPTIONS }, (_, i) => `brand-${String(i + 1).padStart(2, "0")}`);
  const ballots = generateBallots(createRandom(42), options, BALLOTS);
  for (const method of ["schulze", "irv"] as const) {
    for (const weighting of ["per-voter", "per-delegation"] satisfies Weighting[]) {
      const samples = await time(() => tally({ method, options, ballots, weighting }), TALLY_RUNS);
      console.log(
        `ballots: tally of ${BALLOTS.toLocaleString("en")} ranked ballots x ${OPTIONS} options, ${method}, ${weighting} (pure): ${summarise(samples)}`,
      );
    }
  }
}

async function benchCasting({ prisma }: BenchContext): Promise<void> {
  // Secret votes are keyed by an HMAC under the server's secret (lib/ballots/voter-key.ts).
  process.env.NEXTAUTH_SECRET ??= "bench-secret";
  const { ballot, ballotWorkshop, brand } = await import("@/test/ballots");
  const { castVote } = await import("@/lib/ballots/vote-mutations");
  const { workshopId, alpha, beta, gamma, chair } = await ballotWorkshop();
  const delegations = [alpha, beta, gamma];

  const users = Array.from({ length: VOTERS }, () => {
    const id = randomUUID();
    return { id, email: `${id}@bench.example`, name: "Bench delegate", passwordHash: "scrypt$unused" };
  });
  const members = users.map((user, i) => ({
    id: randomUUID(),
    workshopId,
    userId: user.id,
    role: "DELEGATE" as const,
    delegationId: delegations[i % delegations.length]!.id,
  }));
  await prisma.user.createMany({ data: users });
  await prisma.membership.createMany({ data: members });
  const actors = members.map(({ id, role, delegationId, userId }) => ({
    userId,
    workshopId,
    member: { id, role, delegationId, userId },
  }));

  const optionIds: string[] = [];
  for (let i = 0; i < BRANDS; i++) {
    const { id } = await brand(chair, `Bench brand ${i + 1}`, [delegations[i % delegations.length]!.id]);
    optionIds.push(id);
  }
  const ballotId = await ballot(chair, optionIds, { method: "SCHULZE", secret: "on" });

  const random = createRandom(7);
  // Untimed warm-up on a ballot of its own: opens the pool's connections and warms the code paths.
  const warmUp = await ballot(chair, optionIds, { method: "SCHULZE", secret: "on" });
  await Promise.all(actors.slice(0, WARM_UP).map((actor) => castVote(actor, warmUp, { ranking: optionIds })));
  const poolSize = process.env.DATABASE_POOL_SIZE ?? "10 (default)";
  const randomVote = () => ({ ranking: random.shuffle(optionIds).slice(0, random.int(1, BRANDS)) });
  let previous: Array<{ ranking: string[] }> = [];
  for (const round of ["first votes", "all change their vote"] as const) {
    // The second round's vote always differs from the first (the upsert path, with new content).
    const votes = actors.map((_, i) => {
      let vote = randomVote();
      while (JSON.stringify(vote) === JSON.stringify(previous[i])) vote = randomVote();
      return vote;
    });
    previous = votes;
    const latencies: number[] = [];
    const started = performance.now();
    const results = await Promise.all(
      actors.map(async (actor, i) => {
        const callStarted = performance.now();
        const result = await castVote(actor, ballotId, votes[i]!);
        latencies.push(performance.now() - callStarted);
        return result;
      }),
    );
    const wall = performance.now() - started;

    const changed = results.filter((r) => r.changed).length;
    const expectedChanged = round === "first votes" ? 0 : VOTERS;
    const stored = await prisma.vote.findMany({ where: { ballotId }, select: { content: true } });
    const participation = await prisma.ballotParticipation.count({ where: { ballotId } });
    const sorted = (list: unknown[]) => list.map((v) => JSON.stringify(v)).sort();
    const sameContent =
      JSON.stringify(sorted(stored.map((v) => v.content))) === JSON.stringify(sorted(votes)) ? "yes" : "no";
    if (stored.length !== VOTERS || participation !== VOTERS || changed !== expectedChanged || sameContent !== "yes")
      throw new Error(
        `ballots (${round}): expected ${VOTERS} votes and ${VOTERS} participations, ${expectedChanged} changed, contents as cast; ` +
          `got ${stored.length} votes, ${participation} participations, ${changed} changed, contents as cast: ${sameContent}`,
      );
    console.log(
      `ballots: ${VOTERS} concurrent castVote calls, ${round} (secret Schulze, in-process mutation, no HTTP; DATABASE_POOL_SIZE ${poolSize})`,
    );
    console.log(
      `  ${((VOTERS / wall) * 1000).toFixed(0)} votes/s accepted (wall ${wall.toFixed(0)} ms); per call: ${summarise(latencies)}`,
    );
  }
}
