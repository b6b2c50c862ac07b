// The validity rules of a vote and its ballots, in one place: `tally` (./tally.ts) throws on what
// they find, and the recount file (./file.ts) reports it line by line with the ballot's location.
import type { Ballot, Method, TallyInput } from "./tally";

export const MAX_SCORE = 5;

export type Path = ReadonlyArray<string | number>;
/** `path` locates the problem inside the ballot (e.g. ["ranking", 1]); empty for the whole ballot. */
export type BallotProblem = { index: number; path: Path; reason: string };

/** `ranking[1]`, `scores["Brand A"]`, `count`: the JavaScript way to reach the value. */
export function formatPath(path: Path): string {
  return path
    .map((key, i) => {
      if (typeof key === "number") return `[${key}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join("");
}

export class InvalidBallotsError extends Error {
  readonly problems: BallotProblem[];
  constructor(problems: BallotProblem[]) {
    const indices = [...new Set(problems.map((problem) => problem.index))];
    const details = problems
      .map(({ index, path, reason }) => `#${index}${path.length > 0 ? ` ${formatPath(path)}` : ""}: ${reason}`)
      .join("; ");
    super(`Invalid ballots at indices ${indices.join(", ")} — ${details}`);
    this.name = "InvalidBallotsError";
    this.problems = problems;
  }
}

const quote = (text: string) => JSON.stringify(text);

function repeats(list: readonly string[]): string[] {
  return [...new Set(list.filter((item, i) => list.indexOf(item) !== i))];
}

/** Problems with the vote as a whole, each prefixed with its field (`options: …`). */
export function inputErrors(input: TallyInput): string[] {
  const errors: string[] = [];
  if (input.options.length === 0) errors.push("options: a vote needs at least one option");
  for (const option of repeats(input.options)) errors.push(`options: ${quote(option)} is repeated`);
  for (const delegation of repeats(input.delegations ?? []))
    errors.push(`delegations: ${quote(delegation)} is repeated`);
  const threshold = input.regionWide?.threshold;
  // NaN fails both comparisons, so it is rejected too.
  if (input.regionWide !== undefined && !(typeof threshold === "number" && threshold > 0 && threshold <= 1))
    errors.push("regionWide.threshold: must be more than 0 and at most 1");
  return errors;
}

type Found = { path: Path; reason: string };

function listProblems(known: ReadonlySet<string>, list: readonly string[], field: string): Found[] {
  const seen = new Set<string>();
  return list.flatMap((option, i): Found[] => {
    const path = [field, i];
    if (!known.has(option)) return [{ path, reason: `unknown option ${quote(option)}` }];
    if (seen.has(option)) return [{ path, reason: `option ${quote(option)} is repeated` }];
    seen.add(option);
    return [];
  });
}

/** The field each method reads its vote from. */
export const VOTE_FIELD = {
  plurality: "choice",
  approval: "approvals",
  score: "scores",
  borda: "ranking",
  irv: "ranking",
  schulze: "ranking",
} as const satisfies Record<Method, keyof Ballot>;

function voteProblems(method: Method, known: ReadonlySet<string>, ballot: Ballot): Found[] {
  const field = VOTE_FIELD[method];
  if (ballot[field] === undefined) return [{ path: [], reason: `a ${quote(method)} vote needs ${quote(field)}` }];
  switch (method) {
    case "plurality":
      return known.has(ballot.choice ?? "")
        ? []
        : [{ path: [field], reason: `unknown option ${quote(ballot.choice ?? "")}` }];
    case "approval":
      return listProblems(known, ballot.approvals ?? [], field);
    case "score":
      return Object.entries(ballot.scores ?? {}).flatMap(([option, score]): Found[] => {
        const path = [field, option];
        if (!known.has(option)) return [{ path, reason: `unknown option ${quote(option)}` }];
        if (Number.isInteger(score) && score >= 0 && score <= MAX_SCORE) return [];
        return [{ path, reason: `must be a whole number from 0 to ${MAX_SCORE} (not ${score})` }];
      });
    default:
      return listProblems(known, ballot.ranking ?? [], field);
  }
}

function delegationProblems(input: TallyInput, listed: ReadonlySet<string> | null, ballot: Ballot): Found[] {
  const needs = [
    ...(input.weighting === "per-delegation" ? ["per-delegation weighting"] : []),
    ...(input.regionWide !== undefined ? ["the region-wide rule"] : []),
  ];
  if (!ballot.delegation) {
    return needs.length === 0 ? [] : [{ path: ["delegation"], reason: `missing (needed for ${needs.join(" and ")})` }];
  }
  if (listed !== null && !listed.has(ballot.delegation))
    return [{ path: ["delegation"], reason: `${quote(ballot.delegation)} is not in "delegations"` }];
  return [];
}

/** Every problem of every ballot, in ballot order. */
export function ballotProblems(input: TallyInput): BallotProblem[] {
  const known = new Set(input.options);
  const listed = input.delegations === undefined ? null : new Set(input.delegations);
  return input.ballots.flatMap((ballot, index) => {
    const count = ballot.count ?? 1;
    const found: Found[] = [
      ...(Number.isInteger(count) && count >= 1
        ? []
        : [{ path: ["count"], reason: "must be a whole number of at least 1" }]),
      ...delegationProblems(input, listed, ballot),
      ...voteProblems(input.method, known, ballot),
    ];
    return found.map(({ path, reason }) => ({ index, path, reason }));
  });
}
