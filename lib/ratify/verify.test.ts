import { describe, expect, it } from "vitest";
import { contentHash } from "@/lib/hash/canonical";
import { samplePlan } from "./fixtures";
import { checkPlanFile, signatureCoverage } from "./verify";

const content = {
  format: "roundtable-plan/1",
  version: 1,
  delegations: [{ code: "LN" }, { code: "JL" }],
  title: "東北",
};
const signature = (delegation: string, hash: string) => ({
  delegation,
  signer: "Lead",
  signedAt: "2026-11-29T00:00:00.000Z",
  kind: "ENDORSEMENT" as const,
  statement: "",
  hash,
});

describe("verifying a plan file", () => {
  it("recomputes the hash of the content, whatever the file's formatting and key order", () => {
    const hash = contentHash(content);
    const reordered = `{"hash":"${hash}","content":{"title":"東北","version":1,"delegations":[{"code":"LN"},{"code":"JL"}],"format":"roundtable-plan/1"}}`;
    expect(checkPlanFile(reordered)).toMatchObject({ ok: true, recomputed: hash, matchesFileHash: true });
  });

  it("notices an edited content", () => {
    const hash = contentHash(content);
    const edited = JSON.stringify({ hash, content: { ...content, title: "东北" } });
    expect(checkPlanFile(edited)).toMatchObject({ ok: true, matchesFileHash: false });
  });

  it("lists where a file departs from the published schema, without letting that decide the hash check", () => {
    expect(checkPlanFile(JSON.stringify(samplePlan()))).toMatchObject({ ok: true, schemaIssues: [] });
    const hash = contentHash(content);
    const check = checkPlanFile(JSON.stringify({ hash, content }));
    expect(check).toMatchObject({ ok: true, matchesFileHash: true });
    const issues = check.ok ? check.schemaIssues : [];
    expect(issues).toContain("content.workshop: Invalid input: expected object, received undefined");
    expect(issues.length).toBeLessThanOrEqual(10);
  });

  it("explains files it cannot read", () => {
    expect(checkPlanFile("{")).toMatchObject({ ok: false, error: expect.stringContaining("not valid JSON") });
    expect(checkPlanFile("[]")).toMatchObject({ ok: false, error: expect.stringContaining('"content"') });
  });

  it("counts only signatures given to this hash", () => {
    const hash = contentHash(content);
    expect(signatureCoverage(hash, ["LN", "JL"], [signature("LN", hash), signature("JL", "other")])).toEqual({
      signed: ["LN"],
      missing: ["JL"],
      foreign: ["JL"],
      complete: false,
    });
    expect(signatureCoverage(hash, ["LN", "JL"], [signature("LN", hash), signature("JL", hash)]).complete).toBe(true);
  });
});
