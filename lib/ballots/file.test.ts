import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBallotFile, recount, type BallotFile } from "./file";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/ballots");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

const brands = ["Brand A", "Brand B"];
/** A file from an object; `BallotFile` keeps the valid ones honest, `unknown` lets tests break it. */
const file = (content: BallotFile | Record<string, unknown>) => JSON.stringify(content);
const errorsOf = (text: string) => {
  const parsed = parseBallotFile(text);
  return parsed.ok ? [] : parsed.errors;
};

describe("parseBallotFile", () => {
  it("reads a vote into the tally's input, counts and delegations included", () => {
    const parsed = parseBallotFile(fixture("tennessee-irv.json"));
    expect(parsed).toMatchObject({ ok: true, input: { method: "irv", options: expect.any(Array) } });
    if (parsed.ok) expect(parsed.input.ballots[0]).toEqual({ ranking: expect.any(Array), count: 42 });
    const full = parseBallotFile(
      file({
        method: "borda",
        options: brands,
        weighting: "per-delegation",
        regionWide: { threshold: 0.5 },
        delegations: ["LN", "JL"],
        ballots: [
          { ranking: ["Brand B"], count: 3, delegation: "LN" },
          { ranking: [], delegation: "JL" },
        ],
      }),
    );
    expect(full).toEqual({
      ok: true,
      input: {
        method: "borda",
        options: brands,
        weighting: "per-delegation",
        regionWide: { threshold: 0.5 },
        delegations: ["LN", "JL"],
        ballots: [
          { ranking: ["Brand B"], count: 3, delegation: "LN" },
          { ranking: [], delegation: "JL" },
        ],
      },
    });
  });

  it("ignores the export's informational fields, whatever they hold", () => {
    const parsed = parseBallotFile(
      file({
        format: "roundtable-ballots/1",
        exportedAt: "2026-11-28T12:00:00.000Z",
        ballot: { id: "b1", title: { en: "Brand", zh: "品牌" }, secret: true },
        method: "plurality",
        options: brands,
        ballots: [{ choice: "Brand A" }],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      input: { method: "plurality", options: brands, ballots: [{ choice: "Brand A" }] },
    });
  });

  it("reports text that is not JSON, or JSON that is not an object", () => {
    const [error, ...rest] = errorsOf('{ "method": "irv", }');
    expect(error).toMatch(/^not valid JSON: \S/);
    expect(rest).toEqual([]);
    expect(errorsOf("[]")).toEqual(["the file must be a JSON object, not an array"]);
    expect(errorsOf("null")).toEqual(["the file must be a JSON object, not null"]);
  });

  it("accepts a byte order mark before the JSON", () => {
    expect(parseBallotFile(`\uFEFF${fixture("tennessee-schulze.json")}`).ok).toBe(true);
  });

  it("locates structural errors: unknown method, missing fields, wrong types, unknown fields", () => {
    expect(errorsOf(file({ method: "condorcet", options: brands, ballots: [] }))).toEqual([
      "method: must be one of plurality, approval, score, borda, irv, schulze",
    ]);
    expect(errorsOf(file({ method: "irv" }))).toEqual(["options: is required", "ballots: is required"]);
    expect(
      errorsOf(
        file({
          method: "irv",
          options: brands,
          weighting: "per-person",
          weigthing: "per-delegation",
          regionWide: { treshold: 0.5 },
          ballots: [
            { ranking: "Brand A", count: "3" },
            { rank: ["Brand A"], delegation: "" },
          ],
        }),
      ),
    ).toEqual([
      "weighting: must be one of per-voter, per-delegation",
      "regionWide.threshold: is required",
      "regionWide.treshold: unknown field",
      "ballots[0].count: must be a number, not a string",
      "ballots[0].ranking: must be an array, not a string",
      "ballots[1].delegation: must not be empty",
      "ballots[1].rank: unknown field",
      "weigthing: unknown field",
    ]);
  });

  it("locates the vote's errors with the tally's own rules", () => {
    const errors = errorsOf(
      file({
        method: "irv",
        options: ["Brand A", "Brand B", "Brand A"],
        regionWide: { threshold: 1.5 },
        delegations: ["LN", "JL"],
        ballots: [
          { ranking: ["Brand A", "Brand Z"], delegation: "LN" },
          { ranking: ["Brand B", "Brand B"], delegation: "HLJ" },
          { ranking: [] },
          { ranking: ["Brand A"], count: -2, delegation: "JL" },
          { ranking: ["Brand A"], count: 1.5, delegation: "JL" },
        ],
      }),
    );
    expect(errors).toEqual([
      'options: "Brand A" is repeated',
      "regionWide.threshold: must be more than 0 and at most 1",
      'ballots[0].ranking[1]: unknown option "Brand Z"',
      'ballots[1].delegation: "HLJ" is not in "delegations"',
      'ballots[1].ranking[1]: option "Brand B" is repeated',
      "ballots[2].delegation: missing (needed for the region-wide rule)",
      "ballots[3].count: must be a whole number of at least 1",
      "ballots[4].count: must be a whole number of at least 1",
    ]);
  });

  it("rejects a ballot shaped for another method", () => {
    expect(
      errorsOf(
        file({
          method: "plurality",
          options: brands,
          ballots: [{ ranking: ["Brand A"] }, { choice: "Brand A", approvals: ["Brand B"] }],
        }),
      ),
    ).toEqual([
      'ballots[0].ranking: not used in a "plurality" vote (it takes "choice")',
      'ballots[0]: a "plurality" vote needs "choice"',
      'ballots[1].approvals: not used in a "plurality" vote (it takes "choice")',
    ]);
    expect(
      errorsOf(
        file({
          method: "score",
          options: brands,
          ballots: [{ scores: { "Brand A": 7, "Brand B": 3 } }, { scores: { "Brand C": 1 } }, {}],
        }),
      ),
    ).toEqual([
      'ballots[0].scores["Brand A"]: must be a whole number from 0 to 5 (not 7)',
      'ballots[1].scores["Brand C"]: unknown option "Brand C"',
      'ballots[2]: a "score" vote needs "scores"',
    ]);
  });
});

describe("recount", () => {
  it("counts the Tennessee capital vote: IRV elects Knoxville", () => {
    const result = recount(fixture("tennessee-irv.json"));
    expect(result).toMatchObject({
      ok: true,
      output: {
        method: "irv",
        weighting: "per-voter",
        ballots: 100,
        winner: "Knoxville",
        winners: ["Knoxville"],
        tie: false,
        ranking: null,
      },
    });
    if (result.ok) expect(result.output).not.toHaveProperty("regionWide");
  });

  it("gives Schulze's full order and working", () => {
    const result = recount(fixture("tennessee-schulze.json"));
    expect(result).toMatchObject({
      ok: true,
      output: {
        winner: "Nashville",
        ranking: [
          { option: "Nashville", rank: 1 },
          { option: "Chattanooga", rank: 2 },
          { option: "Knoxville", rank: 3 },
          { option: "Memphis", rank: 4 },
        ],
        working: { options: ["Memphis", "Nashville", "Chattanooga", "Knoxville"] },
      },
    });
  });

  it("reports the region-wide rule and the result without it", () => {
    const result = recount(fixture("brands-region-wide.json"));
    expect(result).toMatchObject({
      ok: true,
      output: {
        ballots: 30,
        winner: "Northeast Equipment",
        regionWide: {
          qualifying: ["Northeast Equipment"],
          notBackedBy: { "Liaohe Machinery": ["HLJ"], "Songhua Heavy Industry": ["LN", "JL"] },
          unrestricted: { winners: ["Liaohe Machinery"] },
        },
      },
    });
  });

  it("names no single winner in a tie", () => {
    const tie = file({ method: "approval", options: brands, ballots: [{ approvals: brands, count: 2 }] });
    expect(recount(tie)).toMatchObject({ ok: true, output: { winner: null, winners: brands, tie: true, ballots: 2 } });
  });

  it("passes the file's errors on", () => {
    expect(recount("{")).toMatchObject({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
  });
});
