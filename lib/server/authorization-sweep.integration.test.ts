// The authorisation sweep: every declared action, called by every role through the action builder
// (lib/server/action.ts), against data that belongs to someone else (delegation Beta, or the
// facilitators). Each role that may not do it must be refused with the expected code, and no row
// of any table may change. The matrix is checked against the registry: an action added without a
// row in test/sweep-matrix.ts fails the test, so no new endpoint escapes the sweep.
import { beforeAll, describe, expect, it } from "vitest";
import type { Declared } from "@/lib/server/action";
import type { ErrorCode } from "@/lib/server/result";
import { call, databaseDigest, roles, sweepWorkshop, type Sweep, type SweepRole } from "@/test/sweep-fixture";
import { declaredActions, matrix, open, type Row } from "@/test/sweep-matrix";

function expectedRefusal(kind: Declared["kind"], role: SweepRole, row: Row): ErrorCode {
  if (role === "signedOut") return "errors.signedOut";
  if (role === "nonMember" && kind === "workshop") return "errors.notFound";
  return row.refused?.[role] ?? "errors.forbidden";
}

describe("authorisation sweep", () => {
  let s: Sweep;
  beforeAll(async () => {
    s = await sweepWorkshop();
  });

  it("covers every declared action, each declared once", () => {
    const names = declaredActions().map((action) => action.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...Object.keys(matrix), ...open].sort());
  });

  it("refuses every role that may not act on another's data, and writes nothing", { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const action of declaredActions()) {
      const row = matrix[action.name];
      if (!row) continue;
      for (const role of roles) {
        if (row.allowed.includes(role)) continue;
        const args = action.kind === "workshop" ? [s.slug, ...row.args(s)] : row.args(s);
        const before = await databaseDigest();
        const result = await call({ declaration: action }, s.as[role], ...args);
        const after = await databaseDigest();
        calls += 1;
        const expected = expectedRefusal(action.kind, role, row);
        const got = result.ok ? "ok" : result.code;
        if (got !== expected) mismatches.push(`${action.name} as ${role}: ${got}, expected ${expected}`);
        if (before !== after) mismatches.push(`${action.name} as ${role}: the database changed`);
      }
    }
    expect(mismatches).toEqual([]);
    // The size of the sweep, for the record (docs/security.md).
    console.info(`authorisation sweep: ${declaredActions().length} actions, ${calls} refused calls`);
    expect(calls).toBeGreaterThan(300);
  });
});
