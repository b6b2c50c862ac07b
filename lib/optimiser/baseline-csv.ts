// CSV import and export of a delegation's economic base (issue 16), with the conventions of every
// import (lib/csv/table.ts) and of the industry-plan CSV (lib/industries/csv.ts): `industry_code`
// is the GB/T 4754-2017 division (one digit left-padded, full-width digits accepted),
// `industry_name` is informational, numbers may carry thousands separators. One row per industry;
// an industry listed twice is an error on its second row. Pure.
import { toCsv } from "@/lib/csv/rfc4180";
import { normaliseIndustryCode, normaliseNumber, parseCsvTable, type CsvTableResult } from "@/lib/csv/table";
import { industryByCode } from "@/lib/industries/classification";
import type { Locale } from "@/lib/i18n/locales";
import { fieldErrorsOf } from "@/lib/server/result";
import { baselineRowSchema, type BaselineRow } from "./baseline-schema";

export const baselineCsvColumns = [
  "industry_code",
  "industry_name",
  "employment",
  "output",
  "exports",
  "source",
  "year",
] as const;
export type BaselineCsvColumn = (typeof baselineCsvColumns)[number];

const columnOfField: Record<keyof BaselineRow, BaselineCsvColumn> = {
  industryCode: "industry_code",
  employment: "employment",
  output: "output",
  exports: "exports",
  source: "source",
  year: "year",
};

export function parseBaselineCsv(text: string): CsvTableResult<BaselineRow, BaselineCsvColumn> {
  const seen = new Set<string>();
  return parseCsvTable(text, {
    columns: baselineCsvColumns,
    required: ["industry_code", "employment"],
    row: (cells) => {
      const parsed = baselineRowSchema.safeParse({
        industryCode: normaliseIndustryCode(cells.industry_code),
        employment: normaliseNumber(cells.employment),
        output: normaliseNumber(cells.output),
        exports: normaliseNumber(cells.exports),
        source: cells.source,
        year: normaliseNumber(cells.year),
      });
      if (!parsed.success) {
        const problems = Object.entries(fieldErrorsOf(parsed.error)).map(([path, message]) => ({
          field: columnOfField[path as keyof BaselineRow] ?? ("row" as const),
          message,
        }));
        problems.sort((a, b) => order(a.field) - order(b.field));
        return { ok: false, problems };
      }
      if (seen.has(parsed.data.industryCode)) {
        return { ok: false, problems: [{ field: "industry_code", message: "errors.duplicateIndustry" }] };
      }
      seen.add(parsed.data.industryCode);
      return { ok: true, row: parsed.data };
    },
  });
}

const order = (field: BaselineCsvColumn | "row") => (field === "row" ? -1 : baselineCsvColumns.indexOf(field));

const number = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** The base as a file to edit and import back (the template when there are no rows). */
export function serializeBaselineCsv(rows: Iterable<BaselineRow>, locale: Locale): string {
  const name = (code: string) => {
    const industry = industryByCode(code);
    return industry ? (locale === "zh-CN" ? industry.nameZh : industry.nameEn) : "";
  };
  return toCsv([
    [...baselineCsvColumns],
    ...[...rows].map((row) => [
      row.industryCode,
      name(row.industryCode),
      String(row.employment),
      number(row.output),
      number(row.exports),
      row.source,
      number(row.year),
    ]),
  ]);
}
