// The fixed texts of the exported plan documents (PDF and DOCX), in one language, from the
// `documents` message keys; and the small formatting helpers both renderers share. Pure: no
// database, no Next.js.
import { formatMinor } from "@/lib/costs/allocation";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { PlanAmendment, PlanClause, PlanContent, PlanSignatureRecord, PlanStance } from "./content";

type Ballot = PlanContent["ballots"][number];

/** Templates keep their `{placeholders}`; the renderers fill them with `fill`. */
export type DocumentLabels = {
  draft: string;
  draftNotice: string;
  planTitle: string;
  region: string;
  horizons: string;
  /** {from} {to} */
  horizonMedium: string;
  /** {from} {to} */
  horizonLong: string;
  date: string;
  version: string;
  /** {version} */
  versionNumber: string;
  hash: string;
  /** {hash} */
  hashShort: string;
  consensusRule: string;
  consensusRules: Record<string, string>;
  delegations: string;
  contents: string;
  tocHint: string;
  /** {page} {pages} */
  page: string;
  agreedClauses: string;
  noAgreedClauses: string;
  costSharing: string;
  noCostSharing: string;
  annualCost: string;
  allocationRule: string;
  share: string;
  percent: string;
  total: string;
  ballots: string;
  noBallots: string;
  method: string;
  methods: Record<string, string>;
  weighting: string;
  weightings: Record<string, string>;
  secretBallot: string;
  openBallot: string;
  turnout: string;
  /** {voters} {eligible} */
  turnoutValue: string;
  quorum: string;
  quorumMet: string;
  quorumNotMet: string;
  result: string;
  /** {option} */
  winner: string;
  tie: string;
  noWinner: string;
  option: string;
  supportByDelegation: string;
  analysis: string;
  industriesPlanned: string;
  contested: string;
  /** {contested} {high} {medium} {low} */
  contestedValue: string;
  severity: string;
  bands: Record<string, string>;
  industry: string;
  plannedBy: string;
  noOverlaps: string;
  industryPlans: string;
  industryPlansIntro: string;
  noIndustryPlans: string;
  priority: string;
  target: string;
  investment: string;
  hubCities: string;
  annex: string;
  annexIntro: string;
  notAgreed: string;
  notAgreedIntro: string;
  noNotAgreed: string;
  /** Titles of the default sections, by their key (plan.sections.<key>). */
  sectionTitles: Record<string, string>;
  section: string;
  status: string;
  statuses: Record<string, string>;
  horizon: string;
  horizonNames: Record<PlanClause["horizon"], string>;
  proposedBy: string;
  facilitator: string;
  industries: string;
  amendments: string;
  noAmendments: string;
  /** {number} */
  amendment: string;
  /** {version} */
  onVersion: string;
  rationale: string;
  amendmentStatuses: Record<PlanAmendment["status"], string>;
  stances: string;
  delegation: string;
  position: string;
  reason: string;
  positions: Record<PlanStance["position"], string>;
  signatures: string;
  /** {hash} */
  signaturesIntro: string;
  signer: string;
  signedAt: string;
  kind: string;
  kinds: Record<PlanSignatureRecord["kind"], string>;
  statement: string;
  notSigned: string;
  signatureLine: string;
  nameLine: string;
  dateLine: string;
  /** {hash} */
  otherHash: string;
};

export function documentLabels(t: Translate): DocumentLabels {
  return {
    draft: t("documents.draft"),
    draftNotice: t("documents.draftNotice"),
    planTitle: t("documents.planTitle"),
    region: t("documents.region"),
    horizons: t("documents.horizons"),
    horizonMedium: t("documents.horizonMedium"),
    horizonLong: t("documents.horizonLong"),
    date: t("documents.date"),
    version: t("documents.version"),
    versionNumber: t("documents.versionNumber"),
    hash: t("documents.hash"),
    hashShort: t("documents.hashShort"),
    consensusRule: t("documents.consensusRule"),
    consensusRules: {
      UNANIMITY: t("documents.consensusRules.UNANIMITY"),
      CONSENSUS_MINUS_ONE: t("documents.consensusRules.CONSENSUS_MINUS_ONE"),
      QUALIFIED_MAJORITY: t("documents.consensusRules.QUALIFIED_MAJORITY"),
    },
    delegations: t("documents.delegations"),
    contents: t("documents.contents"),
    tocHint: t("documents.tocHint"),
    page: t("documents.page"),
    agreedClauses: t("documents.agreedClauses"),
    noAgreedClauses: t("documents.noAgreedClauses"),
    costSharing: t("documents.costSharing"),
    noCostSharing: t("documents.noCostSharing"),
    annualCost: t("documents.annualCost"),
    allocationRule: t("documents.allocationRule"),
    share: t("documents.share"),
    percent: t("documents.percent"),
    total: t("documents.total"),
    ballots: t("documents.ballots"),
    noBallots: t("documents.noBallots"),
    method: t("documents.method"),
    methods: {
      PLURALITY: t("documents.methods.PLURALITY"),
      APPROVAL: t("documents.methods.APPROVAL"),
      SCORE: t("documents.methods.SCORE"),
      BORDA: t("documents.methods.BORDA"),
      IRV: t("documents.methods.IRV"),
      SCHULZE: t("documents.methods.SCHULZE"),
    },
    weighting: t("documents.weighting"),
    weightings: {
      PER_VOTER: t("documents.weightings.PER_VOTER"),
      PER_DELEGATION: t("documents.weightings.PER_DELEGATION"),
    },
    secretBallot: t("documents.secretBallot"),
    openBallot: t("documents.openBallot"),
    turnout: t("documents.turnout"),
    turnoutValue: t("documents.turnoutValue"),
    quorum: t("documents.quorum"),
    quorumMet: t("documents.quorumMet"),
    quorumNotMet: t("documents.quorumNotMet"),
    result: t("documents.result"),
    winner: t("documents.winner"),
    tie: t("documents.tie"),
    noWinner: t("documents.noWinner"),
    option: t("documents.option"),
    supportByDelegation: t("documents.supportByDelegation"),
    analysis: t("documents.analysis"),
    industriesPlanned: t("documents.industriesPlanned"),
    contested: t("documents.contested"),
    contestedValue: t("documents.contestedValue"),
    severity: t("documents.severity"),
    bands: {
      none: t("documents.bands.none"),
      low: t("documents.bands.low"),
      medium: t("documents.bands.medium"),
      high: t("documents.bands.high"),
    },
    industry: t("documents.industry"),
    plannedBy: t("documents.plannedBy"),
    noOverlaps: t("documents.noOverlaps"),
    industryPlans: t("documents.industryPlans"),
    industryPlansIntro: t("documents.industryPlansIntro"),
    noIndustryPlans: t("documents.noIndustryPlans"),
    priority: t("documents.priority"),
    target: t("documents.target"),
    investment: t("documents.investment"),
    hubCities: t("documents.hubCities"),
    annex: t("documents.annex"),
    annexIntro: t("documents.annexIntro"),
    notAgreed: t("documents.notAgreed"),
    notAgreedIntro: t("documents.notAgreedIntro"),
    noNotAgreed: t("documents.noNotAgreed"),
    sectionTitles: {
      industries: t("plan.sections.industries"),
      clusters: t("plan.sections.clusters"),
      services: t("plan.sections.services"),
      brands: t("plan.sections.brands"),
      governance: t("plan.sections.governance"),
    },
    section: t("documents.section"),
    status: t("documents.status"),
    statuses: {
      PROPOSED: t("documents.statuses.PROPOSED"),
      UNDER_DISCUSSION: t("documents.statuses.UNDER_DISCUSSION"),
      AGREED: t("documents.statuses.AGREED"),
      PARKED: t("documents.statuses.PARKED"),
      WITHDRAWN: t("documents.statuses.WITHDRAWN"),
    },
    horizon: t("documents.horizon"),
    horizonNames: {
      MEDIUM: t("documents.horizonNames.MEDIUM"),
      LONG: t("documents.horizonNames.LONG"),
      BOTH: t("documents.horizonNames.BOTH"),
    },
    proposedBy: t("documents.proposedBy"),
    facilitator: t("documents.facilitator"),
    industries: t("documents.industries"),
    amendments: t("documents.amendments"),
    noAmendments: t("documents.noAmendments"),
    amendment: t("documents.amendment"),
    onVersion: t("documents.onVersion"),
    rationale: t("documents.rationale"),
    amendmentStatuses: {
      OPEN: t("documents.amendmentStatuses.OPEN"),
      ACCEPTED: t("documents.amendmentStatuses.ACCEPTED"),
      REJECTED: t("documents.amendmentStatuses.REJECTED"),
      WITHDRAWN: t("documents.amendmentStatuses.WITHDRAWN"),
    },
    stances: t("documents.stances"),
    delegation: t("documents.delegation"),
    position: t("documents.position"),
    reason: t("documents.reason"),
    positions: {
      SUPPORT: t("documents.positions.SUPPORT"),
      OBJECT: t("documents.positions.OBJECT"),
      ABSTAIN: t("documents.positions.ABSTAIN"),
      NONE: t("documents.positions.NONE"),
    },
    signatures: t("documents.signatures"),
    signaturesIntro: t("documents.signaturesIntro"),
    signer: t("documents.signer"),
    signedAt: t("documents.signedAt"),
    kind: t("documents.kind"),
    kinds: {
      ENDORSEMENT: t("documents.kinds.ENDORSEMENT"),
      RESERVATION: t("documents.kinds.RESERVATION"),
    },
    statement: t("documents.statement"),
    notSigned: t("documents.notSigned"),
    signatureLine: t("documents.signatureLine"),
    nameLine: t("documents.nameLine"),
    dateLine: t("documents.dateLine"),
    otherHash: t("documents.otherHash"),
  };
}

/** What both renderers take. `timeZone` (IANA) is for the printed dates; UTC unless given. */
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

/** Formatting shared by the PDF and DOCX renderers, for one document. */
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

export type TableColumn = { header: string; width: number; align?: "right" };
export type TableRow = { cells: string[]; bold?: boolean };

/**
 * A ballot's per-delegation support as tables of at most five delegations side by side (more go
 * to further tables), delegations in the plan's order; the winner's row is bold. Shared by the
 * PDF and DOCX renderers, which only lay the tables out.
 */
export function supportTables(
  ballot: Ballot,
  delegations: PlanContent["delegations"],
  labels: DocumentLabels,
  format: DocumentFormat,
): Array<{ columns: TableColumn[]; rows: TableRow[] }> {
  const codes = Object.keys(ballot.support);
  const ordered = [
    ...delegations.map((d) => d.code).filter((code) => codes.includes(code)),
    ...codes.filter((code) => !delegations.some((d) => d.code === code)),
  ];
  const winner = ballot.winner ? format.option(ballot.winner) : null;
  const tables: Array<{ columns: TableColumn[]; rows: TableRow[] }> = [];
  for (let start = 0; start < Math.max(ordered.length, 1); start += 5) {
    const group = ordered.slice(start, start + 5);
    tables.push({
      columns: [
        { header: labels.option, width: 40 },
        ...group.map((code) => ({
          header: format.delegation(code),
          width: 60 / Math.max(group.length, 1),
          align: "right" as const,
        })),
      ],
      rows: ballot.options.map((option, o) => {
        const name = format.option(option);
        return {
          cells: [name, ...group.map((code) => format.percent(ballot.support[code]?.[o] ?? 0))],
          bold: name === winner,
        };
      }),
    });
  }
  return tables;
}

/** Signatures by delegation code (the last one given wins). */
export function signaturesByDelegation(signatures: PlanSignatureRecord[]): Map<string, PlanSignatureRecord> {
  return new Map(signatures.map((signature) => [signature.delegation, signature]));
}
