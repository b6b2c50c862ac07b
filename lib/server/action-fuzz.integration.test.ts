// Property-based fuzzing of every declared action, through the action builder on real PostgreSQL.
// Each call starts from the sweep's well-formed arguments (test/sweep-matrix.ts), then breaks some:
// wrong types, NUL bytes, huge or odd numbers, objects, extra or missing arguments, form fields
// dropped, replaced or added. Whoever calls (any role, a stranger, no one), the answer must be a
// typed result: never a thrown error, never `errors.unexpected`, and a refusal writes nothing.
// Bounded for CI; FUZZ_RUNS and FUZZ_SEED explore further (`FUZZ_RUNS=200 npx vitest run ...`).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { call, databaseDigest, roles, sweepWorkshop, type Sweep } from "@/test/sweep-fixture";
import { declaredActions, matrix } from "@/test/sweep-matrix";

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\n",
    "%00",
    "../../etc/passwd",
    "<script>x</script>",
    "'; DROP TABLE x;--",
  ),
  fc.constantFrom("9007199254740993", "1e308", "-1", "0", "NaN", "2026-13-45T25:61", "𠮷野家", "x".repeat(70_000)),
);
const oddValue = fc.oneof(
  oddText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 1, -0),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.date(),
);

/** A form with some fields dropped, some replaced by odd text, some odd ones added. */
const brokenForm = (original: FormData) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.constantFrom("drop", "replace", "keep"), oddText), { maxLength: 4 }),
      fc.array(fc.tuple(oddText, oddText), { maxLength: 2 }),
    )
    .map(([changes, extra]) => {
      const keys = [...new Set(original.keys())];
      const data = new FormData();
      for (const [key, value] of original.entries()) data.append(key, value);
      for (const [index, change, text] of changes) {
        const key = keys[index % Math.max(keys.length, 1)];
        if (key === undefined || change === "keep") continue;
        if (change === "drop") data.delete(key);
        else data.set(key, text);
      }
      for (const [key, value] of extra) data.append(key, value);
      return data;
    });

/** The well-formed arguments with some of them broken, or the list made longer or shorter. */
function brokenArgs(valid: unknown[]) {
  const position = (arg: unknown) =>
    arg instanceof FormData
      ? fc.oneof({ weight: 3, arbitrary: brokenForm(arg) }, { weight: 1, arbitrary: oddValue })
      : fc.oneof({ weight: 1, arbitrary: fc.constant(arg) }, { weight: 2, arbitrary: oddValue });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(...valid.map(position)) },
    { weight: 1, arbitrary: fc.array(oddValue, { maxLength: valid.length + 2 }) },
  );
}

/** The tables whose digest differs, for the failure message. */
function changedTables(before: string, after: string): string {
  const was = new Set(before.split(","));
  return after
    .split(",")
    .filter((part) => !was.has(part))
    .map((part) => part.split(":")[0])
    .join(", ");
}

describe("fuzzing every action's input", () => {
  let s: Sweep;
  beforeAll(async () => {
    s = await sweepWorkshop();
  });

  it("answers every call with a typed result, and a refusal writes nothing", { timeout: 600_000 }, async () => {
    const counts: Record<string, number> = {};
    const failures: string[] = [];
    for (const action of declaredActions()) {
      const row = matrix[action.name];
      const valid = row ? row.args(s) : [];
      await fc.assert(
        fc.asyncProperty(brokenArgs(valid), fc.constantFrom(...roles), async (args, role) => {
          // An earlier accepted call's after-effects can land between two digests: a refusal that wrote is called again, up to three
          // times, and fails only if it writes every time. A refusal that really writes changes
          // the database each time it is called.
          const refusalWrites = async (again: unknown[], who: (typeof roles)[number]) => {
            for (let attempt = 0; attempt < 3; attempt++) {
              await new Promise((resolve) => setTimeout(resolve, 200));
              const before = await databaseDigest();
              const repeat = await call({ declaration: action }, s.as[who], ...again);
              if (repeat.ok || (await databaseDigest()) === before) return false;
            }
            return true;
          };
          const before = await databaseDigest();
          const full = action.kind === "workshop" ? [s.slug, ...args] : args;
          const result = await call({ declaration: action }, s.as[role], ...full);
          const code = result.ok ? "ok" : result.code;
          counts[code] = (counts[code] ?? 0) + 1;
          if (code === "errors.unexpected") failures.push(`${action.name} as ${role}: ${JSON.stringify(full)}`);
          const after = await databaseDigest();
          if (!result.ok && after !== before) {
            if (await refusalWrites(full, role))
              failures.push(
                `${action.name} as ${role} was refused (${code}) but wrote ${changedTables(before, after)}`,
              );
            else console.info(`action fuzz: ${changedTables(before, after)} changed beside ${action.name}, not by it`);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    console.info(`action fuzz: ${JSON.stringify(counts)}`);
    expect(failures).toEqual([]);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(declaredActions().length * RUNS);
  });
});
