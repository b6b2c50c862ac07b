// CSV import and export of a delegation's plan entries (pure: no I/O). The caller decodes the upload
// as UTF-8 (TextDecoder, non-fatal) and writes the export with `text/csv; charset=utf-8`.
//
// Format decisions (the file-level ones, shared with every import, are in lib/csv/table.ts):
// - Header row with the English column names of `planCsvColumns`; exports always write it.
// - `industry_code` is the GB/T 4754-2017 division code. A one-digit code ("6") is left-padded
//   ("06"), because Excel turns "06" into the number 6 when it opens a CSV. Full-width digits are
//   accepted (NFKC).
// - `industry_name` is informational: ignored on import, written in the export's locale.
// - `horizon`: MEDIUM/LONG in any case, or 中期/长期. Exports write MEDIUM/LONG in every locale.
// - Amounts: plain decimals; "1,000,000" style thousands separators are accepted on import.
// - `hub_cities`: one cell separated by ";" (also "；", "、", "," or "，" on import); exports use ";".
// - `cluster`: the city cluster's NAME (case-insensitive); empty means none.
// - Blank lines and rows whose cells are all blank (Excel writes ",,,," for cleared rows) are skipped.
// - Errors carry message keys (messages/*.json); row errors name the CSV column and the physical
//   line where the record starts (the header is line 1; a quoted cell may span several lines).
// - Import is all or nothing: any error means no rows are returned.
import type { Locale } from "@/lib/i18n/locales";
import { fieldErrorsOf } from "@/lib/server/result";
import { industryByCode } from "./classification";
import { planEntrySchema, type Horizon, type PlanEntryInput } from "./schema";
import { toCsv } from "@/lib/csv/rfc4180";
import {
  normaliseIndustryCode,
  normaliseNumber,
  parseCsvTable,
  type CsvRowError,
  type CsvTableResult,
  type RowProblem,
} from "@/lib/csv/table";

// ---------------------------------------------------------------------------------------------
// The plan format

export const planCsvColumns = [
  "industry_code",
  "industry_name",
  "horizon",
  "target_value",
  "target_unit",
  "investment_amount",
  "investment_currency",
  "hub_cities",
  "priority",
  "rationale",
  "cluster",
] as const;
export type PlanCsvColumn = (typeof planCsvColumns)[number];

const requiredColumns: readonly PlanCsvColumn[] = ["industry_code", "horizon", "priority"];

/** Schema field → CSV column, for error reports. */
const columnOfField: Record<string, PlanCsvColumn> = {
  industryCode: "industry_code",
  horizon: "horizon",
  targetValue: "target_value",
  targetUnit: "target_unit",
  investmentAmount: "investment_amount",
  investmentCurrency: "investment_currency",
  hubCities: "hub_cities",
  priority: "priority",
  rationale: "rationale",
  clusterId: "cluster",
};

export { DEFAULT_MAX_ROWS, MAX_ROW_ERRORS } from "@/lib/csv/table";

export type PlanCsvRowError = CsvRowError<PlanCsvColumn>;
export type PlanCsvResult = CsvTableResult<PlanEntryInput, PlanCsvColumn>;

export interface PlanCsvParseOptions {
  /** City clusters of the workshop: name, trimmed and lowercased (see `clusterNameIndex`) → id. */
  clusters: ReadonlyMap<string, string>;
  maxRows?: number;
}

/** The `clusters` option of `parsePlanCsv`, built from the workshop's clusters. */
export function clusterNameIndex(clusters: Iterable<{ id: string; name: string }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const cluster of clusters) index.set(clusterKey(cluster.name), cluster.id);
  return index;
}

function clusterKey(name: string): string {
  return name.trim().toLowerCase();
}

export function parsePlanCsv(text: string, options: PlanCsvParseOptions): PlanCsvResult {
  return parseCsvTable(text, {
    columns: planCsvColumns,
    required: requiredColumns,
    maxRows: options.maxRows,
    row: (cells) => {
      const problems: Array<RowProblem<PlanCsvColumn>> = [];
      const clusterName = cells.cluster.trim();
      const clusterId = clusterName === "" ? undefined : options.clusters.get(clusterKey(clusterName));
      if (clusterName !== "" && clusterId === undefined)
        problems.push({ field: "cluster", message: "errors.unknownCluster" });
      const parsed = planEntrySchema.safeParse({
        industryCode: normaliseIndustryCode(cells.industry_code),
        horizon: normaliseHorizon(cells.horizon),
        targetValue: normaliseNumber(cells.target_value),
        targetUnit: cells.target_unit,
        investmentAmount: normaliseNumber(cells.investment_amount),
        investmentCurrency: cells.investment_currency,
        hubCities: cells.hub_cities,
        priority: normaliseNumber(cells.priority),
        rationale: cells.rationale,
        clusterId,
      });
      if (!parsed.success) {
        const reported = new Set<string>(problems.map((problem) => problem.field));
        for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
          const column = columnOfField[path.split(".")[0] ?? ""];
          if (column === undefined) problems.push({ field: "row", message });
          else if (!reported.has(column)) {
            reported.add(column);
            problems.push({ field: column, message });
          }
        }
      }
      if (problems.length > 0) {
        problems.sort((a, b) => columnOrder(a.field) - columnOrder(b.field));
        return { ok: false, problems };
      }
      return { ok: true, row: parsed.data! };
    },
  });
}

function columnOrder(field: PlanCsvColumn | "row"): number {
  return field === "row" ? -1 : planCsvColumns.indexOf(field);
}

const horizonWords: Record<string, Horizon> = {
  MEDIUM: "MEDIUM",
  LONG: "LONG",
  中期: "MEDIUM",
  长期: "LONG",
  長期: "LONG",
};

function normaliseHorizon(cell: string): string | undefined {
  const word = cell.trim();
  if (word === "") return undefined;
  return horizonWords[word.toUpperCase()] ?? word;
}

// ---------------------------------------------------------------------------------------------
// Export and template

/** A plan entry to export: PlanEntryInput, or a database row with its amounts converted to numbers. */
export interface PlanCsvEntry {
  industryCode: string;
  horizon: Horizon;
  targetValue?: number | null;
  targetUnit?: string | null;
  investmentAmount?: number | null;
  investmentCurrency?: string | null;
  hubCities: readonly string[];
  priority: number;
  rationale?: string | null;
  clusterId?: string | null;
}

export interface PlanCsvSerializeOptions {
  locale: Locale;
  /** Cluster id → name. An id missing here is exported as no cluster. */
  clusterNames: ReadonlyMap<string, string>;
}

function industryName(code: string, locale: Locale): string {
  const industry = industryByCode(code);
  if (!industry) return "";
  return locale === "zh-CN" ? industry.nameZh : industry.nameEn;
}

function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "" : String(value);
}

export function serializePlanCsv(entries: Iterable<PlanCsvEntry>, options: PlanCsvSerializeOptions): string {
  const rows: string[][] = [[...planCsvColumns]];
  for (const entry of entries) {
    rows.push([
      entry.industryCode,
      industryName(entry.industryCode, options.locale),
      entry.horizon,
      formatNumber(entry.targetValue),
      entry.targetUnit ?? "",
      formatNumber(entry.investmentAmount),
      entry.investmentCurrency ?? "",
      entry.hubCities.join(";"),
      String(entry.priority),
      entry.rationale ?? "",
      entry.clusterId ? (options.clusterNames.get(entry.clusterId) ?? "") : "",
    ]);
  }
  return toCsv(rows);
}

/**
 * A file to fill in: the header and two example rows showing the accepted spellings (Chinese
 * horizon, "、" between cities). Cluster is left empty: names differ from workshop to workshop.
 */
export function planCsvTemplate(locale: Locale): string {
  const zh = locale === "zh-CN";
  const example = (code: string, cells: string[]) => [code, industryName(code, locale), ...cells];
  return toCsv([
    [...planCsvColumns],
    zh
      ? example("39", [
          "中期",
          "5000",
          "亿元产值",
          "12000000000",
          "CNY",
          "沈阳；大连",
          "1",
          "依托现有集成电路装备基础，扩大传感器与工业软件配套。",
          "",
        ])
      : example("39", [
          "MEDIUM",
          "500",
          "billion CNY output",
          "12000000000",
          "CNY",
          "Shenyang; Dalian",
          "1",
          "Builds on existing chip-equipment makers; adds sensors and industrial software.",
          "",
        ]),
    example("36", [
      "长期",
      "1500000",
      zh ? "辆/年" : "vehicles per year",
      "80000000000",
      "CNY",
      "长春、吉林",
      "2",
      "一汽集团带动整车与零部件配套，发展新能源汽车。",
      "",
    ]),
  ]);
}
