// `npm run verify` end to end: runs scripts/verify.ts with tsx, as the npm script does, against the
// test database (DATABASE_URL, set by the integration setup) on exports written to a temporary
// directory: a signed version, the same file edited, a draft, an unreadable file, and the audit log.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { actorFor, ballotWorkshop } from "@/test/ballots";
import { prisma } from "@/test/db";
import { contentHash } from "@/lib/hash/canonical";
import { buildPlanContent, ratificationState, versionExport } from "./data";
import { freezePlan, signPlan } from "./mutations";
import { signatureSchema } from "./schema";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const directory = mkdtempSync(path.join(os.tmpdir(), "verify-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function verify(...args: string[]): Promise<{ code: number; report: Record<string, unknown> | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      ["--conditions=react-server", "scripts/verify.ts", ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        let report: Record<string, unknown> | null = null;
        try {
          report = JSON.parse(stdout) as Record<string, unknown>;
        } catch {
          // No report: the assertion on `report` shows stderr.
        }
        resolve({ code: error ? Number(error.code ?? 1) : 0, report, stderr });
      },
    );
  });
}

function write(name: string, content: unknown): string {
  const file = path.join(directory, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

describe("npm run verify", { timeout: 120_000 }, () => {
  it("confirms a signed export, rejects an edited one, reads drafts, refuses unreadable files, audits the log", async () => {
    const w = await ballotWorkshop();
    await freezePlan(w.chair);
    const latest = (await ratificationState(w.workshopId)).latest!;
    for (const delegation of [w.alpha, w.beta, w.gamma]) {
      const lead = await actorFor(w.workshopId, "LEAD_DELEGATE", delegation.id);
      const input = signatureSchema.parse({ versionId: latest.id, hash: latest.hash, kind: "ENDORSEMENT" });
      await signPlan(lead, input, "Lead");
    }
    const exported = (await versionExport(w.workshopId, 1))!;

    const signed = await verify(write("signed.json", exported));
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.report).toMatchObject({
      hash: latest.hash,
      matchesFileHash: true,
      matchesFrozenVersion: true,
      schemaIssues: [],
      signatures: { signed: ["AL", "BE", "GA"], missing: [], complete: true },
    });

    const edited = {
      ...exported,
      content: { ...exported.content, workshop: { ...exported.content.workshop, title: "Edited" } },
    };
    const tampered = await verify(write("edited.json", edited));
    expect(tampered.code).toBe(1);
    expect(tampered.report).toMatchObject({ matchesFileHash: false, matchesFrozenVersion: false });

    const content = await buildPlanContent(w.workshopId, 0, new Date());
    const draft = await verify(write("draft.json", { draft: true, content, hash: contentHash(content) }));
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.report).toMatchObject({ draft: true, matchesFileHash: true, matchesFrozenVersion: null });

    const unreadable = await verify(write("broken.json", "{ not json"));
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("not valid JSON");

    const slug = exported.content.workshop.slug;
    const audit = await verify("--audit", slug);
    expect(audit.code, audit.stderr).toBe(0);
    await prisma.$executeRaw`UPDATE "Event" SET "type" = 'plan.tampered'
      WHERE "workshopId" = ${w.workshopId} AND "type" = 'plan.frozen'`;
    const broken = await verify("--audit", slug);
    expect(broken.code).toBe(1);
    expect(broken.report).toMatchObject({ ok: false });
  });
});
