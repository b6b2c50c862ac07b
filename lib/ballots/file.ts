// The recount file (issue 5): a vote and its ballots as JSON, the format the app's export writes,
// so that anyone can count a vote again with `npm run --silent recount -- ballots.json`
// (scripts/recount.ts) using the same `tally` as the app. Examples: test/fixtures/ballots/.
//
//   { "method": "plurality" | "approval" | "score" | "borda" | "irv" | "schulze",
//     "options": ["Brand A", "Brand B"],
//     "weighting": "per-voter" | "per-delegation",      optional, default "per-voter"
//     "regionWide": { "threshold": 0.5 },                optional (./region-wide.ts)
//     "delegations": ["LN", "JL", "HLJ"],               optional: who must back under regionWide
//     "ballots": [{ "ranking": ["Brand B", "Brand A"], "count": 3, "delegation": "LN" }, …] }
//
// A ballot carries the one field its method reads (`choice`, `approvals`, `scores` or `ranking`),
// plus optional `count` (default 1) and `delegation` (the voter's delegation code).
// `format`, `ballot` and `exportedAt` are informational (written by the export) and ignored. Any
// other field is an error rather than ignored: a misspelt "weigthing" would otherwise silently
// change the result of a recount.
//
// Structure and types are checked here (zod); the vote's rules (known options, repeats, score
// range, counts, delegations) are those of ./validation.ts, the same that `tally` enforces.
import { z } from "zod";
import { tally, type Method, type RankEntry, type RegionWideReport, type TallyInput, type TallyResult } from "./tally";
import { ballotProblems, formatPath, inputErrors, VOTE_FIELD, type BallotProblem } from "./validation";

const METHODS = ["plurality", "approval", "score", "borda", "irv", "schulze"] as const satisfies readonly Method[];

const ballotSchema = z.strictObject({
  delegation: z.string().min(1).optional(),
  count: z.number().optional(),
  choice: z.string().optional(),
  approvals: z.array(z.string()).optional(),
  scores: z.record(z.string(), z.number()).optional(),
  ranking: z.array(z.string()).optional(),
});

const fileSchema = z.strictObject({
  format: z.unknown().optional(),
  exportedAt: z.unknown().optional(),
  ballot: z.unknown().optional(),
  method: z.enum(METHODS),
  options: z.array(z.string()),
  weighting: z.enum(["per-voter", "per-delegation"]).optional(),
  regionWide: z.strictObject({ threshold: z.number() }).optional(),
  delegations: z.array(z.string()).optional(),
  ballots: z.array(ballotSchema),
});

export type BallotFile = z.infer<typeof fileSchema>;

const kindOf = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : typeof value === "object"
        ? "an object"
        : `a ${typeof value}`;
const withArticle = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "is required"
        : `must be ${withArticle(issue.expected)}, not ${kindOf(issue.input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.join(", ")}`;
    case "too_small":
      return "must not be empty";
    default:
      return undefined;
  }
}

const plainPath = (path: readonly PropertyKey[]) =>
  path.filter((key): key is string | number => typeof key !== "symbol");

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const path = plainPath(issue.path);
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => `${formatPath([...path, key])}: unknown field`);
  return [`${formatPath(path)}: ${issue.message}`];
}

/** A ballot field that its method does not read (a `ranking` in a plurality vote) is a mistake. */
function foreignFields(input: TallyInput): BallotProblem[] {
  const expected = VOTE_FIELD[input.method];
  return input.ballots.flatMap((ballot, index) =>
    (["choice", "approvals", "scores", "ranking"] as const)
      .filter((field) => field !== expected && ballot[field] !== undefined)
      .map((field) => ({
        index,
        path: [field],
        reason: `not used in a ${JSON.stringify(input.method)} vote (it takes ${JSON.stringify(expected)})`,
      })),
  );
}

function toTallyInput(file: BallotFile): TallyInput {
  const { method, options, ballots, weighting, regionWide, delegations } = file;
  return {
    method,
    options,
    ballots,
    ...(weighting && { weighting }),
    ...(regionWide && { regionWide }),
    ...(delegations && { delegations }),
  };
}

export type ParsedBallotFile = { ok: true; input: TallyInput } | { ok: false; errors: string[] };

/** Reads a recount file; every error is one line, located (`ballots[3].count: …`). */
export function parseBallotFile(text: string): ParsedBallotFile {
  let data: unknown;
  try {
    // A byte order mark, as some editors save, is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { ok: false, errors: [`the file must be a JSON object, not ${kindOf(data)}`] };
  const parsed = fileSchema.safeParse(data, { error: issueMessage });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(describeIssue) };
  const input = toTallyInput(parsed.data);
  // Sorting is stable: each ballot's problems stay in the order found.
  const problems = [...foreignFields(input), ...ballotProblems(input)].sort((a, b) => a.index - b.index);
  const errors = [
    ...inputErrors(input),
    ...problems.map(({ index, path, reason }) => `${formatPath(["ballots", index, ...path])}: ${reason}`),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input };
}

/** What `npm run recount` prints. */
export type RecountOutput = {
  method: Method;
  weighting: "per-voter" | "per-delegation";
  /** Ballots cast, counts included. */
  ballots: number;
  /** The winning option; null when tied or when nothing wins. */
  winner: string | null;
  winners: string[];
  tie: boolean;
  /** The full order where the method defines one; null for IRV. */
  ranking: RankEntry[] | null;
  working: TallyResult["working"];
  regionWide?: RegionWideReport;
};

/** Parses a recount file and counts it with `tally`. */
export function recount(text: string): { ok: true; output: RecountOutput } | { ok: false; errors: string[] } {
  const parsed = parseBallotFile(text);
  if (!parsed.ok) return parsed;
  const { input } = parsed;
  const result = tally(input);
  const output: RecountOutput = {
    method: result.method,
    weighting: input.weighting ?? "per-voter",
    ballots: input.ballots.reduce((sum, ballot) => sum + (ballot.count ?? 1), 0),
    winner: result.winners.length === 1 ? (result.winners[0] ?? null) : null,
    winners: result.winners,
    tie: result.tie,
    ranking: result.ranking,
    working: result.working,
    ...(result.regionWide && { regionWide: result.regionWide }),
  };
  return { ok: true, output };
}
