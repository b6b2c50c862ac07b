// The glossary as the facilitator edits it: one term per line, "English = 中文" (or the two
// columns of a spreadsheet, pasted: separated by a tab). Blank lines and lines starting with # are
// skipped. Checked whole before anything is saved; the first problem is reported with its line.
import type { ErrorCode } from "@/lib/server/result";
import type { GlossaryTerm } from "./glossary";

/** Each side fits a unique index on (workshopId, text) with room to spare, also in Chinese. */
export const MAX_TERM_LENGTH = 800;
export const MAX_TERMS = 500;

export type GlossaryParse = { ok: true; terms: GlossaryTerm[] } | { ok: false; line: number; code: ErrorCode };

export function parseGlossary(text: string): GlossaryParse {
  const terms: GlossaryTerm[] = [];
  const seenEn = new Set<string>();
  const seenZh = new Set<string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const separator = raw.includes("\t") ? raw.indexOf("\t") : raw.indexOf("=");
    if (separator < 0) return { ok: false, line, code: "errors.glossaryPair" };
    const en = raw.slice(0, separator).trim();
    const zh = raw.slice(separator + 1).trim();
    if (!en || !zh) return { ok: false, line, code: "errors.glossaryPair" };
    if (en.length > MAX_TERM_LENGTH || zh.length > MAX_TERM_LENGTH)
      return { ok: false, line, code: "errors.glossaryTooLong" };
    if (seenEn.has(en) || seenZh.has(zh)) return { ok: false, line, code: "errors.glossaryDuplicate" };
    if (terms.length === MAX_TERMS) return { ok: false, line, code: "errors.glossaryTooMany" };
    seenEn.add(en);
    seenZh.add(zh);
    terms.push({ en, zh });
  }
  return { ok: true, terms };
}

/** The text the form starts from: what parseGlossary reads back as the same terms. */
export function formatGlossary(terms: readonly GlossaryTerm[]): string {
  return terms.map(({ en, zh }) => `${en} = ${zh}`).join("\n");
}
