// Exact rational arithmetic and the ranked-ballot methods (Borda, IRV, Schulze) behind `tally`
// in ./tally.ts, which validates ballots and is the public entry point. Pure: no I/O.

/** An exact fraction n/d, always reduced, with d > 0. */
export type Rational = { readonly n: bigint; readonly d: bigint };

function gcd(a: bigint, b: bigint): bigint {
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
export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
/** Negative, zero or positive as a <, = or > b. */
export const compare = (a: Rational, b: Rational): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);
const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);

/** For display only: rounded half away from zero to 6 decimal places. Decisions use the exact value. */
export function toDecimal(a: Rational): number {
  const scale = 1_000_000n;
  const magnitude = a.n < 0n ? -a.n : a.n;
  const rounded = Number((2n * magnitude * scale + a.d) / (2n * a.d)) / 1e6;
  return a.n < 0n ? -rounded : rounded;
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

/** A validated ranking with its weight (1, or 1 / size of the ballot's delegation). */
export type WeightedRanking = { ranking: readonly string[]; weight: Rational };

const get = (values: ReadonlyMap<string, Rational>, option: string): Rational => values.get(option) ?? ZERO;

export function toRecord(options: readonly string[], values: ReadonlyMap<string, Rational>): Record<string, number> {
  return Object.fromEntries(options.map((option) => [option, toDecimal(get(values, option))]));
}

/** Highest total first; equal totals share a rank ("1, 1, 3"), listed in the order of `options`. */
export function rankByValue(options: readonly string[], values: ReadonlyMap<string, Rational>): RankEntry[] {
  const sorted = [...options].sort((a, b) => compare(get(values, b), get(values, a)));
  return sorted.map((option) => ({
    option,
    rank: 1 + sorted.filter((other) => compare(get(values, other), get(values, option)) > 0).length,
    value: toDecimal(get(values, option)),
  }));
}

/** Winners are every option with the highest total (several = a declared tie). */
export function fromTotals(options: readonly string[], totals: ReadonlyMap<string, Rational>): Outcome<TotalsWorking> {
  const ranking = rankByValue(options, totals);
  return {
    winners: ranking.filter((entry) => entry.rank === 1).map((entry) => entry.option),
    ranking,
    working: { totals: toRecord(options, totals) },
  };
}

/**
 * Borda: with n options, a ballot gives n-1 points (times its weight) to its first choice, n-2 to
 * its second, and so on. Options a partial ranking leaves out get 0 points from that ballot.
 */
export function borda(options: readonly string[], ballots: readonly WeightedRanking[]): Outcome<TotalsWorking> {
  const totals = new Map(options.map((option) => [option, ZERO]));
  for (const { ranking, weight } of ballots) {
    ranking.forEach((option, i) => {
      totals.set(option, add(get(totals, option), mul(weight, rational(BigInt(options.length - 1 - i)))));
    });
  }
  return fromTotals(options, totals);
}

/**
 * Instant runoff. Each round, a ballot counts for its highest-ranked option still in the count;
 * ballots with none left are exhausted. An option with more than half of the non-exhausted weight
 * (or the only option left) is elected. Otherwise every option with the lowest tally is eliminated
 * together, provided at least one option would remain; when all remaining options are tied, the
 * count stops with a declared tie between them. No ranking is reported.
 */
export function irv(options: readonly string[], ballots: readonly WeightedRanking[]): Outcome<IrvWorking> {
  let continuing = [...options];
  const rounds: IrvRound[] = [];
  for (;;) {
    const live = new Set(continuing);
    const tallies = new Map(continuing.map((option) => [option, ZERO]));
    let exhausted = ZERO;
    let active = ZERO;
    for (const { ranking, weight } of ballots) {
      const top = ranking.find((option) => live.has(option));
      if (top === undefined) exhausted = add(exhausted, weight);
      else {
        tallies.set(top, add(get(tallies, top), weight));
        active = add(active, weight);
      }
    }
    const round: IrvRound = {
      round: rounds.length + 1,
      tallies: toRecord(continuing, tallies),
      exhausted: toDecimal(exhausted),
      eliminated: [],
      elected: [],
    };
    rounds.push(round);
    const values = continuing.map((option) => get(tallies, option));
    const highest = values.reduce(max, ZERO);
    const lowest = values.reduce(min, highest);
    if (continuing.length === 1 || compare(mul(highest, rational(2n)), active) > 0) {
      round.elected = continuing.filter((option) => compare(get(tallies, option), highest) === 0);
      return { winners: round.elected, ranking: null, working: { rounds } };
    }
    const last = continuing.filter((option) => compare(get(tallies, option), lowest) === 0);
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
export function schulze(options: readonly string[], ballots: readonly WeightedRanking[]): Outcome<SchulzeWorking> {
  const n = options.length;
  const d: Rational[] = Array.from({ length: n * n }, () => ZERO);
  const at = (m: readonly Rational[], i: number, j: number): Rational => m[i * n + j] ?? ZERO;
  for (const { ranking, weight } of ballots) {
    const position = options.map((option) => {
      const index = ranking.indexOf(option);
      return index === -1 ? Infinity : index;
    });
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        if ((position[i] ?? Infinity) < (position[j] ?? Infinity)) d[i * n + j] = add(at(d, i, j), weight);
      }
    }
  }
  const p: Rational[] = d.map((value, k) => {
    const i = Math.floor(k / n);
    const j = k % n;
    return i !== j && compare(value, at(d, j, i)) > 0 ? value : ZERO;
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
  const beatenBy = options.map((_, j) => options.filter((__, i) => compare(at(p, i, j), at(p, j, i)) > 0).length);
  const ranking = options
    .map((option, j) => ({ option, rank: 1 + (beatenBy[j] ?? 0) }))
    .sort((a, b) => a.rank - b.rank);
  const matrix = (m: readonly Rational[]) => options.map((_, i) => options.map((__, j) => toDecimal(at(m, i, j))));
  return {
    winners: ranking.filter((entry) => entry.rank === 1).map((entry) => entry.option),
    ranking,
    working: { options: [...options], pairwise: matrix(d), strongest: matrix(p) },
  };
}
