import { describe, expect, it } from "vitest";
import { parseCsv, unguardFormula } from "@/lib/csv/rfc4180";
import type { Locale } from "@/lib/i18n/locales";
import { PLAN_CSV_TABLES, renderPlanCsv, type PlanCsvTable } from "./csv";
import type { PlanExport } from "./content";
import { documentInput, samplePlan } from "./fixtures";

function read(
  table: PlanCsvTable,
  { locale = "en", draft = false, plan = samplePlan() }: { locale?: Locale; draft?: boolean; plan?: PlanExport } = {},
) {
  const text = renderPlanCsv(documentInput(plan, locale, draft), table);
  const { records, unterminated } = parseCsv(text);
  expect(unterminated).toBeUndefined();
  const [header = [], ...rows] = records.map((r) => r.fields.map(unguardFormula));
  const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
  return { text, header, rows, column };
}

describe("the plan's CSV tables", () => {
  it("start with a BOM, use CRLF, and give every row the plan version (or draft)", () => {
    for (const table of PLAN_CSV_TABLES) {
      const { text, header, rows } = read(table);
      expect(text.startsWith("\uFEFFplan_version,")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.length))).toEqual(new Set([header.length]));
      expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([String(samplePlan().content.version)]));
      expect(new Set(read(table, { draft: true }).rows.map((row) => row[0]))).toEqual(new Set(["draft"]));
    }
  });

  it("clauses: every agreed clause numbered as in the documents, then those not agreed, texts exact", () => {
    const plan = samplePlan();
    const { column, rows } = read("clauses", { plan });
    const agreed = plan.content.sections.flatMap((s) => s.clauses);
    expect(rows).toHaveLength(agreed.length + plan.content.notAgreed.length);
    expect(column("number")).toEqual(["1.1", "2.1", "3.1", "B.1"]);
    expect(column("title")).toEqual([...agreed, ...plan.content.notAgreed].map((c) => c.title));
    expect(column("text")).toEqual([...agreed, ...plan.content.notAgreed].map((c) => c.text));
    expect(column("status")).toEqual(["AGREED", "AGREED", "AGREED", plan.content.notAgreed[0]!.status]);
  });

  it("clauses: default section titles follow the reader's language, others stay as written", () => {
    expect(read("clauses").column("section")[0]).toBe("Industries and specialisation");
    const zh = read("clauses", { locale: "zh-CN" }).column("section");
    expect(zh[0]).not.toBe("Industries and specialisation");
    expect(zh[1]).toBe("Shared services 共享服务");
  });

  it("stances: one row per clause and delegation, with positions as codes and reasons", () => {
    const plan = samplePlan();
    const { rows, column } = read("stances", { plan });
    const clauses = [...plan.content.sections.flatMap((s) => s.clauses), ...plan.content.notAgreed];
    expect(rows).toHaveLength(clauses.reduce((n, c) => n + c.stances.length, 0));
    expect(column("reason")).toContain("符合一汽集团的产能规划。");
    expect(new Set(column("position"))).toEqual(new Set(clauses.flatMap((c) => c.stances.map((s) => s.position))));
  });

  it("costs: exact amounts in major units, shares that add up to the cost", () => {
    const plan = samplePlan();
    const { rows, column } = read("costs", { plan });
    const service = plan.content.costSharing[0]!;
    expect(rows).toHaveLength(service.shares.length);
    const minor = (text: string) => Number(text.replace(".", ""));
    expect(column("share").reduce((sum, share) => sum + minor(share!), 0)).toBe(service.annualCostMinor);
    expect(minor(column("annual_cost")[0]!)).toBe(service.annualCostMinor);
  });

  it("industries: every submitted entry, decimals exact, both names, and typed formulas defused", () => {
    const plan = samplePlan();
    const { text, column } = read("industries", { plan });
    expect(column("industry_name_zh")).toEqual(plan.content.industryPlans.map((e) => e.nameZh));
    expect(column("target_value")).toEqual(["1200000", "3000000.5", ""]);
    expect(column("hub_cities")[0]).toBe("沈阳 Shenyang; 大连 Dalian");
    expect(column("rationale")[2]).toBe('=HYPERLINK("https://example.test","soy")');
    expect(text).toContain(`"'=HYPERLINK(""https://example.test"",""soy"")"`);
  });

  it("ballots: one row per option and delegation, the winner marked", () => {
    const plan = samplePlan();
    const ballot = plan.content.ballots[0]!;
    const { rows, column } = read("ballots", { plan });
    expect(rows).toHaveLength(ballot.options.length * Object.keys(ballot.support).length);
    const winners = rows.filter((_, i) => column("winner")[i] === "true").map((_, i) => i);
    expect(winners.length).toBe(ballot.tie ? 0 : Object.keys(ballot.support).length);
    const first = Object.keys(ballot.support)[0]!;
    expect(Number(column("support")[0])).toBeCloseTo(ballot.support[first]![0]!, 4);
  });
});
