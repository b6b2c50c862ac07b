// `npm run recount` end to end: runs scripts/recount.ts with tsx, as the npm script does, on files
// written to a temporary directory. No database.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const fixtures = path.join(root, "test/fixtures/ballots");
const directory = mkdtempSync(path.join(os.tmpdir(), "recount-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/recount.ts", ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function write(name: string, content: unknown): string {
  const file = path.join(directory, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const TIMEOUT = 30_000;

describe("npm run recount", () => {
  it(
    "prints the Tennessee capital IRV result as one JSON object: Knoxville",
    async () => {
      const { code, stdout, stderr } = await run(path.join(fixtures, "tennessee-irv.json"));
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toMatch(/^\{\n {2}"method": "irv",\n/);
      expect(JSON.parse(stdout)).toMatchObject({
        method: "irv",
        weighting: "per-voter",
        ballots: 100,
        winner: "Knoxville",
        winners: ["Knoxville"],
        tie: false,
        ranking: null,
        working: { rounds: expect.any(Array) },
      });
    },
    TIMEOUT,
  );

  it(
    "counts a ranked file with counts and delegations",
    async () => {
      const file = write("ranked.json", {
        method: "schulze",
        options: ["Brand A", "Brand B", "Brand C"],
        weighting: "per-delegation",
        ballots: [
          { ranking: ["Brand A", "Brand B"], count: 3, delegation: "LN" },
          { ranking: ["Brand B", "Brand A", "Brand C"], count: 1, delegation: "JL" },
          { ranking: ["Brand B"], count: 2, delegation: "JL" },
        ],
      });
      const { code, stdout } = await run(file);
      expect(code).toBe(0);
      // LN weighs 1 for A > B; JL weighs 1 for B > A: a tie between A and B, both above C.
      expect(JSON.parse(stdout)).toMatchObject({
        weighting: "per-delegation",
        ballots: 6,
        winner: null,
        winners: ["Brand A", "Brand B"],
        tie: true,
        ranking: [
          { option: "Brand A", rank: 1 },
          { option: "Brand B", rank: 1 },
          { option: "Brand C", rank: 3 },
        ],
      });
    },
    TIMEOUT,
  );

  const malformed: Array<[string, unknown, string[]]> = [
    [
      "unknown-option.json",
      { method: "irv", options: ["Brand A"], ballots: [{ ranking: ["Brand A", "Brand Z"] }] },
      ['ballots[0].ranking[1]: unknown option "Brand Z"'],
    ],
    [
      "negative-count.json",
      { method: "irv", options: ["Brand A"], ballots: [{ ranking: ["Brand A"] }, { ranking: [], count: -1 }] },
      ["ballots[1].count: must be a whole number of at least 1"],
    ],
    [
      "ranking-in-plurality.json",
      { method: "plurality", options: ["Brand A"], ballots: [{ choice: "Brand A", ranking: ["Brand A"] }] },
      ['ballots[0].ranking: not used in a "plurality" vote (it takes "choice")'],
    ],
  ];

  it.each(malformed)(
    "rejects %s with the error on stderr and nothing on stdout",
    async (name, content, errors) => {
      const file = write(name, content);
      expect(await run(file)).toEqual({
        code: 1,
        stdout: "",
        stderr: errors.map((error) => `${file}: ${error}\n`).join(""),
      });
    },
    TIMEOUT,
  );

  it(
    "rejects a file that is not JSON",
    async () => {
      const file = write("bad.json", '{ "method": "irv", ');
      const { code, stdout, stderr } = await run(file);
      expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
      expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not valid JSON: .+\n$`));
    },
    TIMEOUT,
  );

  it(
    "exits with 2 for a missing file or no argument",
    async () => {
      const missing = path.join(directory, "missing.json");
      const absent = await run(missing);
      expect({ code: absent.code, stdout: absent.stdout }).toEqual({ code: 2, stdout: "" });
      expect(absent.stderr).toContain(`${missing}: cannot read the file`);
      const none = await run();
      expect(none).toEqual({
        code: 2,
        stdout: "",
        stderr: "Usage: npm run --silent recount -- path/to/ballots.json\n",
      });
    },
    TIMEOUT,
  );
  it(
    "verifies a verifiable ballot's board and names the first failed check of a tampered one",
    async () => {
      const good = await run(path.join(fixtures, "brands-score.board.json"));
      expect({ code: good.code, stderr: good.stderr }).toEqual({ code: 0, stderr: "" });
      expect(JSON.parse(good.stdout)).toMatchObject({
        format: "roundtable.ballot-board/1",
        ballot: { method: "score" },
        counted: 4,
        result: { winner: "Northeast Rice", tie: false },
      });
      const bad = await run(path.join(fixtures, "brands-score.tampered.board.json"));
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe("");
      expect(bad.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(
          /tampered\.board\.json: tally\.groups\[0\]\.decryptions \(jilin\)\.shares\[0\]: the proof that the share was made with the trustee's key does not hold$/,
        ),
      ]);
    },
    TIMEOUT,
  );
});
