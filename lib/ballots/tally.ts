// Vote tallies for workshop ballots (issue 5). Pure: no I/O. `tally` validates the vote and every
// ballot first (throwing `InvalidBallotsError` listing the bad ballots); nothing is silently dropped.
//
// Rules (see also ./ranked.ts for Borda, IRV and Schulze, ./region-wide.ts for the region-wide rule):
// - `count` (default 1) makes one ballot stand for that many identical ballots; every rule below
//   treats it exactly as if the ballot were repeated, without expanding the list.
// - Weighting: "per-voter" (default) gives every ballot weight 1 (times its count). "per-delegation"
//   gives a ballot weight count / (number of voters of its delegation, counts included), so every
//   delegation weighs 1 in total; each ballot must then name its delegation. Arithmetic is exact
//   (BigInt fractions), so ties are exact; the numbers reported are rounded to 6 decimal places for
//   display only.
// - Ties are never broken: `winners` lists every tied option and `tie` is true.
// - Plurality: one `choice`. Approval: `approvals`, without repeats (may be empty). Score: `scores`,
//   integers 0–5 keyed by option; options left out score 0. Borda, IRV, Schulze: `ranking`, most
//   preferred first, without repeats, may be partial (or empty).
import {
  borda,
  fromTotals,
  gcd,
  irv,
  schulze,
  type IrvWorking,
  type Outcome,
  type RankEntry,
  type SchulzeWorking,
  type TotalsWorking,
  type WeightedRanking,
} from "./ranked";
import { regionWideBacking, restrictBallot, type RegionWideReport } from "./region-wide";
import { ballotProblems, inputErrors, InvalidBallotsError } from "./validation";

export type { IrvRound, IrvWorking, RankEntry, SchulzeWorking, TotalsWorking } from "./ranked";
export type { RegionWideReport } from "./region-wide";
export { ballotProblems, formatPath, inputErrors, InvalidBallotsError, MAX_SCORE } from "./validation";
export type { BallotProblem } from "./validation";

export type Method = "plurality" | "approval" | "score" | "borda" | "irv" | "schulze";
export type Weighting = "per-voter" | "per-delegation";
export type Ballot = {
  delegation?: string;
  /** How many identical ballots this one stands for: a whole number of at least 1 (default 1). */
  count?: number;
  /** plurality */
  choice?: string;
  /** approval */
  approvals?: string[];
  /** score: integers 0–5; options left out score 0 */
  scores?: Record<string, number>;
  /** borda, irv, schulze: most preferred first, may be partial */
  ranking?: string[];
};
export type TallyInput = {
  method: Method;
  options: string[];
  ballots: Ballot[];
  weighting?: Weighting;
  /** The "backed by the whole region" rule (./region-wide.ts): 0 < threshold <= 1. */
  regionWide?: { threshold: number };
  /**
   * The delegations that must back an option under `regionWide` (default: those with ballots), so
   * that a delegation nobody voted from still counts (as backing nothing). When given, every
   * ballot's delegation must be in it. Weighting does not use it.
   */
  delegations?: string[];
};

type Count = { winners: string[]; tie: boolean; ranking: RankEntry[] | null } & (
  | { method: "plurality" | "approval" | "score" | "borda"; working: TotalsWorking }
  | { method: "irv"; working: IrvWorking }
  | { method: "schulze"; working: SchulzeWorking }
);
/**
 * With `regionWide`, `winners`, `tie`, `ranking` and `working` are those of the count restricted to
 * the qualifying options, and `regionWide.unrestricted` holds the result without the rule.
 */
export type TallyResult = Count & { regionWide?: RegionWideReport };

/** A ballot's count as a BigInt; only call on validated ballots. */
const countOf = (ballot: Ballot): bigint => BigInt(ballot.count ?? 1);

/**
 * Every ballot's weight times a common `scale`, as an integer (see ./ranked.ts). Per voter: the
 * count, scale 1. Per delegation: count / size of the delegation, so scale = the least common
 * multiple of the sizes (sizes count voters, counts included).
 */
type Weights = { scale: bigint; of: bigint[] };

function weights(ballots: readonly Ballot[], weighting: Weighting): Weights {
  if (weighting === "per-voter") return { scale: 1n, of: ballots.map(countOf) };
  const sizes = new Map<string, bigint>();
  for (const ballot of ballots) {
    const key = ballot.delegation ?? "";
    sizes.set(key, (sizes.get(key) ?? 0n) + countOf(ballot));
  }
  const scale = [...sizes.values()].reduce((lcm, size) => (lcm / gcd(lcm, size)) * size, 1n);
  return { scale, of: ballots.map((ballot) => (countOf(ballot) * scale) / (sizes.get(ballot.delegation ?? "") ?? 1n)) };
}

function totalsOf(
  options: readonly string[],
  ballots: readonly Ballot[],
  { scale, of }: Weights,
  points: (ballot: Ballot) => Array<[string, number]>,
): Outcome<TotalsWorking> {
  const totals = new Map(options.map((option) => [option, 0n]));
  ballots.forEach((ballot, i) => {
    const weight = of[i] ?? 0n;
    for (const [option, value] of points(ballot)) {
      totals.set(option, (totals.get(option) ?? 0n) + weight * BigInt(value));
    }
  });
  return fromTotals(options, totals, scale);
}

/** The count when no option is left (the region-wide rule let none qualify). */
function emptyCount(method: Method): Count {
  const none = { winners: [], tie: false };
  if (method === "irv") return { method, ...none, ranking: null, working: { rounds: [] } };
  if (method === "schulze")
    return { method, ...none, ranking: [], working: { options: [], pairwise: [], strongest: [] } };
  return { method, ...none, ranking: [], working: { totals: {} } };
}

/**
 * Counts already validated ballots. A plurality ballot without a choice counts for nothing: only the
 * region-wide restriction produces one (when its choice does not qualify).
 */
function countVotes(
  method: Method,
  options: readonly string[],
  ballots: readonly Ballot[],
  ballotWeights: Weights,
): Count {
  if (options.length === 0) return emptyCount(method);
  const { scale, of } = ballotWeights;
  const ranked: WeightedRanking[] = ballots.map((ballot, i) => ({
    ranking: ballot.ranking ?? [],
    weight: of[i] ?? 0n,
  }));
  const finish = <W>(outcome: Outcome<W>) => ({ ...outcome, tie: outcome.winners.length > 1 });
  const totals = (points: (ballot: Ballot) => Array<[string, number]>) =>
    finish(totalsOf(options, ballots, ballotWeights, points));
  switch (method) {
    case "plurality":
      return { method, ...totals((b) => (b.choice === undefined ? [] : [[b.choice, 1]])) };
    case "approval":
      return { method, ...totals((b) => (b.approvals ?? []).map((option) => [option, 1])) };
    case "score":
      return { method, ...totals((b) => Object.entries(b.scores ?? {})) };
    case "borda":
      return { method, ...finish(borda(options, ranked, scale)) };
    case "irv":
      return { method, ...finish(irv(options, ranked, scale)) };
    case "schulze":
      return { method, ...finish(schulze(options, ranked, scale)) };
  }
}

/**
 * Tallies `input.ballots` by `input.method`. Throws an Error if the vote itself is malformed (no or
 * repeated options, a bad threshold) and InvalidBallotsError if any ballot is invalid.
 */
export function tally(input: TallyInput): TallyResult {
  const errors = inputErrors(input);
  if (errors.length > 0) throw new Error(`Invalid vote — ${errors.join("; ")}`);
  const problems = ballotProblems(input);
  if (problems.length > 0) throw new InvalidBallotsError(problems);
  const { method, options, ballots, regionWide } = input;
  const ballotWeights = weights(ballots, input.weighting ?? "per-voter");
  const full = countVotes(method, options, ballots, ballotWeights);
  if (regionWide === undefined) return full;
  const backing = regionWideBacking(input, regionWide.threshold);
  const keep = new Set(backing.qualifying);
  // Restricting a ballot keeps its delegation and count, so the weights stay those computed above.
  const restricted = ballots.map((ballot) => restrictBallot(method, ballot, keep));
  return {
    ...countVotes(method, backing.qualifying, restricted, ballotWeights),
    regionWide: { ...backing, unrestricted: { winners: full.winners, ranking: full.ranking } },
  };
}
