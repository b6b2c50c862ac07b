import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { allocateCost } from "./allocation";
import {
  clauseText,
  costDelegations,
  formulaText,
  plainAmount,
  problemMessages,
  readRule,
  ruleLabel,
  statesArrangement,
  type Arrangement,
} from "./arrangement";

const en = createTranslator("en");
const zh = createTranslator("zh-CN");
const delegations = [
  { id: "ln", name: "Liaoning", population: 42, gdp: 600 },
  { id: "jl", name: "Jilin", population: 27, gdp: null },
  { id: "hlj", name: "Heilongjiang", population: 38, gdp: 443 },
];
const blend = [
  { basis: "EQUAL" as const, weight: 0.5 },
  { basis: "POPULATION" as const, weight: 0.5 },
];
const arrangement = (extra: Partial<Arrangement> = {}): Arrangement => ({
  name: "Logistics platform",
  description: "",
  annualCostMinor: 100,
  currency: "CNY",
  rule: blend,
  delegations: costDelegations(delegations, [{ delegationId: "jl", usage: 5, customWeight: null }]),
  ...extra,
});

describe("the arrangement in words", () => {
  it("labels the rule and its formula in both languages", () => {
    expect(ruleLabel(blend, en)).toBe("50% equal shares + 50% population");
    expect(ruleLabel([{ basis: "GDP", weight: 1 }], en)).toBe("GDP");
    expect(formulaText(blend, 3, en)).toBe("share = 50% × 1/3 + 50% × population / total population");
    expect(formulaText(blend, 3, zh)).toBe("分摊比例 = 50% × 1/3 + 50% × 人口 / 总人口");
    expect(formulaText([{ basis: "USAGE", weight: 1 }], 3, en)).toBe("share = declared usage / total declared usage");
  });

  it("matches the English formula of allocateCost", () => {
    const result = allocateCost({
      costMinor: 100,
      currency: "CNY",
      rule: blend,
      delegations: arrangement().delegations,
    });
    expect(result.ok && result.formula).toBe(formulaText(blend, 3, en));
  });

  it("names what is missing, per figure and delegation", () => {
    const result = allocateCost({
      costMinor: 100,
      currency: "CNY",
      rule: [
        { basis: "GDP", weight: 0.5 },
        { basis: "USAGE", weight: 0.5 },
      ],
      delegations: arrangement().delegations,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemMessages(result.problems, delegations, en)).toEqual([
      "Missing GDP figure for: Jilin",
      "Missing usage figure for: Liaoning, Heilongjiang",
    ]);
    expect(problemMessages(result.problems, delegations, zh)).toEqual([
      "缺少GDP数据：Jilin",
      "缺少用量数据：Liaoning、Heilongjiang",
    ]);
  });

  it("states the arrangement as a Markdown clause, or nothing when it cannot be computed", () => {
    const text = clauseText(arrangement({ description: "Runs the regional freight hubs." }), "en");
    expect(text).toBe(
      [
        "**Logistics platform**: annual cost CN¥1.00, shared by 50% equal shares + 50% population.",
        "Runs the regional freight hubs.",
        "Formula: share = 50% × 1/3 + 50% × population / total population",
        "Annual shares:",
        "- Liaoning: CN¥0.36 (36.29%)\n- Jilin: CN¥0.29 (29.28%)\n- Heilongjiang: CN¥0.35 (34.42%)",
        "Total: CN¥1.00. Each share is rounded to the smallest unit of the currency, the units left over going to the largest remainders, so the shares add up exactly to the cost.",
      ].join("\n\n"),
    );
    expect(clauseText(arrangement({ rule: [{ basis: "GDP", weight: 1 }] }), "en")).toBeNull();
    expect(statesArrangement(clauseText(arrangement(), "zh-CN")!, arrangement(), ["en", "zh-CN"])).toBe(true);
    expect(statesArrangement(clauseText(arrangement(), "zh-CN")!, arrangement(), ["en"])).toBe(false);
    expect(statesArrangement(text!, arrangement({ annualCostMinor: 101 }), ["en", "zh-CN"])).toBe(false);
  });

  it("reads stored rules defensively and prints amounts for editing", () => {
    expect(readRule(blend)).toEqual(blend);
    expect(readRule([{ basis: "NOPE", weight: 1 }])).toEqual([]);
    expect(readRule("50/50")).toEqual([]);
    expect(plainAmount(12_000_000_000, "CNY")).toBe("120000000.00");
    expect(plainAmount(5, "CNY")).toBe("0.05");
    expect(plainAmount(1234, "JPY")).toBe("1234");
    expect(plainAmount(1234, "KWD")).toBe("1.234");
  });
});
