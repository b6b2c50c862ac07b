// How a ballot of each method becomes a vector of small integers that can be encrypted entry by
// entry, proven well-formed, added up across ballots, and turned back into the counts the existing
// tally (lib/ballots/tally.ts, ranked.ts) works from. Pure.
//
// - plurality: one entry per option, each 0 or 1, exactly one 1 (sum proof 1..1).
// - approval:  one entry per option, each 0 or 1 (an empty approval ballot is allowed, as in open ballots).
// - score:     one entry per option, each 0..5.
// - borda, schulze: the pairwise-preference matrix, one entry per ordered pair (i, j), i ≠ j: 1 if
//   the ballot ranks i above j (a ranked option is above every unranked one; unranked options are
//   equal). Each entry is 0 or 1 and each unordered pair sums to 0 or 1, so a ballot can prefer i
//   to j or j to i, not both. Schulze needs the summed matrix; Borda needs only its row sums (an
//   option's points = how many options each ballot ranks below it), so a Borda tally decrypts n
//   numbers and never the matrix.
// - IRV needs whole ballots, not sums: it is offered for open ballots only (docs/ballots.md).
//
// What the proofs cannot rule out for the matrix: a crafted ballot may be intransitive (a > b,
// b > c, c > a). It still adds at most one preference per pair, like any voter, so it can weigh no
// more than a valid ballot; docs/ballots.md says so.
import type { Ballot, Method } from "@/lib/ballots/tally";
import { MAX_SCORE } from "@/lib/ballots/validation";

export type VerifiableMethod = Exclude<Method, "irv">;
export const VERIFIABLE_METHODS: readonly VerifiableMethod[] = ["plurality", "approval", "score", "borda", "schulze"];
export const isVerifiableMethod = (method: string): method is VerifiableMethod =>
  (VERIFIABLE_METHODS as readonly string[]).includes(method);

/** A constraint that a set of entries sums into [min, max]. */
export type SumRule = { entries: number[]; min: number; max: number };

export type Encoding = {
  method: VerifiableMethod;
  options: number;
  /** How many entries a ballot has, and the range of each. */
  entries: number;
  entryMax: number;
  sums: SumRule[];
  /** The tallied quantities as sets of entries whose sums are decrypted (one per option for totals). */
  results: number[][];
};

/** The index of the ordered pair (i, j), i ≠ j, in an n-option matrix laid out row by row. */
export const pairIndex = (n: number, i: number, j: number): number => i * (n - 1) + (j < i ? j : j - 1);

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export function encodingFor(method: VerifiableMethod, options: number): Encoding {
  const perOption = { method, options, entries: options, results: range(options).map((i) => [i]) };
  switch (method) {
    case "plurality":
      return { ...perOption, entryMax: 1, sums: [{ entries: range(options), min: 1, max: 1 }] };
    case "approval":
      return { ...perOption, entryMax: 1, sums: [] };
    case "score":
      return { ...perOption, entryMax: MAX_SCORE, sums: [] };
    case "borda":
    case "schulze": {
      const sums: SumRule[] = [];
      for (let i = 0; i < options; i += 1) {
        for (let j = i + 1; j < options; j += 1) {
          sums.push({ entries: [pairIndex(options, i, j), pairIndex(options, j, i)], min: 0, max: 1 });
        }
      }
      const pairs = range(options).flatMap((i) =>
        range(options)
          .filter((j) => j !== i)
          .map((j) => [i, j] as const),
      );
      const results =
        method === "borda"
          ? range(options).map((i) =>
              range(options)
                .filter((j) => j !== i)
                .map((j) => pairIndex(options, i, j)),
            )
          : pairs.map(([i, j]) => [pairIndex(options, i, j)]);
      return { method, options, entries: options * (options - 1), entryMax: 1, sums, results };
    }
  }
}

/** The vector a (valid) ballot encodes to; options are identified by their position in `options`. */
export function encodeBallot(encoding: Encoding, options: readonly string[], ballot: Ballot): number[] {
  const index = (option: string): number => {
    const i = options.indexOf(option);
    if (i < 0) throw new RangeError(`unknown option ${option}`);
    return i;
  };
  const vector = new Array<number>(encoding.entries).fill(0);
  switch (encoding.method) {
    case "plurality":
      if (ballot.choice === undefined) throw new RangeError("a plurality ballot needs a choice");
      vector[index(ballot.choice)] = 1;
      return vector;
    case "approval":
      for (const option of ballot.approvals ?? []) vector[index(option)] = 1;
      return vector;
    case "score":
      for (const [option, score] of Object.entries(ballot.scores ?? {})) vector[index(option)] = score;
      return vector;
    case "borda":
    case "schulze": {
      const n = options.length;
      const below = new Set(range(n));
      for (const option of ballot.ranking ?? []) {
        const i = index(option);
        below.delete(i);
        for (const j of below) vector[pairIndex(n, i, j)] = 1;
      }
      return vector;
    }
  }
}
