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
