import { contentHash } from "@/lib/hash/canonical";
import { planExportSchema, type PlanExport, type PlanSignatureRecord } from "./content";

// Verifying an exported plan file (`npm run --silent verify -- plan.json`). The file's own check
// is pure (recompute the hash of `content`); comparing with the frozen version and its signatures
// needs the database (lib/ratify/data.ts, scripts/verify.ts).

export type FileCheck =
  | {
      ok: true;
      file: PlanExport;
      recomputed: string;
      matchesFileHash: boolean;
      /** Where the file departs from the published schema (docs/plan.schema.json); empty when it conforms. */
      schemaIssues: string[];
    }
  | { ok: false; error: string };

const MAX_ISSUES = 10;

/** The first schema departures as "path: message" (the hash check does not depend on them). */
function schemaIssues(parsed: unknown): string[] {
  const result = planExportSchema.safeParse(parsed);
  if (result.success) return [];
  return result.error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
}

export function checkPlanFile(text: string): FileCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const file = parsed as Partial<PlanExport>;
  if (!file || typeof file !== "object" || typeof file.content !== "object" || file.content === null)
    return { ok: false, error: 'no "content" object: is this a Roundtable plan export?' };
  if (typeof file.hash !== "string") return { ok: false, error: 'no "hash"' };
  const recomputed = contentHash(file.content);
  return {
    ok: true,
    file: file as PlanExport,
    recomputed,
    matchesFileHash: recomputed === file.hash,
    schemaIssues: schemaIssues(parsed),
  };
}

export type SignatureCoverage = {
  /** Delegation codes with a signature for exactly this hash. */
  signed: string[];
  missing: string[];
  /** Signatures given to another hash (they do not cover this content). */
  foreign: string[];
  complete: boolean;
};

export function signatureCoverage(
  hash: string,
  delegations: readonly string[],
  signatures: readonly PlanSignatureRecord[],
): SignatureCoverage {
  const signed = [...new Set(signatures.filter((s) => s.hash === hash).map((s) => s.delegation))];
  const foreign = signatures.filter((s) => s.hash !== hash).map((s) => s.delegation);
  const missing = delegations.filter((d) => !signed.includes(d));
  return { signed, missing, foreign, complete: delegations.length > 0 && missing.length === 0 };
}
