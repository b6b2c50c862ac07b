// Vote tallies for workshop ballots (issue 5). Pure: no I/O. `tally` validates every ballot first
// and throws `InvalidBallotsError` listing the bad ones; nothing is silently dropped.
//
// Rules (see also ./ranked.ts for Borda, IRV and Schulze):
// - Weighting: "per-voter" (default) gives every ballot weight 1. "per-delegation" gives a ballot
//   weight 1 / (number of ballots from its delegation), so every delegation weighs 1 in total; each
//   ballot must then name its delegation. Arithmetic is exact (BigInt fractions), so ties are exact;
//   the numbers reported are rounded to 6 decimal places for display only.
// - Ties are never broken: `winners` lists every tied option and `tie` is true.
// - Plurality: one `choice`. Approval: `approvals`, without repeats (may be empty). Score: `scores`,
//   integers 0–5 keyed by option; options left out score 0. Borda, IRV, Schulze: `ranking`, most
//   preferred first, without repeats, may be partial (or empty).
import {
  add,
  borda,
  fromTotals,
  irv,
  mul,
  rational,
  schulze,
  ZERO,
  type IrvWorking,
  type Outcome,
  type Rational,
  type RankEntry,
  type SchulzeWorking,
  type TotalsWorking,
  type WeightedRanking,
} from "./ranked";

export type { IrvRound, IrvWorking, RankEntry, SchulzeWorking, TotalsWorking } from "./ranked";

export type Method = "plurality" | "approval" | "score" | "borda" | "irv" | "schulze";
export type Weighting = "per-voter" | "per-delegation";
export type Ballot = {
  delegation?: string;
  /** plurality */
  choice?: string;
  /** approval */
  approvals?: string[];
  /** score: integers 0–5; options left out score 0 */
  scores?: Record<string, number>;
  /** borda, irv, schulze: most preferred first, may be partial */
  ranking?: string[];
};
export type TallyInput = { method: Method; options: string[]; ballots: Ballot[]; weighting?: Weighting };

type Common = { winners: string[]; tie: boolean; ranking: RankEntry[] | null };
export type TallyResult =
  | (Common & { method: "plurality" | "approval" | "score" | "borda"; working: TotalsWorking })
  | (Common & { method: "irv"; working: IrvWorking })
  | (Common & { method: "schulze"; working: SchulzeWorking });

export type BallotProblem = { index: number; reason: string };

export class InvalidBallotsError extends Error {
  readonly problems: BallotProblem[];
  constructor(problems: BallotProblem[]) {
    const indices = [...new Set(problems.map((problem) => problem.index))];
    const details = problems.map((problem) => `#${problem.index}: ${problem.reason}`).join("; ");
    super(`Invalid ballots at indices ${indices.join(", ")} — ${details}`);
    this.name = "InvalidBallotsError";
    this.problems = problems;
  }
}

export const MAX_SCORE = 5;

function listProblems(known: ReadonlySet<string>, list: readonly string[], what: string): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const option of list) {
    if (!known.has(option)) reasons.push(`unknown option ${JSON.stringify(option)} in ${what}`);
    else if (seen.has(option)) reasons.push(`option ${JSON.stringify(option)} repeated in ${what}`);
    seen.add(option);
  }
  return reasons;
}

function ballotProblems(method: Method, known: ReadonlySet<string>, ballot: Ballot, weighting: Weighting): string[] {
  const reasons: string[] = [];
  if (weighting === "per-delegation" && !ballot.delegation) reasons.push("no delegation (needed per-delegation)");
  switch (method) {
    case "plurality":
      if (ballot.choice === undefined) reasons.push("no choice");
      else if (!known.has(ballot.choice)) reasons.push(`unknown option ${JSON.stringify(ballot.choice)} as choice`);
      break;
    case "approval":
      if (!Array.isArray(ballot.approvals)) reasons.push("no approvals");
      else reasons.push(...listProblems(known, ballot.approvals, "approvals"));
      break;
    case "score":
      if (ballot.scores === undefined) reasons.push("no scores");
      else
        for (const [option, score] of Object.entries(ballot.scores)) {
          if (!known.has(option)) reasons.push(`unknown option ${JSON.stringify(option)} in scores`);
          if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE)
            reasons.push(`score ${score} for ${JSON.stringify(option)} is not an integer from 0 to ${MAX_SCORE}`);
        }
      break;
    default:
      if (!Array.isArray(ballot.ranking)) reasons.push("no ranking");
      else reasons.push(...listProblems(known, ballot.ranking, "ranking"));
  }
  return reasons;
}

function checkOptions(options: readonly string[]): void {
  if (options.length === 0) throw new Error("A vote needs at least one option");
  const repeated = options.filter((option, i) => options.indexOf(option) !== i);
  if (repeated.length > 0) throw new Error(`Options are repeated: ${[...new Set(repeated)].join(", ")}`);
}

function weights(ballots: readonly Ballot[], weighting: Weighting): Rational[] {
  if (weighting === "per-voter") return ballots.map(() => rational(1n));
  const sizes = new Map<string, number>();
  for (const ballot of ballots) sizes.set(ballot.delegation ?? "", (sizes.get(ballot.delegation ?? "") ?? 0) + 1);
  return ballots.map((ballot) => rational(1n, BigInt(sizes.get(ballot.delegation ?? "") ?? 1)));
}

function totalsOf(
  options: readonly string[],
  ballots: readonly Ballot[],
  ballotWeights: readonly Rational[],
  points: (ballot: Ballot) => Array<[string, number]>,
): Outcome<TotalsWorking> {
  const totals = new Map(options.map((option) => [option, ZERO]));
  ballots.forEach((ballot, i) => {
    const weight = ballotWeights[i] ?? ZERO;
    for (const [option, value] of points(ballot)) {
      totals.set(option, add(totals.get(option) ?? ZERO, mul(weight, rational(BigInt(value)))));
    }
  });
  return fromTotals(options, totals);
}

/** Tallies `input.ballots` by `input.method`. Throws InvalidBallotsError if any ballot is invalid. */
export function tally(input: TallyInput): TallyResult {
  const { method, options, ballots } = input;
  const weighting = input.weighting ?? "per-voter";
  checkOptions(options);
  const known = new Set(options);
  const problems = ballots.flatMap((ballot, index) =>
    ballotProblems(method, known, ballot, weighting).map((reason) => ({ index, reason })),
  );
  if (problems.length > 0) throw new InvalidBallotsError(problems);
  const ballotWeights = weights(ballots, weighting);
  const ranked: WeightedRanking[] = ballots.map((ballot, i) => ({
    ranking: ballot.ranking ?? [],
    weight: ballotWeights[i] ?? ZERO,
  }));
  const finish = <W>(outcome: Outcome<W>) => ({ ...outcome, tie: outcome.winners.length > 1 });
  switch (method) {
    case "plurality":
      return { method, ...finish(totalsOf(options, ballots, ballotWeights, (b) => [[b.choice ?? "", 1]])) };
    case "approval":
      return {
        method,
        ...finish(totalsOf(options, ballots, ballotWeights, (b) => (b.approvals ?? []).map((o) => [o, 1]))),
      };
    case "score":
      return { method, ...finish(totalsOf(options, ballots, ballotWeights, (b) => Object.entries(b.scores ?? {}))) };
    case "borda":
      return { method, ...finish(borda(options, ranked)) };
    case "irv":
      return { method, ...finish(irv(options, ranked)) };
    case "schulze":
      return { method, ...finish(schulze(options, ranked)) };
  }
}
