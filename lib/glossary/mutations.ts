import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { appendEvent } from "@/lib/live/events";
import { DomainError } from "@/lib/server/result";
import type { GlossaryTerm } from "./glossary";
import { formatGlossary, parseGlossary } from "./parse";

/** What the form was opened on: saving over someone else's newer glossary is a conflict, not a
 * silent overwrite. */
export function glossaryRevision(terms: readonly GlossaryTerm[]): string {
  return createHash("sha256").update(formatGlossary(terms)).digest("base64url").slice(0, 22);
}

/** Replaces the workshop's glossary with the terms of `text`, whole or not at all. */
export async function saveGlossary(
  workshopId: string,
  actorId: string,
  text: string,
  revision: string,
): Promise<{ terms: number; revision: string }> {
  const parsed = parseGlossary(text);
  if (!parsed.ok)
    throw new DomainError("errors.glossaryLine", { terms: parsed.code }, undefined, { detail: { line: parsed.line } });
  return prisma.$transaction(async (tx) => {
    // The workshop row is locked by appendEvent below; lock it first, so two saves run one after
    // the other and the second sees the first's terms.
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${workshopId} FOR UPDATE`;
    const current = await tx.glossaryTerm.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { en: true, zh: true },
    });
    if (glossaryRevision(current) !== revision) throw new DomainError("errors.editConflict");
    await tx.glossaryTerm.deleteMany({ where: { workshopId } });
    // One timestamp per row, in order, so the list reads back in the order it was written.
    const base = Date.now();
    await tx.glossaryTerm.createMany({
      data: parsed.terms.map((term, index) => ({ workshopId, ...term, createdAt: new Date(base + index) })),
    });
    await appendEvent(tx, { workshopId, actorId, type: "glossary.updated", payload: { terms: parsed.terms.length } });
    return { terms: parsed.terms.length, revision: glossaryRevision(parsed.terms) };
  });
}
