// "Backed by the whole region" (issue 5): an option qualifies only if, in every delegation, the
// share of that delegation's voters who support it reaches a threshold (0.5 by default in the app).
// The vote is then counted again among the qualifying options only; `tally` (./tally.ts) does both.
//
// Definitions:
// - Support: chosen (plurality), approved (approval), a score of SUPPORT_SCORE = 3 or more (score),
//   ranked in the top half (Borda, IRV, Schulze). "Top half" for a vote of n options (n counts the
//   vote's options, not the length of the ballot's ranking) is the first max(1, floor(n/2))
//   positions: with 2 or 3 options only the first choice, with 4 or 5 the first two, and so on.
// - Share: supporting voters / voters of the delegation, counting each ballot `count` times, not
//   weighted (the rule is about each delegation's own voters), exact. "Reaches" means share >=
//   threshold, so exactly 50% reaches 0.5. The threshold is taken as the decimal it is written as
//   (0.1 is exactly 1/10).
// - Delegations: `input.delegations` if given, else those that cast ballots. A listed delegation
//   with no voters backs nothing (its shares are reported as 0, with `voters` 0).
// - The recount keeps every ballot with its delegation and count but drops the options that do not
//   qualify from it: a plurality vote for one of them becomes an empty vote that counts for nothing,
//   so per-delegation weights do not change. With no qualifying option nothing wins.
import { compare, fromDecimal, rational, toDecimal, ZERO, type RankEntry, type Rational } from "./ranked";
import type { Ballot, Method, TallyInput } from "./tally";

export const SUPPORT_SCORE = 3;

/** How many leading positions of a ranking count as support, for a vote of `optionCount` options. */
export const topHalf = (optionCount: number): number => Math.max(1, Math.floor(optionCount / 2));

export type RegionWideReport = {
  threshold: number;
  /** The delegations that must back an option, in the given order (or sorted when derived). */
  delegations: string[];
  /** Voters per delegation (counts included); 0 for a listed delegation that did not vote. */
  voters: Record<string, number>;
  /** support[option][delegation]: share of the delegation's voters supporting it (6 dp). */
  support: Record<string, Record<string, number>>;
  /** Options backed by every delegation, in the vote's order. */
  qualifying: string[];
  /** Only the options that do not qualify, each with the delegations that do not back it. */
  notBackedBy: Record<string, string[]>;
  /** The result without the rule. */
  unrestricted: { winners: string[]; ranking: RankEntry[] | null };
};

/** The options a valid ballot supports, in the sense of the rule. */
export function supportedBy(method: Method, optionCount: number, ballot: Ballot): string[] {
  switch (method) {
    case "plurality":
      return ballot.choice === undefined ? [] : [ballot.choice];
    case "approval":
      return ballot.approvals ?? [];
    case "score":
      return Object.entries(ballot.scores ?? {})
        .filter(([, score]) => score >= SUPPORT_SCORE)
        .map(([option]) => option);
    default:
      return (ballot.ranking ?? []).slice(0, topHalf(optionCount));
  }
}

/** Which options every delegation backs, from validated ballots that all name their delegation. */
export function regionWideBacking(input: TallyInput, threshold: number): Omit<RegionWideReport, "unrestricted"> {
  const { method, options, ballots } = input;
  const delegations = input.delegations ?? [...new Set(ballots.map((ballot) => ballot.delegation ?? ""))].sort();
  const voters = new Map(delegations.map((delegation) => [delegation, 0n]));
  const supporters = new Map(options.map((option) => [option, new Map(delegations.map((d) => [d, 0n]))]));
  for (const ballot of ballots) {
    const delegation = ballot.delegation ?? "";
    const count = BigInt(ballot.count ?? 1);
    voters.set(delegation, (voters.get(delegation) ?? 0n) + count);
    for (const option of supportedBy(method, options.length, ballot)) {
      const row = supporters.get(option);
      row?.set(delegation, (row.get(delegation) ?? 0n) + count);
    }
  }
  return backingFromCounts({ options, delegations, voters, supporters }, threshold);
}

/** The counts the rule reads: voters per delegation, and supporters per option and delegation. */
export type SupportCounts = {
  options: readonly string[];
  delegations: readonly string[];
  voters: ReadonlyMap<string, bigint>;
  supporters: ReadonlyMap<string, ReadonlyMap<string, bigint>>;
};

/**
 * The rule from counts alone: what an encrypted ballot has (lib/verifiable/tally.ts), where the
 * decrypted per-delegation totals of a plurality or approval vote are exactly its supporters.
 */
export function backingFromCounts(counts: SupportCounts, threshold: number): Omit<RegionWideReport, "unrestricted"> {
  const { options, delegations, voters, supporters } = counts;
  const minimum = fromDecimal(threshold);
  const share = (option: string, delegation: string): Rational => {
    const total = voters.get(delegation) ?? 0n;
    return total === 0n ? ZERO : rational(supporters.get(option)?.get(delegation) ?? 0n, total);
  };
  const backs = (option: string, delegation: string) =>
    (voters.get(delegation) ?? 0n) > 0n && compare(share(option, delegation), minimum) >= 0;
  const withholding = (option: string) => delegations.filter((delegation) => !backs(option, delegation));
  return {
    threshold,
    delegations: [...delegations],
    voters: Object.fromEntries(delegations.map((d) => [d, Number(voters.get(d) ?? 0n)])),
    support: Object.fromEntries(
      options.map((option) => [option, Object.fromEntries(delegations.map((d) => [d, toDecimal(share(option, d))]))]),
    ),
    qualifying: options.filter((option) => withholding(option).length === 0),
    notBackedBy: Object.fromEntries(
      options.map((option) => [option, withholding(option)] as const).filter(([, list]) => list.length > 0),
    ),
  };
}

/** The ballot with only the options in `keep` (its delegation and count unchanged). */
export function restrictBallot(method: Method, ballot: Ballot, keep: ReadonlySet<string>): Ballot {
  switch (method) {
    case "plurality": {
      if (ballot.choice !== undefined && keep.has(ballot.choice)) return ballot;
      const { choice: _dropped, ...rest } = ballot;
      return rest;
    }
    case "approval":
      return { ...ballot, approvals: (ballot.approvals ?? []).filter((option) => keep.has(option)) };
    case "score":
      return {
        ...ballot,
        scores: Object.fromEntries(Object.entries(ballot.scores ?? {}).filter(([option]) => keep.has(option))),
      };
    default:
      return { ...ballot, ranking: (ballot.ranking ?? []).filter((option) => keep.has(option)) };
  }
}
