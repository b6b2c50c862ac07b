// Shared by the tally tests: the methods, ranked ballots in bulk, and a typed view of a method's working.
import type { Ballot, Method, TallyResult } from "./tally";

export const METHODS: Method[] = ["plurality", "approval", "score", "borda", "irv", "schulze"];

/** `count` copies of a ranked ballot. */
export const times = (count: number, ranking: string[], delegation?: string): Ballot[] =>
  Array.from({ length: count }, () => ({ ranking, delegation }));

export function working<M extends TallyResult["method"]>(
  result: TallyResult,
  method: M,
): Extract<TallyResult, { method: M }> {
  if (result.method !== method) throw new Error(`expected ${method}, got ${result.method}`);
  return result as Extract<TallyResult, { method: M }>;
}

/** The 45-voter Schulze example of Wikipedia's article (E > A > C > B > D). */
export const SCHULZE_45 = [
  ...times(5, ["A", "C", "B", "E", "D"]),
  ...times(5, ["A", "D", "E", "C", "B"]),
  ...times(8, ["B", "E", "D", "A", "C"]),
  ...times(3, ["C", "A", "B", "E", "D"]),
  ...times(7, ["C", "A", "E", "B", "D"]),
  ...times(2, ["C", "B", "A", "D", "E"]),
  ...times(7, ["D", "C", "E", "B", "A"]),
  ...times(8, ["E", "B", "A", "D", "C"]),
];
