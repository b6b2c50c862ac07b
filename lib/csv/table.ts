// Importing a CSV file of rows with named columns (pure: no I/O), the conventions every import of
// the app shares (the industry plans, the economic base):
// - a header row of column names in any order, matched case-insensitively after trimming; unknown
//   columns are ignored; a missing required column or one given twice is a file error;
// - a file that did not decode as UTF-8 (U+FFFD), an empty file, or more rows than allowed is a
//   file error; blank lines and rows of blank cells (Excel's ",,,,") are skipped;
// - each row is checked by the caller's `row` function; its problems name the CSV column and the
//   physical line where the record starts (the header is line 1), with the offending value;
// - all or nothing: any error means no rows; at most MAX_ROW_ERRORS are listed, the rest counted.
// Errors carry message keys (messages/*.json).
import { parseCsv, unguardFormula } from "./rfc4180";

export const DEFAULT_MAX_ROWS = 10_000;
export const MAX_ROW_ERRORS = 200;
const MAX_ERROR_VALUE_LENGTH = 100;

export interface CsvRowError<Column extends string> {
  line: number;
  /** A column, or "row" for a problem with the row as a whole. */
  field: Column | "row";
  /** Message key. */
  message: string;
  /** Parameters of the message, if it has any. */
  params?: Record<string, string | number>;
  /** The offending cell (shortened to 100 characters). */
  value?: string;
}

export type CsvTableResult<Row, Column extends string> =
  | { ok: true; rows: Row[] }
  | {
      ok: false;
      /** Message keys of problems with the file as a whole; translate each with `detail` as parameters. */
      fileErrors: string[];
      /** Parameters of the file errors: `columns` (csvMissingColumns), `duplicates` (csvDuplicateColumns), `max` (csvTooManyRows). */
      detail: Record<string, string | number>;
      /** In line order, at most MAX_ROW_ERRORS. */
      rowErrors: Array<CsvRowError<Column>>;
      /** How many row errors were left out of `rowErrors` (errors.csvMoreRowErrors, `{count}`). */
      omittedRowErrors: number;
    };

/** What a row check reports: a problem in a column (its value is attached), or with the row. */
export type RowProblem<Column extends string> = {
  field: Column | "row";
  message: string;
  params?: Record<string, string | number>;
};

export interface CsvTableSpec<Row, Column extends string> {
  columns: readonly Column[];
  required: readonly Column[];
  maxRows?: number;
  /** Checks one row's cells (every column present, "" when absent); problems in column order. */
  row: (cells: Record<Column, string>) => { ok: true; row: Row } | { ok: false; problems: Array<RowProblem<Column>> };
}

const isBlank = (fields: readonly string[]) => fields.every((field) => field.trim() === "");
const shorten = (value: string) =>
  value.length > MAX_ERROR_VALUE_LENGTH ? `${value.slice(0, MAX_ERROR_VALUE_LENGTH)}…` : value;

function fileFailure<Row, Column extends string>(
  fileErrors: string[],
  detail: Record<string, string | number> = {},
): CsvTableResult<Row, Column> {
  return { ok: false, fileErrors, detail, rowErrors: [], omittedRowErrors: 0 };
}

export function parseCsvTable<Row, Column extends string>(
  text: string,
  spec: CsvTableSpec<Row, Column>,
): CsvTableResult<Row, Column> {
  // A file saved in another encoding (Excel's plain "CSV" is GBK on Chinese Windows) decodes to
  // U+FFFD replacement characters: say so, rather than import garbled names.
  if (text.includes("\uFFFD")) return fileFailure(["errors.csvNotUtf8"]);

  const { records: allRecords, unterminated } = parseCsv(text);
  const records = allRecords.filter((record) => !isBlank(record.fields));
  const header = records[0];
  if (!header) return fileFailure([unterminated ? "errors.csvUnterminatedQuote" : "errors.csvEmpty"]);

  const names = header.fields.map((name) => name.trim().toLowerCase());
  const index = new Map<Column, number>();
  const duplicates: string[] = [];
  names.forEach((name, position) => {
    if (!(spec.columns as readonly string[]).includes(name)) return;
    const column = name as Column;
    if (index.has(column)) duplicates.push(column);
    else index.set(column, position);
  });
  const missing = spec.required.filter((column) => !index.has(column));
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

  const maxRows = spec.maxRows ?? DEFAULT_MAX_ROWS;
  const dataRecords = records.slice(1);
  if (dataRecords.length > maxRows) return fileFailure(["errors.csvTooManyRows"], { max: maxRows });
  if (dataRecords.length === 0 && !unterminated) return fileFailure(["errors.csvEmpty"]);

  const rowErrors: Array<CsvRowError<Column>> = [];
  let omittedRowErrors = 0;
  const report = (error: CsvRowError<Column>) => {
    if (rowErrors.length < MAX_ROW_ERRORS) rowErrors.push(error);
    else omittedRowErrors++;
  };

  const rows: Row[] = [];
  const positions = spec.columns.map((column) => index.get(column));
  for (const { fields, line } of dataRecords) {
    const cells = {} as Record<Column, string>;
    spec.columns.forEach((column, i) => {
      const position = positions[i];
      cells[column] = position === undefined ? "" : unguardFormula(fields[position] ?? "");
    });
    const errors: Array<CsvRowError<Column>> = [];
    if (fields.length > names.length && !isBlank(fields.slice(names.length)))
      errors.push({ line, field: "row", message: "errors.csvExtraCells" });
    const checked = spec.row(cells);
    if (checked.ok) {
      if (errors.length === 0) rows.push(checked.row);
    } else {
      for (const { field, message, params } of checked.problems) {
        const value = field === "row" ? "" : cells[field];
        errors.push({
          line,
          field,
          message,
          ...(params ? { params } : {}),
          ...(value ? { value: shorten(value) } : {}),
        });
      }
    }
    errors.forEach(report);
  }

  if (unterminated) {
    const column = spec.columns.find((name) => index.get(name) === unterminated.column);
    report({ line: unterminated.line, field: column ?? "row", message: "errors.csvUnterminatedQuote" });
  }

  if (rowErrors.length > 0 || omittedRowErrors > 0)
    return { ok: false, fileErrors: [], detail: {}, rowErrors, omittedRowErrors };
  return { ok: true, rows };
}

/** A GB/T 4754 division code as spreadsheets write it: Excel turns "06" into 6, full-width digits. */
export function normaliseIndustryCode(cell: string): string {
  const code = cell.normalize("NFKC").trim();
  return /^\d$/.test(code) ? `0${code}` : code;
}

/** Full-width digits and thousands separators ("1,200,000") as spreadsheets may write them. */
export function normaliseNumber(cell: string): string | undefined {
  const text = cell.normalize("NFKC").trim();
  if (text === "") return undefined;
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, "") : text;
}
