// The plan's tables as CSV, one file per table, for spreadsheets. Like the project's other CSV
// exports (lib/industries/csv.ts, analysis-csv.ts): snake_case headers and codes for enumerations
// (SUPPORT, AGREED, MEDIUM), so a file reads the same whoever downloaded it; names the plan holds
// in two languages get a column each; titles of default sections are in the reader's language.
// Every row starts with the plan version ("draft" on a draft), so rows of several files can be
// mixed without losing where they came from. Pure.
import { plainAmount } from "@/lib/costs/arrangement";
import { toCsv } from "@/lib/csv/rfc4180";
import type { PlanClause } from "./content";
import { documentFormat, inPlanOrder, type PlanDocumentInput } from "./document-format";

export const PLAN_CSV_TABLES = ["clauses", "stances", "costs", "industries", "ballots"] as const;
export type PlanCsvTable = (typeof PLAN_CSV_TABLES)[number];

export function isPlanCsvTable(value: string | null): value is PlanCsvTable {
  return (PLAN_CSV_TABLES as readonly string[]).includes(value ?? "");
}

type Numbered = { number: string; section: string; clause: PlanClause };

/** Agreed clauses numbered as in the documents ("2.1"), then those not agreed ("B.1"). */
function numberedClauses(input: PlanDocumentInput): Numbered[] {
  const format = documentFormat(input);
  const { sections, notAgreed } = input.content;
  return [
    ...sections.flatMap((section, s) =>
      section.clauses.map((clause, c) => ({ number: `${s + 1}.${c + 1}`, section: format.section(section), clause })),
    ),
    ...notAgreed.map((clause, i) => ({ number: `B.${i + 1}`, section: format.sectionByTitle(clause.section), clause })),
  ];
}

/** A share as a fraction with four decimals ("0.6667"), the way spreadsheets read numbers. */
const fraction = (value: number) => (Number.isFinite(value) ? value.toFixed(4) : "");

const tables: Record<PlanCsvTable, (input: PlanDocumentInput) => string[][]> = {
  clauses: (input) => [
    [
      "number",
      "clause_id",
      "section",
      "title",
      "status",
      "horizon",
      "clause_version",
      "proposed_by",
      "industries",
      "text",
    ],
    ...numberedClauses(input).map(({ number, section, clause }) => [
      number,
      clause.id,
      section,
      clause.title,
      clause.status,
      clause.horizon,
      String(clause.version),
      clause.proposedBy ?? "",
      clause.industries.join(" "),
      clause.text,
    ]),
  ],
  stances: (input) => {
    const format = documentFormat(input);
    return [
      ["number", "clause_id", "title", "delegation", "delegation_name", "position", "reason"],
      ...numberedClauses(input).flatMap(({ number, clause }) =>
        clause.stances.map((stance) => [
          number,
          clause.id,
          clause.title,
          stance.delegation,
          format.delegation(stance.delegation),
          stance.position,
          stance.reason,
        ]),
      ),
    ];
  },
  costs: (input) => {
    const format = documentFormat(input);
    return [
      [
        "service",
        "currency",
        "annual_cost",
        "allocation_rule",
        "delegation",
        "delegation_name",
        "share",
        "share_fraction",
      ],
      ...input.content.costSharing.flatMap((service) =>
        service.shares.map((share) => [
          service.service,
          service.currency,
          plainAmount(service.annualCostMinor, service.currency),
          service.rule,
          share.delegation,
          format.delegation(share.delegation),
          plainAmount(share.shareMinor, service.currency),
          fraction(service.annualCostMinor ? share.shareMinor / service.annualCostMinor : NaN),
        ]),
      ),
    ];
  },
  industries: (input) => {
    const format = documentFormat(input);
    return [
      [
        "delegation",
        "delegation_name",
        "industry_code",
        "industry_name_en",
        "industry_name_zh",
        "horizon",
        "priority",
        "target_value",
        "target_unit",
        "investment_amount",
        "investment_currency",
        "hub_cities",
        "rationale",
      ],
      ...input.content.industryPlans.map((entry) => [
        entry.delegation,
        format.delegation(entry.delegation),
        entry.industry,
        entry.nameEn,
        entry.nameZh,
        entry.horizon,
        String(entry.priority),
        entry.targetValue ?? "",
        entry.targetUnit ?? "",
        entry.investmentAmount ?? "",
        entry.investmentCurrency ?? "",
        entry.hubCities.join("; "),
        entry.rationale,
      ]),
    ];
  },
  ballots: (input) => {
    const format = documentFormat(input);
    const { ballots, delegations } = input.content;
    return [
      [
        "ballot",
        "method",
        "weighting",
        "secret",
        "voters",
        "eligible",
        "quorum_met",
        "tie",
        "option_name_en",
        "option_name_zh",
        "winner",
        "delegation",
        "delegation_name",
        "support",
      ],
      ...ballots.flatMap((ballot) => {
        const codes = inPlanOrder(Object.keys(ballot.support), delegations);
        return ballot.options.flatMap((option, o) =>
          codes.map((code) => [
            ballot.title,
            ballot.method,
            ballot.weighting,
            String(ballot.secret),
            String(ballot.voters),
            String(ballot.eligible),
            String(ballot.quorumMet),
            String(ballot.tie),
            option.nameEn ?? "",
            option.nameZh ?? "",
            String(
              ballot.winner !== null &&
                ballot.winner.nameEn === option.nameEn &&
                ballot.winner.nameZh === option.nameZh,
            ),
            code,
            format.delegation(code),
            fraction(ballot.support[code]?.[o] ?? 0),
          ]),
        );
      }),
    ];
  },
};

/** One table of the plan as CSV text (UTF-8 BOM, CRLF, formula guard: lib/csv/rfc4180.ts). */
export function renderPlanCsv(input: PlanDocumentInput, table: PlanCsvTable): string {
  const [header = [], ...rows] = tables[table](input);
  const version = input.draft ? "draft" : String(input.content.version);
  return toCsv([["plan_version", ...header], ...rows.map((row) => [version, ...row])]);
}
