import { describe, expect, it } from "vitest";
import { guardFormula, parseCsv, toCsv, unguardFormula } from "@/lib/csv/rfc4180";
import {
  clusterNameIndex,
  MAX_ROW_ERRORS,
  parsePlanCsv,
  planCsvColumns,
  planCsvTemplate,
  serializePlanCsv,
  type PlanCsvEntry,
  type PlanCsvResult,
} from "./csv";
import { industries } from "./classification";
import type { PlanEntryInput } from "./schema";

const HEADER = planCsvColumns.join(",");
const clusters = clusterNameIndex([
  { id: "c-liaodong", name: "Liaodong Peninsula" },
  { id: "c-changji", name: "长吉图" },
]);
const clusterNames = new Map([
  ["c-liaodong", "Liaodong Peninsula"],
  ["c-changji", "长吉图"],
]);

function plan(text: string, maxRows?: number): PlanCsvResult {
  return parsePlanCsv(text, { clusters, maxRows });
}

function rowsOf(result: PlanCsvResult): PlanEntryInput[] {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.rows;
}

function failureOf(result: PlanCsvResult) {
  if (result.ok) throw new Error("expected a failure");
  return result;
}

const fields = (text: string) => parseCsv(text).records.map((record) => record.fields);
const lines = (text: string) => parseCsv(text).records.map((record) => record.line);

describe("parseCsv", () => {
  it("reads plain fields with LF, CRLF and CR line ends", () => {
    expect(fields("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields("a,b\r\n1,2\r\n")).toEqual(fields("a,b\n1,2"));
    expect(fields("a,b\r1,2\r")).toEqual(fields("a,b\n1,2"));
    expect(lines("a\r\nb\rc\nd")).toEqual([1, 2, 3, 4]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(fields('"a,b","say ""hi""","x\r\ny\nz",""\n')).toEqual([["a,b", 'say "hi"', "x\r\ny\nz", ""]]);
    expect(fields('""""')).toEqual([['"']]);
  });

  it("strips a UTF-8 BOM and keeps empty fields, including a trailing one", () => {
    expect(fields("\uFEFFa,,c,\n")).toEqual([["a", "", "c", ""]]);
    expect(fields(",")).toEqual([["", ""]]);
  });

  it("ignores empty lines and a trailing newline, counting them for line numbers", () => {
    const text = "h\n\n1\r\n\r\n2\n\n";
    expect(fields(text)).toEqual([["h"], ["1"], ["2"]]);
    expect(lines(text)).toEqual([1, 3, 5]);
    expect(fields("")).toEqual([]);
    expect(fields("\uFEFF\n\n")).toEqual([]);
  });

  it("reports the line where a record starts when it spans lines", () => {
    expect(lines('h\n"multi\nline\r\ncell",x\nnext\n"one\rtwo"\nlast')).toEqual([1, 2, 5, 6, 8]);
  });

  it("is lenient where RFC 4180 is silent", () => {
    expect(fields('ab"c,"d"e')).toEqual([['ab"c', "de"]]);
  });

  it("reports an unterminated quote with the record's line and column", () => {
    const result = parseCsv('h1,h2\n1,2\nx,"never closed\nmore');
    expect(result.records.map((record) => record.fields)).toEqual([
      ["h1", "h2"],
      ["1", "2"],
    ]);
    expect(result.unterminated).toEqual({ line: 3, column: 1 });
  });

  it("keeps Chinese text intact", () => {
    expect(fields("行业,城市\n汽车制造业,长春、吉林")).toEqual([
      ["行业", "城市"],
      ["汽车制造业", "长春、吉林"],
    ]);
  });
});

describe("toCsv", () => {
  it("writes a BOM, CRLF line ends, and quotes only when needed", () => {
    expect(toCsv([["a", "b,c", 'd"e', "f\ng", " pad", "长春"]])).toBe('\uFEFFa,"b,c","d""e","f\ng"," pad",长春\r\n');
  });

  it("guards cells that a spreadsheet would run as formulas", () => {
    for (const cell of ["=1+1", "+86", "-x", "@SUM(A1)", "\tx", "\rx", "'=already"])
      expect(guardFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["12.5", "Dalian", "'plain", "a=b", ""]) expect(guardFormula(cell)).toBe(cell);
    expect(toCsv([['=HYPERLINK("http://x","y")', "\r=1"]])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"",""y"")","\'\r=1"\r\n',
    );
    for (const cell of ["=1", "''-2", "'x", "-", "\t"]) expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it("round-trips through parseCsv", () => {
    const rows = [
      ["a", "", 'q"uote', "multi\r\nline\nand\rmore", "逗号，和,comma"],
      ["=cmd", "-", " spaced ", "", "x"],
    ];
    const parsed = parseCsv(toCsv(rows)).records.map((record) => record.fields.map(unguardFormula));
    expect(parsed).toEqual(rows);
  });
});

describe("parsePlanCsv", () => {
  it("maps columns to plan entries and normalises spellings", () => {
    const text = [
      "\uFEFF Industry_Code ,HORIZON,priority,hub_cities,target_value,target_unit,investment_amount,investment_currency,cluster,notes",
      "36,long,1,长春、吉林；延边,1500000,辆,80000000000,cny,长吉图,ignored",
      '6,中期,2,"Dalian; Yingkou,Dandong",,,"1,200,000",USD, liaodong peninsula ,',
      "３９,Medium,５,,,,,,,",
      "13,长期,3,,,,,,,",
    ].join("\r\n");
    expect(rowsOf(plan(text))).toEqual([
      {
        industryCode: "36",
        horizon: "LONG",
        priority: 1,
        hubCities: ["长春", "吉林", "延边"],
        targetValue: 1500000,
        targetUnit: "辆",
        investmentAmount: 80000000000,
        investmentCurrency: "CNY",
        clusterId: "c-changji",
        rationale: "",
      },
      {
        industryCode: "06",
        horizon: "MEDIUM",
        priority: 2,
        hubCities: ["Dalian", "Yingkou", "Dandong"],
        investmentAmount: 1200000,
        investmentCurrency: "USD",
        clusterId: "c-liaodong",
        rationale: "",
      },
      { industryCode: "39", horizon: "MEDIUM", priority: 5, hubCities: [], rationale: "" },
      { industryCode: "13", horizon: "LONG", priority: 3, hubCities: [], rationale: "" },
    ]);
  });

  it("reports empty files", () => {
    for (const text of ["", "\uFEFF", "\n\r\n", HEADER, `${HEADER}\r\n`, `${HEADER}\n,,,,,,,,,,\n\n`]) {
      expect(failureOf(plan(text)).fileErrors, JSON.stringify(text)).toEqual(["errors.csvEmpty"]);
    }
  });

  it("reports missing required columns, and a column given twice", () => {
    const missing = failureOf(plan("industry_name,priority,rationale\nx,1,y"));
    expect(missing.fileErrors).toEqual(["errors.csvMissingColumns"]);
    expect(missing.detail).toEqual({ columns: "industry_code, horizon" });
    expect(missing.rowErrors).toEqual([]);

    const twice = failureOf(plan("industry_code,horizon,priority,Priority\n36,LONG,1,2"));
    expect(twice.fileErrors).toEqual(["errors.csvDuplicateColumns"]);
    expect(twice.detail).toEqual({ duplicates: "priority" });
  });

  it("refuses files with too many rows, and files that are not UTF-8", () => {
    const text = ["industry_code,horizon,priority", "36,LONG,1", "13,LONG,2", "14,LONG,3"].join("\n");
    expect(rowsOf(plan(text, 3))).toHaveLength(3);
    const tooMany = failureOf(plan(text, 2));
    expect(tooMany.fileErrors).toEqual(["errors.csvTooManyRows"]);
    expect(tooMany.detail).toEqual({ max: 2 });

    const gbkReadAsUtf8 = "industry_code,horizon,priority\n36,LONG,1,\uFFFD\uFFFD";
    expect(failureOf(plan(gbkReadAsUtf8)).fileErrors).toEqual(["errors.csvNotUtf8"]);
  });

  it("reports every row error with its line, column, value and message, and returns no rows", () => {
    const text = [
      "industry_code,horizon,priority,target_value,target_unit,investment_amount,investment_currency,hub_cities,cluster",
      "36,LONG,1,,,,,,", // line 2: fine
      "", // line 3: blank
      "99,SOON,9,abc,,,,,", // line 4
      '13,MEDIUM,2,5,,100,,"Shenyang', // line 5-6: a quoted cell over two lines
      'Dalian",Nowhere', // (line 6)
      ",LONG,,1,t,,EURO,,", // line 7
      "36,long,3,,,,,,", // line 8: the same industry again is fine (another project)
    ].join("\n");
    const failure = failureOf(plan(text));
    expect(failure.fileErrors).toEqual([]);
    expect(failure.omittedRowErrors).toBe(0);
    expect(failure.rowErrors).toEqual([
      { line: 4, field: "industry_code", message: "errors.unknownIndustry", value: "99" },
      { line: 4, field: "horizon", message: "errors.horizon", value: "SOON" },
      { line: 4, field: "target_value", message: "errors.number", value: "abc" },
      { line: 4, field: "priority", message: "errors.priority", value: "9" },
      { line: 5, field: "target_unit", message: "errors.unitRequired" },
      { line: 5, field: "investment_currency", message: "errors.currencyRequired" },
      { line: 5, field: "cluster", message: "errors.unknownCluster", value: "Nowhere" },
      { line: 7, field: "industry_code", message: "errors.required" },
      { line: 7, field: "investment_currency", message: "errors.currency", value: "EURO" },
      { line: 7, field: "priority", message: "errors.priority" },
    ]);
  });

  it("reports hub city limits and cells beyond the header", () => {
    const cities = Array.from({ length: 13 }, (_, i) => `City${i}`).join(";");
    const text = [
      "industry_code,horizon,priority,hub_cities",
      `36,LONG,1,${cities}`,
      `13,LONG,1,${"长".repeat(61)}`,
      "14,LONG,1,Dalian,Yingkou",
    ].join("\n");
    const failure = failureOf(plan(text));
    expect(failure.rowErrors).toEqual([
      { line: 2, field: "hub_cities", message: "errors.tooManyCities", value: cities },
      { line: 3, field: "hub_cities", message: "errors.cityTooLong", value: "长".repeat(61) },
      { line: 4, field: "row", message: "errors.csvExtraCells" },
    ]);
  });

  it("shortens long values in error reports", () => {
    const failure = failureOf(plan(`industry_code,horizon,priority\n36,${"x".repeat(500)},1`));
    expect(failure.rowErrors[0]?.value).toBe(`${"x".repeat(100)}…`);
  });

  it("reports an unterminated quote at the line of its record, after the errors before it", () => {
    const failure = failureOf(
      plan('industry_code,horizon,priority,rationale\n36,LONG,0,ok\n13,LONG,1,"oops\n14,LONG,1,x'),
    );
    expect(failure.rowErrors).toEqual([
      { line: 2, field: "priority", message: "errors.priority", value: "0" },
      { line: 3, field: "rationale", message: "errors.csvUnterminatedQuote" },
    ]);
    expect(failureOf(plan('"industry_code,horizon,priority\n36,LONG,1')).fileErrors).toEqual([
      "errors.csvUnterminatedQuote",
    ]);
  });

  it("caps the error list and counts the rest", () => {
    const rows = Array.from({ length: 250 }, () => "36,NEVER,1");
    const failure = failureOf(plan(["industry_code,horizon,priority", ...rows].join("\n")));
    expect(failure.rowErrors).toHaveLength(MAX_ROW_ERRORS);
    expect(failure.omittedRowErrors).toBe(50);
    expect(failure.rowErrors.at(-1)?.line).toBe(MAX_ROW_ERRORS + 1);
  });

  it("parses and validates 5,000 rows with Chinese text, quotes and commas", () => {
    const pairs = industries.flatMap((industry) => [`${industry.code},MEDIUM`, `${industry.code},LONG`]);
    const header =
      "industry_code,horizon,priority,target_value,target_unit,investment_amount,investment_currency,hub_cities,rationale,cluster";
    const row = (i: number) =>
      `${pairs[i % pairs.length]},${(i % 5) + 1},${i},个,"${i * 1000}",CNY,"沈阳、大连","第${i}行，含""引号""，和逗号,",长吉图`;
    const text = [header, ...Array.from({ length: 5000 }, (_, i) => row(i))].join("\r\n");

    const all = rowsOf(plan(text));
    expect(all).toHaveLength(5000);
    expect(all[4999]).toMatchObject({ targetValue: 4999, investmentAmount: 4999000, hubCities: ["沈阳", "大连"] });

    const distinct = rowsOf(plan([header, ...pairs.map((_, i) => row(i))].join("\r\n")));
    expect(distinct).toHaveLength(pairs.length);
    expect(distinct[7]).toEqual({
      industryCode: industries[3]!.code,
      horizon: "LONG",
      priority: 3,
      targetValue: 7,
      targetUnit: "个",
      investmentAmount: 7000,
      investmentCurrency: "CNY",
      hubCities: ["沈阳", "大连"],
      rationale: '第7行，含"引号"，和逗号,',
      clusterId: "c-changji",
    });
  });
});

describe("serializePlanCsv", () => {
  const entries: PlanCsvEntry[] = [
    {
      industryCode: "36",
      horizon: "LONG",
      targetValue: 1500000,
      targetUnit: "辆/年",
      investmentAmount: 80000000000.5,
      investmentCurrency: "CNY",
      hubCities: ["长春", "吉林"],
      priority: 1,
      rationale: '一汽带动整车，"新能源"\n第二段, with a comma\r\nand CRLF',
      clusterId: "c-changji",
    },
    {
      industryCode: "06",
      horizon: "MEDIUM",
      hubCities: [],
      priority: 5,
      rationale: '=HYPERLINK("http://evil","x")\n- bullet',
      clusterId: null,
      targetValue: null,
      investmentAmount: 0,
      investmentCurrency: "USD",
    },
    {
      industryCode: "39",
      horizon: "MEDIUM",
      hubCities: ["-Dalian", "Shenyang"],
      priority: 3,
      targetValue: 0.25,
      targetUnit: "+share",
      rationale: "",
      clusterId: "c-liaodong",
    },
  ];

  it("writes the header, localised industry names, BOM and CRLF", () => {
    const en = serializePlanCsv(entries, { locale: "en", clusterNames });
    const zh = serializePlanCsv(entries, { locale: "zh-CN", clusterNames });
    expect(
      en.startsWith(
        `\uFEFF${HEADER}\r\n36,Manufacture of automobiles,LONG,1500000,辆/年,80000000000.5,CNY,长春;吉林,1,`,
      ),
    ).toBe(true);
    expect(zh).toContain("\r\n36,汽车制造业,LONG,");
    expect(en.endsWith("\r\n")).toBe(true);
  });

  it("guards formulas in exported cells", () => {
    const csv = serializePlanCsv(entries, { locale: "en", clusterNames });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")\n- bullet"`);
    expect(csv).toContain(",'+share,");
    expect(csv).toContain(",'-Dalian;Shenyang,");
  });

  it("round-trips: parse(serialize(entries)) gives the entries back", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const rows = rowsOf(plan(serializePlanCsv(entries, { locale, clusterNames })));
      expect(rows).toEqual([
        { ...entries[0] },
        {
          industryCode: "06",
          horizon: "MEDIUM",
          hubCities: [],
          priority: 5,
          rationale: entries[1]!.rationale,
          investmentAmount: 0,
          investmentCurrency: "USD",
        },
        { ...entries[2] },
      ]);
    }
  });

  it("exports an unknown cluster id as no cluster", () => {
    const csv = serializePlanCsv(
      [{ industryCode: "13", horizon: "LONG", hubCities: [], priority: 1, clusterId: "gone" }],
      {
        locale: "en",
        clusterNames,
      },
    );
    expect(rowsOf(plan(csv))[0]?.clusterId).toBeUndefined();
  });
});

describe("planCsvTemplate", () => {
  it.each(["en", "zh-CN"] as const)("parses cleanly (%s) with Chinese text in it", (locale) => {
    const template = planCsvTemplate(locale);
    expect(template.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const rows = rowsOf(parsePlanCsv(template, { clusters: new Map() }));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ industryCode: "36", horizon: "LONG", hubCities: ["长春", "吉林"] });
    expect(rows[1]?.rationale).toMatch(/[\u4e00-\u9fff]/);
  });
});
