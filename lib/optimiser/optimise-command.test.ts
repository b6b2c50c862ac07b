// `npm run optimise` end to end: runs scripts/optimise.ts with tsx, as the npm script does, on the
// example inputs in test/fixtures/optimiser and on a malformed one.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const fixtures = path.join(root, "test/fixtures/optimiser");
const directory = mkdtempSync(path.join(os.tmpdir(), "optimise-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ["scripts/optimise.ts", file], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const TIMEOUT = 30_000;

describe("npm run optimise", () => {
  it(
    "proposes a division of labour for the Northeast example, with distinct alternatives",
    async () => {
      const { code, stdout, stderr } = await run(path.join(fixtures, "northeast.json"));
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const output = JSON.parse(stdout) as {
        status: string;
        proposals: Array<{
          rank: number;
          assignments: Array<{ industry: string; lead: string | null }>;
          minimumKept: number;
        }>;
      };
      expect(output.status).toBe("optimal");
      expect(output.proposals.map((p) => p.rank)).toEqual([1, 2, 3]);
      const best = output.proposals[0]!;
      // Jilin must lead automobiles and Liaoning general equipment (their stated positions).
      expect(best.assignments.find((a) => a.industry === "36")?.lead).toBe("JL");
      expect(best.assignments.find((a) => a.industry === "34")?.lead).toBe("LN");
      expect(best.minimumKept).toBeGreaterThanOrEqual(0.3);
      expect(new Set(output.proposals.map((p) => JSON.stringify(p.assignments))).size).toBe(3);
    },
    TIMEOUT,
  );

  it(
    "names the positions that conflict, in words, and what dropping each would allow",
    async () => {
      const { code, stdout } = await run(path.join(fixtures, "northeast-conflict.json"));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({
        status: "infeasible",
        conflict: [
          {
            statement: "mustLead:LN:36",
            kind: "mustLead",
            delegation: "LN",
            industry: "36",
            says: "Liaoning must lead Automobile manufacturing (36)",
          },
          {
            statement: "mustLead:JL:36",
            kind: "mustLead",
            delegation: "JL",
            industry: "36",
            says: "Jilin must lead Automobile manufacturing (36)",
          },
        ],
        relaxing: [
          { statement: "mustLead:LN:36", objective: expect.any(Number) },
          { statement: "mustLead:JL:36", objective: expect.any(Number) },
        ],
      });
    },
    TIMEOUT,
  );

  it(
    "reports each problem of a malformed input on its own line and exits 1",
    async () => {
      const file = path.join(directory, "bad.json");
      writeFileSync(
        file,
        JSON.stringify({
          format: "roundtable.optimiser-input/1",
          delegations: [{ id: "LN", name: "Liaoning" }],
          industries: [{ code: "36", name: "Automobiles" }],
          baseline: [{ delegation: "LN", industry: "36", employment: -5 }],
          plans: [{ delegation: "JL", industry: "36", investment: 10 }],
          positions: [],
          settings: {},
        }),
      );
      const { code, stdout, stderr } = await run(file);
      expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
      expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/bad\.json: baseline\.0\.employment: /)]);
      const second = path.join(directory, "unknown.json");
      writeFileSync(
        second,
        JSON.stringify({
          format: "roundtable.optimiser-input/1",
          delegations: [{ id: "LN", name: "Liaoning" }],
          industries: [{ code: "36", name: "Automobiles" }],
          baseline: [],
          plans: [{ delegation: "JL", industry: "36", investment: 10 }],
          positions: [{ delegation: "LN", mustLead: ["36"] }],
          settings: {},
        }),
      );
      const again = await run(second);
      expect(again.code).toBe(1);
      expect(again.stderr.trim().split("\n")).toEqual([
        `${second}: plans[0].delegation: unknown delegation "JL"`,
        `${second}: positions[0].mustLead[0]: "36" is not among LN's planned industries`,
      ]);
    },
    TIMEOUT,
  );
});
