// CSV import and export of a delegation's plan entries (pure: no I/O). The caller decodes the upload
// as UTF-8 (TextDecoder, non-fatal) and writes the export with `text/csv; charset=utf-8`.
//
// Format decisions:
// - Header row with the English column names of `planCsvColumns`, in any order, matched
//   case-insensitively after trimming; unknown columns are ignored, a missing required column or a
//   column given twice is a file error. Exports always write the canonical header.
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
import { parseCsv, toCsv, unguardFormula } from "@/lib/csv/rfc4180";

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

export const DEFAULT_MAX_ROWS = 10_000;
export const MAX_ROW_ERRORS = 200;
const MAX_ERROR_VALUE_LENGTH = 100;

export interface PlanCsvRowError {
  line: number;
  /** A column of `planCsvColumns`, or "row" for a problem with the row as a whole. */
  field: PlanCsvColumn | "row";
  /** Message key. */
  message: string;
  /** Parameters of the message, if it has any. */
  params?: Record<string, string | number>;
  /** The offending cell (shortened to 100 characters). */
  value?: string;
}

export type PlanCsvResult =
  | { ok: true; rows: PlanEntryInput[] }
  | {
      ok: false;
      /** Message keys of problems with the file as a whole; translate each with `detail` as parameters. */
      fileErrors: string[];
      /** Parameters of the file errors: `columns` (csvMissingColumns), `duplicates` (csvDuplicateColumns), `max` (csvTooManyRows). */
      detail: Record<string, string | number>;
      /** In line order, at most MAX_ROW_ERRORS. */
      rowErrors: PlanCsvRowError[];
      /** How many row errors were left out of `rowErrors` (errors.csvMoreRowErrors, `{count}`). */
      omittedRowErrors: number;
    };

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

function fileFailure(fileErrors: string[], detail: Record<string, string | number> = {}): PlanCsvResult {
  return { ok: false, fileErrors, detail, rowErrors: [], omittedRowErrors: 0 };
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === "");
}

export function parsePlanCsv(text: string, options: PlanCsvParseOptions): PlanCsvResult {
  // A file saved in another encoding (Excel's plain "CSV" is GBK on Chinese Windows) decodes to
  // U+FFFD replacement characters: say so, rather than import garbled names.
  if (text.includes("\uFFFD")) return fileFailure(["errors.csvNotUtf8"]);

  const { records: allRecords, unterminated } = parseCsv(text);
  const records = allRecords.filter((record) => !isBlank(record.fields));
  const header = records[0];
  if (!header) return fileFailure([unterminated ? "errors.csvUnterminatedQuote" : "errors.csvEmpty"]);

  const names = header.fields.map((name) => name.trim().toLowerCase());
  const index = new Map<PlanCsvColumn, number>();
  const duplicates: string[] = [];
  names.forEach((name, position) => {
    if (!(planCsvColumns as readonly string[]).includes(name)) return;
    const column = name as PlanCsvColumn;
    if (index.has(column)) duplicates.push(column);
    else index.set(column, position);
  });
  const missing = requiredColumns.filter((column) => !index.has(column));
  const fileErrors: string[] = [];
  const detail: Record<string, string | number> = {};
  if (missing.length > 0) {
    fileErrors.push("errors.csvMissingColumns");
    detail.columns = missing.join(", ");
  }
  if (duplicates.length > 0) {
    fileErrors.push("errors.csvDuplicateColumns");
    detail.duplicates = [...new Set(duplicates)].join(", ");
  }
  if (fileErrors.length > 0) return fileFailure(fileErrors, detail);

  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const dataRecords = records.slice(1);
  if (dataRecords.length > maxRows) return fileFailure(["errors.csvTooManyRows"], { max: maxRows });
  if (dataRecords.length === 0 && !unterminated) return fileFailure(["errors.csvEmpty"]);

  const rowErrors: PlanCsvRowError[] = [];
  let omittedRowErrors = 0;
  const report = (error: PlanCsvRowError) => {
    if (rowErrors.length < MAX_ROW_ERRORS) rowErrors.push(error);
    else omittedRowErrors++;
  };

  const rows: PlanEntryInput[] = [];
  const positions = planCsvColumns.map((column) => index.get(column));

  for (const record of dataRecords) {
    const { fields, line } = record;
    const cells = {} as Record<PlanCsvColumn, string>;
    planCsvColumns.forEach((column, i) => {
      const position = positions[i];
      cells[column] = position === undefined ? "" : unguardFormula(fields[position] ?? "");
    });
    const errors: PlanCsvRowError[] = [];
    const cellError = (field: PlanCsvColumn, message: string, params?: Record<string, string | number>) => {
      const value = cells[field];
      errors.push({
        line,
        field,
        message,
        ...(params ? { params } : {}),
        ...(value !== "" ? { value: shorten(value) } : {}),
      });
    };

    if (fields.length > names.length && !isBlank(fields.slice(names.length)))
      errors.push({ line, field: "row", message: "errors.csvExtraCells" });

    const clusterName = cells.cluster.trim();
    const clusterId = clusterName === "" ? undefined : options.clusters.get(clusterKey(clusterName));
    if (clusterName !== "" && clusterId === undefined) cellError("cluster", "errors.unknownCluster");

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
    if (parsed.success) {
      if (errors.length === 0) rows.push(parsed.data);
    } else {
      const reported = new Set<string>();
      for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
        const column = columnOfField[path.split(".")[0] ?? ""];
        if (column === undefined) errors.push({ line, field: "row", message });
        else if (!reported.has(column)) {
          reported.add(column);
          cellError(column, message);
        }
      }
    }
    if (errors.length > 1) errors.sort((a, b) => columnOrder(a.field) - columnOrder(b.field));
    errors.forEach(report);
  }

  if (unterminated) {
    const column = planCsvColumns.find((name) => index.get(name) === unterminated.column);
    report({ line: unterminated.line, field: column ?? "row", message: "errors.csvUnterminatedQuote" });
  }

  if (rowErrors.length > 0 || omittedRowErrors > 0)
    return { ok: false, fileErrors: [], detail: {}, rowErrors, omittedRowErrors };
  return { ok: true, rows };
}

function columnOrder(field: PlanCsvColumn | "row"): number {
  return field === "row" ? -1 : planCsvColumns.indexOf(field);
}

function shorten(value: string): string {
  return value.length > MAX_ERROR_VALUE_LENGTH ? `${value.slice(0, MAX_ERROR_VALUE_LENGTH)}…` : value;
}

function normaliseIndustryCode(cell: string): string {
  const code = cell.normalize("NFKC").trim();
  return /^\d$/.test(code) ? `0${code}` : code;
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

/** Full-width digits and thousands separators ("1,200,000") as spreadsheets may write them. */
function normaliseNumber(cell: string): string | undefined {
  const text = cell.normalize("NFKC").trim();
  if (text === "") return undefined;
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, "") : text;
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
