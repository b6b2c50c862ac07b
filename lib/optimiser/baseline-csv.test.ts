// The economic base as CSV: the shared import conventions (padding, separators, all or nothing),
// one located error per problem, a duplicate industry, and export → import giving the same rows.
import { describe, expect, it } from "vitest";
import { parseBaselineCsv, serializeBaselineCsv } from "./baseline-csv";

const HEADER = "industry_code,industry_name,employment,output,exports,source,year";

describe("economic base CSV", () => {
  it("reads rows as spreadsheets write them", () => {
    const result = parseBaselineCsv(
      `${HEADER}\n7,Oil,"180,000",1200.5,,Statistical yearbook,2003\n３６,,330000,,,,\n,,,,,,\n`,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { industryCode: "07", employment: 180_000, output: 1200.5, source: "Statistical yearbook", year: 2003 },
        { industryCode: "36", employment: 330_000, source: "" },
      ],
    });
  });

  it("names each problem with its line and column, and imports nothing", () => {
    const result = parseBaselineCsv(`${HEADER}\n99,,10,,,,\n36,,,-5,,,1800\n36,,1.5,,,,\n13,,100,,,,\n13,,200,,,,\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowErrors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, "industry_code", "errors.unknownIndustry"],
      [3, "employment", "errors.required"],
      [3, "output", "errors.outOfRange"],
      [3, "year", "errors.outOfRange"],
      [4, "employment", "errors.wholeNumber"],
      [6, "industry_code", "errors.duplicateIndustry"],
    ]);
  });

  it("refuses a file without the required columns", () => {
    expect(parseBaselineCsv("industry_code,output\n36,5\n")).toMatchObject({
      ok: false,
      fileErrors: ["errors.csvMissingColumns"],
      detail: { columns: "employment" },
    });
  });

  it("exports what it imports", () => {
    const rows = [
      { industryCode: "07", employment: 180_000, output: 1200.5, exports: 30, source: "Yearbook, table 3", year: 2003 },
      { industryCode: "36", employment: 330_000, source: "" },
    ];
    const text = serializeBaselineCsv(rows, "zh-CN");
    expect(text.split("\n")[1]).toContain("石油");
    expect(parseBaselineCsv(text)).toEqual({ ok: true, rows });
  });
});
