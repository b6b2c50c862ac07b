// The tables and label/value lists the plan documents share, built once from the frozen content in
// the reader's language: columns (header, relative width, alignment) and rows of text, with the few
// marks a layout needs. The PDF, DOCX and Markdown renderers only lay them out, so the documents
// cannot drift apart. Pure.
import { industryByCode } from "@/lib/industries/classification";
import type { PlanClause, PlanContent, PlanDivision, PlanSignatureRecord } from "./content";
import { ballotResult, fill, inPlanOrder, labelOf, type DocumentFormat } from "./document-format";
import type { DocumentLabels } from "./labels";
import { markdownToText } from "./markdown-text";

type Ballot = PlanContent["ballots"][number];
type CostService = PlanContent["costSharing"][number];
type IndustryPlan = PlanContent["industryPlans"][number];

/** `width` is relative to the other columns' (per cent where they add up to 100). */
export type TableColumn = { header: string; width: number; align?: "right" | "center" };
export type TableRow = {
  cells: string[];
  bold?: boolean;
  /** A total: set off like the header row. */
  shade?: boolean;
  /** Secondary text, such as an entry's rationale. */
  muted?: boolean;
  /** One cell across the whole table. */
  span?: boolean;
  /** The next row continues this one's entry: laid out as one. */
  joinNext?: boolean;
};
export type Table = { columns: TableColumn[]; rows: TableRow[] };
/** Label and value pairs, laid out as a two-column list; an empty label marks a note on its own. */
export type Facts = Array<[string, string]>;

/** The plan's facts on the title page. */
export function titleFacts(content: PlanContent, labels: DocumentLabels, format: DocumentFormat): Facts {
  return [
    [labels.region, content.workshop.region],
    [labels.horizons, format.horizons().join("\n")],
    [labels.consensusRule, labelOf(labels.consensusRules, content.workshop.consensusRule)],
    [labels.delegations, content.delegations.map((d) => d.name).join("\n")],
    [labels.date, format.date(content.frozenAt)],
    [labels.version, fill(labels.versionNumber, { version: content.version })],
  ];
}

/** Each delegation's stance on a clause (annexes A and B). */
export function stanceTable(clause: PlanClause, labels: DocumentLabels, format: DocumentFormat): Table {
  return {
    columns: [
      { header: labels.delegation, width: 24 },
      { header: labels.position, width: 16 },
      { header: labels.reason, width: 60 },
    ],
    rows: clause.stances.map((stance) => ({
      cells: [format.delegation(stance.delegation), labelOf(labels.positions, stance.position), stance.reason || "—"],
    })),
  };
}

export function costFacts(service: CostService, labels: DocumentLabels, format: DocumentFormat): Facts {
  return [
    [labels.annualCost, format.money(service.annualCostMinor, service.currency)],
    [labels.allocationRule, service.rule || "—"],
  ];
}

/** Each delegation's share of a service's annual cost, and the total (which may differ from the cost). */
export function costTable(service: CostService, labels: DocumentLabels, format: DocumentFormat): Table {
  const sum = service.shares.reduce((total, share) => total + share.shareMinor, 0);
  const percent = (minor: number) => format.percent(service.annualCostMinor ? minor / service.annualCostMinor : NaN);
  return {
    columns: [
      { header: labels.delegation, width: 50 },
      { header: labels.share, width: 30, align: "right" },
      { header: labels.percent, width: 20, align: "right" },
    ],
    rows: [
      ...service.shares.map((share) => ({
        cells: [
          format.delegation(share.delegation),
          format.money(share.shareMinor, service.currency),
          percent(share.shareMinor),
        ],
      })),
      { cells: [labels.total, format.money(sum, service.currency), percent(sum)], bold: true, shade: true },
    ],
  };
}

/** A ballot without a quorum says so, rather than "Met". */
function quorumText(ballot: Ballot, labels: DocumentLabels): string {
  if (ballot.quorum === null) return labels.quorumNone;
  return ballot.quorumMet ? labels.quorumMet : labels.quorumNotMet;
}

export function ballotFacts(ballot: Ballot, labels: DocumentLabels, format: DocumentFormat): Facts {
  return [
    [labels.method, labelOf(labels.methods, ballot.method)],
    [
      labels.weighting,
      `${labelOf(labels.weightings, ballot.weighting)}; ${ballot.secret ? labels.secretBallot : labels.openBallot}`,
    ],
    [labels.turnout, fill(labels.turnoutValue, { voters: ballot.voters, eligible: ballot.eligible })],
    [labels.quorum, quorumText(ballot, labels)],
    [labels.result, ballotResult(ballot, labels, format)],
  ];
}

/**
 * A ballot's per-delegation support as tables of at most five delegations side by side (more go
 * to further tables), delegations in the plan's order; the winner's row is bold.
 */
export function supportTables(
  ballot: Ballot,
  delegations: PlanContent["delegations"],
  labels: DocumentLabels,
  format: DocumentFormat,
): Table[] {
  const ordered = inPlanOrder(Object.keys(ballot.support), delegations);
  const winner = ballot.winner ? format.option(ballot.winner) : null;
  const tables: Table[] = [];
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

export function analysisFacts(analysis: PlanContent["analysis"], labels: DocumentLabels): Facts {
  return [
    [labels.industriesPlanned, String(analysis.industries)],
    [labels.contested, fill(labels.contestedValue, { contested: analysis.contested, ...analysis.bySeverity })],
  ];
}

/** The industries more than one delegation plans, with how severe the overlap is. */
export function overlapTable(analysis: PlanContent["analysis"], labels: DocumentLabels, format: DocumentFormat): Table {
  return {
    columns: [
      { header: labels.industry, width: 45 },
      { header: labels.plannedBy, width: 35 },
      { header: labels.severity, width: 20, align: "right" },
    ],
    rows: analysis.overlaps.map((overlap) => ({
      cells: [
        `${overlap.industry}  ${format.industry(overlap)}`,
        overlap.delegations.map((code) => format.delegation(code)).join(", "),
        `${format.score(overlap.score)} · ${labelOf(labels.bands, overlap.severity)}`,
      ],
    })),
  };
}

/** The entries by delegation: the plan's delegations in order, then any code the plan does not list. */
function industryPlansByDelegation(content: PlanContent): Array<{ code: string; entries: IndustryPlan[] }> {
  return inPlanOrder(
    content.industryPlans.map((entry) => entry.delegation),
    content.delegations,
  ).map((code) => ({ code, entries: content.industryPlans.filter((entry) => entry.delegation === code) }));
}

/** Annex C: a table of pillar-industry plans per delegation that submitted any. */
export function industryPlanTables(
  content: PlanContent,
  labels: DocumentLabels,
  format: DocumentFormat,
): Array<Table & { delegation: string }> {
  const columns: TableColumn[] = [
    // Widths in per cent: the investment column takes a trillion (CN¥1,000,000,000,000.00) on one line.
    { header: labels.industry, width: 19 },
    { header: labels.horizon, width: 14 },
    { header: labels.priority, width: 10, align: "center" },
    { header: labels.target, width: 17 },
    { header: labels.investment, width: 24, align: "right" },
    { header: labels.hubCities, width: 16 },
  ];
  return industryPlansByDelegation(content).map(({ code, entries }) => ({
    delegation: format.delegation(code),
    columns,
    rows: entries.flatMap((entry): TableRow[] => {
      const cells = [
        `${entry.industry}  ${format.industry(entry)}`,
        labelOf(labels.horizonNames, entry.horizon),
        String(entry.priority),
        entry.targetValue === null ? "—" : `${format.decimal(entry.targetValue)} ${entry.targetUnit ?? ""}`.trim(),
        entry.investmentAmount === null ? "—" : format.decimalMoney(entry.investmentAmount, entry.investmentCurrency),
        format.list(entry.hubCities) || "—",
      ];
      // The rationale is free text of any length: a row of its own across the table, under its entry.
      if (!entry.rationale.trim()) return [{ cells }];
      return [
        { cells, joinNext: true },
        // Written in Markdown: printed as the text it reads as, not with its markers.
        { cells: [format.pair(labels.rationale, markdownToText(entry.rationale))], span: true, muted: true },
      ];
    }),
  }));
}

/** A delegation's signature: who, when, what kind, the statement, and the hash when it is another version's. */
export function signatureFacts(
  signature: PlanSignatureRecord,
  hash: string,
  labels: DocumentLabels,
  format: DocumentFormat,
): Facts {
  return [
    [labels.signer, signature.signer],
    [labels.signedAt, format.date(signature.signedAt)],
    [labels.kind, labelOf(labels.kinds, signature.kind)],
    ...(signature.statement ? [[labels.statement, signature.statement] as [string, string]] : []),
    ...(signature.hash !== hash ? [["", fill(labels.otherHash, { hash: signature.hash })] as [string, string]] : []),
  ];
}

/** Annex D: what the proposal says before its tables (settings, adoption, a conflict's statements). */
export function divisionNotes(division: PlanDivision, labels: DocumentLabels, format: DocumentFormat): string[] {
  const { settings } = division.input;
  return [
    fill(labels.divisionIntro, { number: division.proposal }),
    fill(labels.divisionSettings, {
      penalty: format.quotient(settings.redundancyPenalty),
      partners: settings.partners ? labels.yes : labels.no,
      floor: format.percent(settings.fairnessFloor),
    }),
    division.adoptedAlternative === null
      ? labels.divisionNotAdopted
      : fill(labels.divisionAdopted, { rank: division.adoptedAlternative }),
    ...(division.conflict.length > 0 ? [labels.divisionConflict, ...division.conflict] : []),
  ];
}

/** Annex D: one table per alternative, an industry per row: who leads, partners, gives it up. */
export function divisionTables(
  division: PlanDivision,
  labels: DocumentLabels,
  format: DocumentFormat,
): Array<Table & { title: string }> {
  const columns: TableColumn[] = [
    { header: labels.industry, width: 34 },
    { header: labels.divisionLead, width: 22 },
    { header: labels.divisionPartners, width: 22 },
    { header: labels.divisionGivesUp, width: 22 },
  ];
  return division.alternatives.map((alternative) => {
    const named = (codes: string[], lq: Record<string, number>) =>
      format.list(codes.map((code) => `${format.delegation(code)} (${format.quotient(lq[code] ?? 0)})`)) || "—";
    return {
      title: fill(labels.divisionAlternative, {
        rank: alternative.rank,
        objective: format.quotient(alternative.objective),
        kept: alternative.minimumKept === null ? "—" : format.percent(alternative.minimumKept),
      }),
      columns,
      rows: alternative.assignments.map((a) => {
        const industry = industryByCode(a.industry);
        return {
          cells: [
            `${a.industry}  ${industry ? format.industry(industry) : a.industry}`,
            a.lead === null ? "—" : named([a.lead], a.lq),
            named(a.partners, a.lq),
            named(a.givenUp, a.lq),
          ],
        };
      }),
    };
  });
}
