// The encrypted tally: ballots are added up per group (one group, or one per delegation when the
// count needs delegations: each delegation weighs the same, or the region-wide rule), and only the
// sums named by the encoding's `results` are decrypted. From those numbers the count is the app's
// own (lib/ballots/ranked.ts, region-wide.ts): totals for plurality, approval, score and Borda, the
// pairwise matrix for Schulze. Pure.
import { fromTotals, gcd, schulzeFromPairwise, type Outcome } from "@/lib/ballots/ranked";
import { backingFromCounts, type RegionWideReport } from "@/lib/ballots/region-wide";
import type { RankEntry, TallyResult, Weighting } from "@/lib/ballots/tally";
import { sumCiphertexts, type Ciphertext } from "./elgamal";
import type { Encoding, VerifiableMethod } from "./encoding";

export type CountedBallot = { delegation: string | null; ciphertexts: readonly Ciphertext[] };
export type TallyGroup = { delegation: string | null; voters: number; sums: Ciphertext[] };

/** The region-wide rule as an encrypted count takes it: the threshold and who must back. */
export type RegionWideRule = { threshold: number; delegations: string[] };

/**
 * Methods whose region-wide "support" is a sum of encoded entries (chosen, approved), so that the
 * per-delegation totals decide the rule. For score (3 or more) and ranked methods (top half) it
 * is not, and encrypted ballots do not offer the rule (docs/ballots.md).
 */
export const REGION_WIDE_METHODS: readonly VerifiableMethod[] = ["plurality", "approval"];

/** Whether a ballot's counted groups are its delegations (else one group of every ballot). */
export const groupsByDelegation = (weighting: Weighting, regionWide: RegionWideRule | undefined): boolean =>
  weighting === "per-delegation" || regionWide !== undefined;

/** Groups in a canonical order: by delegation id (the single group has delegation null). */
export function tallyGroups(
  encoding: Encoding,
  byDelegation: boolean,
  ballots: readonly CountedBallot[],
): TallyGroup[] {
  const byGroup = new Map<string | null, CountedBallot[]>();
  for (const ballot of ballots) {
    const key = byDelegation ? ballot.delegation : null;
    byGroup.set(key, [...(byGroup.get(key) ?? []), ballot]);
  }
  const keys = [...byGroup.keys()].sort((a, b) => (a ?? "").localeCompare(b ?? ""));
  return keys.map((delegation) => {
    const members = byGroup.get(delegation) ?? [];
    return {
      delegation,
      voters: members.length,
      sums: encoding.results.map((entries) =>
        sumCiphertexts(members.flatMap((ballot) => entries.map((k) => ballot.ciphertexts[k]!))),
      ),
    };
  });
}

/** The largest value a decrypted sum of a group can take: what the search for it is bounded by. */
export const maxValue = (encoding: Encoding, resultIndex: number, voters: number): number =>
  voters * encoding.entryMax * (encoding.results[resultIndex]?.length ?? 0);

export type EncryptedCount = {
  winners: string[];
  tie: boolean;
  ranking: RankEntry[] | null;
  working: TallyResult["working"];
  regionWide?: RegionWideReport;
};

type DecryptedGroup = { delegation?: string | null; voters: number; values: readonly number[] };

/**
 * The count from the decrypted sums of each group. Per delegation, a group's values weigh
 * 1 / (its voters), scaled by the least common multiple of the group sizes, exactly as
 * lib/ballots/tally.ts weighs individual ballots. With the region-wide rule, the count among the
 * qualifying options (a plurality or approval total does not change when other options drop).
 */
export function countFromSums(
  encoding: Encoding,
  options: readonly string[],
  weighting: Weighting,
  groups: readonly DecryptedGroup[],
  regionWide?: RegionWideRule,
): EncryptedCount {
  const perDelegation = weighting === "per-delegation";
  const sizes = groups.map((group) => BigInt(Math.max(group.voters, 1)));
  const scale = perDelegation ? sizes.reduce((lcm, size) => (lcm / gcd(lcm, size)) * size, 1n) : 1n;
  const totals = encoding.results.map((_, k) =>
    groups.reduce(
      (sum, group, g) => sum + BigInt(group.values[k] ?? 0) * (perDelegation ? scale / (sizes[g] ?? 1n) : 1n),
      0n,
    ),
  );
  const finish = (outcome: Outcome<TallyResult["working"]>): EncryptedCount => ({
    ...outcome,
    tie: outcome.winners.length > 1,
  });
  if (encoding.method === "schulze") {
    const n = options.length;
    const d = new Array<bigint>(n * n).fill(0n);
    let k = 0;
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        if (i === j) continue;
        d[i * n + j] = totals[k] ?? 0n;
        k += 1;
      }
    }
    return finish(schulzeFromPairwise(options, d, scale));
  }
  const byOption = new Map(options.map((option, i) => [option, totals[i] ?? 0n]));
  const full = finish(fromTotals(options, byOption, scale));
  if (!regionWide || !REGION_WIDE_METHODS.includes(encoding.method)) return full;
  const backing = backingFromCounts(
    {
      options,
      delegations: regionWide.delegations,
      voters: new Map(groups.map((group) => [group.delegation ?? "", BigInt(group.voters)])),
      supporters: new Map(
        options.map((option, i) => [
          option,
          new Map(groups.map((group) => [group.delegation ?? "", BigInt(group.values[i] ?? 0)])),
        ]),
      ),
    },
    regionWide.threshold,
  );
  const restricted =
    backing.qualifying.length === 0
      ? { winners: [], tie: false, ranking: [], working: { totals: {} } }
      : finish(fromTotals(backing.qualifying, byOption, scale));
  return { ...restricted, regionWide: { ...backing, unrestricted: { winners: full.winners, ranking: full.ranking } } };
}
