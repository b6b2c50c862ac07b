// Exact arithmetic and the ranked-ballot methods (Borda, IRV, Schulze) behind `tally` in ./tally.ts,
// which validates ballots and is the public entry point. Pure: no I/O.
//
// Ballot weights are fractions (count / delegation size), but every count here sums them over one
// common denominator `scale` (./tally.ts picks the least common multiple of the delegation sizes):
// a ballot's `weight` here is its fractional weight × scale, an integer. Sums are then plain BigInt
// additions, exact and fast even for many ballots; comparisons are of integers; only display
// divides by `scale`.

/** An exact fraction n/d, always reduced, with d > 0. */
export type Rational = { readonly n: bigint; readonly d: bigint };

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new Error("rational with a zero denominator");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = rational(0n);
/** Negative, zero or positive as a <, = or > b. */
export const compare = (a: Rational, b: Rational): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};

/** For display only: rounded half away from zero to 6 decimal places. Decisions use the exact value. */
export function toDecimal(a: Rational): number {
  const scale = 1_000_000n;
  const magnitude = a.n < 0n ? -a.n : a.n;
  const rounded = Number((2n * magnitude * scale + a.d) / (2n * a.d)) / 1e6;
  return a.n < 0n ? -rounded : rounded;
}

/**
 * The decimal that `value` prints as, exactly: 0.1 is 1/10, not the binary double nearest to it, so a
 * share of exactly 1/10 reaches a threshold written as 0.1.
 */
export function fromDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const [mantissa = "0", exponent = "0"] = String(value).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole + fraction);
  const scale = Number(exponent) - fraction.length;
  return scale >= 0 ? rational(digits * 10n ** BigInt(scale)) : rational(digits, 10n ** BigInt(-scale));
}

export type RankEntry = { option: string; rank: number; value?: number };
export type TotalsWorking = { totals: Record<string, number> };
export type IrvRound = {
  round: number;
  /** First preferences among the options still in the count. */
  tallies: Record<string, number>;
  /** Weight of ballots ranking none of the options still in the count. */
  exhausted: number;
  eliminated: string[];
  /** Set in the last round: one option, or several for a declared tie. */
  elected: string[];
};
export type IrvWorking = { rounds: IrvRound[] };
export type SchulzeWorking = {
  options: string[];
  /** pairwise[i][j]: weight of ballots preferring options[i] to options[j]. */
  pairwise: number[][];
  /** strongest[i][j]: strength of the strongest path from options[i] to options[j] (0 on the diagonal). */
  strongest: number[][];
};
export type Outcome<W> = { winners: string[]; ranking: RankEntry[] | null; working: W };

/** A validated ranking with its weight: count × scale / (1, or the size of the ballot's delegation). */
export type WeightedRanking = { ranking: readonly string[]; weight: bigint };

const max = (a: bigint, b: bigint): bigint => (a >= b ? a : b);
const min = (a: bigint, b: bigint): bigint => (a <= b ? a : b);
const get = (values: ReadonlyMap<string, bigint>, option: string): bigint => values.get(option) ?? 0n;
/** A scaled sum as the number shown (6 decimal places). */
export const shown = (value: bigint, scale: bigint): number => toDecimal(rational(value, scale));

export function toRecord(
  options: readonly string[],
  values: ReadonlyMap<string, bigint>,
  scale: bigint,
): Record<string, number> {
  return Object.fromEntries(options.map((option) => [option, shown(get(values, option), scale)]));
}

/** Highest total first; equal totals share a rank ("1, 1, 3"), listed in the order of `options`. */
export function rankByValue(
  options: readonly string[],
  values: ReadonlyMap<string, bigint>,
  scale: bigint,
): RankEntry[] {
  const sorted = [...options].sort((a, b) =>
    get(values, b) > get(values, a) ? 1 : get(values, b) < get(values, a) ? -1 : 0,
  );
  return sorted.map((option) => ({
    option,
    rank: 1 + sorted.filter((other) => get(values, other) > get(values, option)).length,
    value: shown(get(values, option), scale),
  }));
}

/** Winners are every option with the highest total (several = a declared tie). */
export function fromTotals(
  options: readonly string[],
  totals: ReadonlyMap<string, bigint>,
  scale: bigint,
): Outcome<TotalsWorking> {
  const ranking = rankByValue(options, totals, scale);
  return {
    winners: ranking.filter((entry) => entry.rank === 1).map((entry) => entry.option),
    ranking,
    working: { totals: toRecord(options, totals, scale) },
  };
}

/**
 * Borda: with n options, a ballot gives n-1 points (times its weight) to its first choice, n-2 to
 * its second, and so on. Options a partial ranking leaves out get 0 points from that ballot.
 */
export function borda(
  options: readonly string[],
  ballots: readonly WeightedRanking[],
  scale: bigint,
): Outcome<TotalsWorking> {
  const totals = new Map(options.map((option) => [option, 0n]));
  for (const { ranking, weight } of ballots) {
    ranking.forEach((option, i) => {
      totals.set(option, get(totals, option) + weight * BigInt(options.length - 1 - i));
    });
  }
  return fromTotals(options, totals, scale);
}

/**
 * Instant runoff. Each round, a ballot counts for its highest-ranked option still in the count;
 * ballots with none left are exhausted. An option with more than half of the non-exhausted weight
 * (or the only option left) is elected. Otherwise every option with the lowest tally is eliminated
 * together, provided at least one option would remain; when all remaining options are tied, the
 * count stops with a declared tie between them. No ranking is reported.
 */
export function irv(
  options: readonly string[],
  ballots: readonly WeightedRanking[],
  scale: bigint,
): Outcome<IrvWorking> {
  let continuing = [...options];
  const rounds: IrvRound[] = [];
  for (;;) {
    const live = new Set(continuing);
    const tallies = new Map(continuing.map((option) => [option, 0n]));
    let exhausted = 0n;
    let active = 0n;
    for (const { ranking, weight } of ballots) {
      const top = ranking.find((option) => live.has(option));
      if (top === undefined) exhausted += weight;
      else {
        tallies.set(top, get(tallies, top) + weight);
        active += weight;
      }
    }
    const round: IrvRound = {
      round: rounds.length + 1,
      tallies: toRecord(continuing, tallies, scale),
      exhausted: shown(exhausted, scale),
      eliminated: [],
      elected: [],
    };
    rounds.push(round);
    const values = continuing.map((option) => get(tallies, option));
    const highest = values.reduce(max, 0n);
    const lowest = values.reduce(min, highest);
    if (continuing.length === 1 || 2n * highest > active) {
      round.elected = continuing.filter((option) => get(tallies, option) === highest);
      return { winners: round.elected, ranking: null, working: { rounds } };
    }
    const last = continuing.filter((option) => get(tallies, option) === lowest);
    if (last.length === continuing.length) {
      round.elected = continuing;
      return { winners: continuing, ranking: null, working: { rounds } };
    }
    round.eliminated = last;
    continuing = continuing.filter((option) => !last.includes(option));
  }
}

/**
 * Schulze with winning-votes link strengths. A ballot prefers each ranked option to every option
 * ranked below it and to every unranked one; unranked options are equal to each other. d[i][j] is
 * the weight preferring i to j; a link i→j has strength d[i][j] if d[i][j] > d[j][i], else 0;
 * p[i][j] is the strongest (widest) path. i beats j when p[i][j] > p[j][i]. An option's rank is
 * 1 + the number of options beating it; winners are the unbeaten (several = a declared tie).
 */
export function schulze(
  options: readonly string[],
  ballots: readonly WeightedRanking[],
  scale: bigint,
): Outcome<SchulzeWorking> {
  const n = options.length;
  const index = new Map(options.map((option, i) => [option, i]));
  const d: bigint[] = Array.from({ length: n * n }, () => 0n);
  const at = (m: readonly bigint[], i: number, j: number): bigint => m[i * n + j] ?? 0n;
  for (const { ranking, weight } of ballots) {
    // Each ranked option beats every option after it, ranked or not.
    const below = new Set(options.map((_, i) => i));
    for (const option of ranking) {
      const i = index.get(option);
      if (i === undefined) continue;
      below.delete(i);
      for (const j of below) d[i * n + j] = at(d, i, j) + weight;
    }
  }
  return schulzeFromPairwise(options, d, scale);
}

/**
 * Schulze from the pairwise matrix d (row-major, n × n, the diagonal ignored): d[i][j] is the
 * weight preferring option i to option j, times `scale`. The encrypted tally
 * (lib/verifiable/tally.ts) has exactly this matrix and no individual ballots.
 */
export function schulzeFromPairwise(
  options: readonly string[],
  d: readonly bigint[],
  scale: bigint,
): Outcome<SchulzeWorking> {
  const n = options.length;
  const at = (m: readonly bigint[], i: number, j: number): bigint => m[i * n + j] ?? 0n;
  const p: bigint[] = d.map((value, k) => {
    const i = Math.floor(k / n);
    const j = k % n;
    return i !== j && value > at(d, j, i) ? value : 0n;
  });
  for (let k = 0; k < n; k += 1) {
    for (let i = 0; i < n; i += 1) {
      if (i === k) continue;
      for (let j = 0; j < n; j += 1) {
        if (j === k || j === i) continue;
        p[i * n + j] = max(at(p, i, j), min(at(p, i, k), at(p, k, j)));
      }
    }
  }
  const beatenBy = options.map((_, j) => options.filter((__, i) => at(p, i, j) > at(p, j, i)).length);
  const ranking = options
    .map((option, j) => ({ option, rank: 1 + (beatenBy[j] ?? 0) }))
    .sort((a, b) => a.rank - b.rank);
  const matrix = (m: readonly bigint[]) => options.map((_, i) => options.map((__, j) => shown(at(m, i, j), scale)));
  return {
    winners: ranking.filter((entry) => entry.rank === 1).map((entry) => entry.option),
    ranking,
    working: { options: [...options], pairwise: matrix(d), strongest: matrix(p) },
  };
}
