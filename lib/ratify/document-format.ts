// How the plan documents (PDF, DOCX, Markdown, CSV) write values in the reader's language: names of
// delegations and sections, dates, money and exact decimals, lists, and the short runs of text the
// documents share (a clause's horizon, version and proposer). Each renderer joins and lays them out
// its own way. Pure.
import { formatMinor } from "@/lib/costs/allocation";
import type { Locale } from "@/lib/i18n/locales";
import type { PlanAmendment, PlanClause, PlanContent, PlanSignatureRecord } from "./content";
import type { DocumentLabels } from "./labels";

type Ballot = PlanContent["ballots"][number];
type NotAgreed = PlanContent["notAgreed"][number];

/** What every renderer takes. `timeZone` (IANA) is for the printed dates; UTC unless given. */
export type PlanDocumentInput = {
  content: PlanContent;
  hash: string;
  signatures: PlanSignatureRecord[];
  draft: boolean;
  locale: Locale;
  labels: DocumentLabels;
  timeZone?: string;
};

/** Replaces `{name}` in a label template. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** A label for a code from a map, or the code itself when the map does not know it. */
export function labelOf(map: Record<string, string>, code: string): string {
  return map[code] ?? code;
}

/** Formatting shared by the renderers, for one document. */
export function documentFormat(input: PlanDocumentInput) {
  const { content, labels, locale } = input;
  const names = new Map(content.delegations.map((d) => [d.code, d.name]));
  // A default section's title in the document's language; the annex names sections by their title.
  const sectionTitles = new Map(
    content.sections.map((s) => [s.title, (s.key !== null ? labels.sectionTitles[s.key] : undefined) ?? s.title]),
  );
  const dates = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: input.timeZone ?? "UTC",
  });
  const timeZoneName = input.timeZone ?? "UTC";
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const quotient = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Decimal strings are exact ("3000000.5") and are formatted as strings, keeping every digit given.
  // Null when the value is not a decimal or has more fraction digits than Intl takes: printed as written.
  const fractionDigits = (value: string): number | null => {
    const match = /^-?\d+(?:\.(\d+))?$/.exec(value);
    const digits = match?.[1]?.length ?? 0;
    return match && digits <= 20 ? digits : null;
  };
  return {
    /** "Label: value", with the full-width colon in Chinese. */
    pair: (label: string, value: string) => (locale === "zh-CN" ? `${label}：${value}` : `${label}: ${value}`),
    section: (section: { key: string | null; title: string }) =>
      (section.key !== null ? labels.sectionTitles[section.key] : undefined) ?? section.title,
    sectionByTitle: (title: string) => sectionTitles.get(title) ?? title,
    delegation: (code: string | null) => (code === null ? labels.facilitator : (names.get(code) ?? code)),
    date: (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : `${dates.format(date)} (${timeZoneName})`;
    },
    money: (minor: number, currency: string) => {
      try {
        return formatMinor(minor, currency, locale);
      } catch {
        return `${minor} ${currency} (minor units)`;
      }
    },
    /** An exact decimal in major units as money, e.g. "800000000.25" CNY → "CN¥800,000,000.25". */
    decimalMoney: (amount: string, currency: string | null) => {
      const digits = fractionDigits(amount);
      const fallback = `${amount} ${currency ?? ""}`.trim();
      if (digits === null) return fallback;
      try {
        if (!currency)
          return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(amount as `${number}`);
        const { minimumFractionDigits, maximumFractionDigits } = new Intl.NumberFormat(locale, {
          style: "currency",
          currency,
        }).resolvedOptions();
        return new Intl.NumberFormat(locale, {
          style: "currency",
          currency,
          minimumFractionDigits,
          maximumFractionDigits: Math.max(maximumFractionDigits ?? 0, digits),
        }).format(amount as `${number}`);
      } catch {
        return fallback;
      }
    },
    /** An exact decimal with the locale's grouping, e.g. "3000000.5" → "3,000,000.5". */
    decimal: (value: string) => {
      const digits = fractionDigits(value);
      return digits === null
        ? value
        : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value as `${number}`);
    },
    /** Items in a run of text: "a, b" in English, "a、b" in Chinese. */
    list: (items: string[]) => items.join(locale === "zh-CN" ? "、" : ", "),
    percent: (fraction: number) => (Number.isFinite(fraction) ? percent.format(fraction) : "—"),
    score: (value: number) => score.format(value),
    /** A location quotient or an objective: two decimals. */
    quotient: (value: number) => quotient.format(value),
    /** The option's name in the document's language, with the other language after it when it differs. */
    option: (option: Ballot["options"][number]) => {
      const [first, second] = locale === "zh-CN" ? [option.nameZh, option.nameEn] : [option.nameEn, option.nameZh];
      const main = first || second || "—";
      return second && first && second !== first ? `${main} (${second})` : main;
    },
    horizons: () => [
      fill(labels.horizonMedium, {
        from: content.workshop.horizons.medium[0],
        to: content.workshop.horizons.medium[1],
      }),
      fill(labels.horizonLong, { from: content.workshop.horizons.long[0], to: content.workshop.horizons.long[1] }),
    ],
    industry: (industry: { nameEn: string; nameZh: string }) =>
      locale === "zh-CN" ? industry.nameZh || industry.nameEn : industry.nameEn || industry.nameZh,
    /** "1a2b3c4d…" for headers and footers. */
    shortHash: (hash: string) => (hash.length > 16 ? `${hash.slice(0, 16)}…` : hash),
  };
}

export type DocumentFormat = ReturnType<typeof documentFormat>;

/** The ballot's outcome in words. */
export function ballotResult(ballot: Ballot, labels: DocumentLabels, format: DocumentFormat): string {
  if (ballot.tie) return labels.tie;
  if (ballot.winner) return fill(labels.winner, { option: format.option(ballot.winner) });
  return labels.noWinner;
}

/** Signatures by delegation code (the last one given wins). */
export function signaturesByDelegation(signatures: PlanSignatureRecord[]): Map<string, PlanSignatureRecord> {
  return new Map(signatures.map((signature) => [signature.delegation, signature]));
}

/** Horizon, version, proposer and industries of a clause: the renderer joins them on one line. */
export function clauseMetaParts(clause: PlanClause, labels: DocumentLabels, format: DocumentFormat): string[] {
  return [
    labelOf(labels.horizonNames, clause.horizon),
    fill(labels.versionNumber, { version: clause.version }),
    format.pair(labels.proposedBy, format.delegation(clause.proposedBy)),
    ...(clause.industries.length ? [format.pair(labels.industries, clause.industries.join(", "))] : []),
  ];
}

/** Section and status of a clause not agreed (annex B), before its other facts. */
export function notAgreedParts(clause: NotAgreed, labels: DocumentLabels, format: DocumentFormat): string[] {
  return [
    format.pair(labels.section, format.sectionByTitle(clause.section)),
    format.pair(labels.status, labelOf(labels.statuses, clause.status)),
  ];
}

/** Number, status, base version and proposer of the clause's `index`th amendment, for its heading. */
export function amendmentParts(
  amendment: PlanAmendment,
  index: number,
  labels: DocumentLabels,
  format: DocumentFormat,
): string[] {
  return [
    fill(labels.amendment, { number: index + 1 }),
    labelOf(labels.amendmentStatuses, amendment.status),
    fill(labels.onVersion, { version: amendment.baseVersion }),
    format.pair(labels.proposedBy, format.delegation(amendment.proposedBy)),
  ];
}

/** Delegation codes in the plan's order, then any the plan does not list (kept, never dropped). */
export function inPlanOrder(codes: Iterable<string>, delegations: PlanContent["delegations"]): string[] {
  const present = new Set(codes);
  return [...new Set([...delegations.map((d) => d.code), ...present])].filter((code) => present.has(code));
}

/**
 * The sections the agreed part of a document prints, numbered as printed: a section with no agreed
 * clause has nothing to say there, so it prints no empty heading and takes no number (its open
 * clauses are in the "not agreed" annex, under its title). The clause record (annex A) uses the
 * same numbers.
 */
export function printedSections(
  content: PlanContent,
): Array<{ section: PlanContent["sections"][number]; number: number }> {
  return content.sections.filter((s) => s.clauses.length > 0).map((section, i) => ({ section, number: i + 1 }));
}
