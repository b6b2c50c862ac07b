import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/server/result";
import { ALLOCATION_BASES } from "./allocation";
import { bases, figuresSchema, MAX_RULE_COMPONENTS, serviceFormValues, serviceSchema } from "./schema";

/** The form as posted: every rule row, used or not. */
function form(values: Record<string, string>, rows: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ name: "Platform", currency: "CNY", annualCost: "100", ...values }))
    data.set(key, value);
  for (let i = 0; i < MAX_RULE_COMPONENTS; i++) {
    data.set(`components.${i}.basis`, rows[i]?.[0] ?? "");
    data.set(`components.${i}.weight`, rows[i]?.[1] ?? "");
  }
  return data;
}
const parse = (values: Record<string, string>, rows: Array<[string, string]>) =>
  serviceSchema.safeParse(serviceFormValues(form(values, rows)));
const errors = (values: Record<string, string>, rows: Array<[string, string]>) => {
  const result = parse(values, rows);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("service form", () => {
  it("offers every basis of the allocation, once", () => {
    expect([...bases].sort()).toEqual([...ALLOCATION_BASES].sort());
  });

  it("parses money into minor units and percent into a rule of fractions", () => {
    const result = parse({ annualCost: " 120,000,000.5 ", currency: "cny" }, [
      ["", ""],
      ["EQUAL", "50"],
      ["POPULATION", "50"],
    ]);
    expect(result.success && result.data).toEqual({
      name: "Platform",
      description: "",
      currency: "CNY",
      annualCostMinor: 12_000_000_050,
      rule: [
        { basis: "EQUAL", weight: 0.5 },
        { basis: "POPULATION", weight: 0.5 },
      ],
    });
    const thirds = parse({}, [
      ["EQUAL", "33.33"],
      ["GDP", "33.33"],
      ["USAGE", "33.34"],
    ]);
    expect(thirds.success && thirds.data.rule.map((c) => c.weight)).toEqual([0.3333, 0.3333, 0.3334]);
  });

  it("puts each problem on its field, the row the user typed in", () => {
    expect(errors({ annualCost: "12.345" }, [["EQUAL", "100"]])).toEqual({ annualCost: "errors.money" });
    expect(errors({ annualCost: "1,2345" }, [["EQUAL", "100"]])).toEqual({ annualCost: "errors.money" });
    expect(errors({ annualCost: "-5" }, [["EQUAL", "100"]])).toEqual({ annualCost: "errors.money" });
    expect(errors({ annualCost: "12.5", currency: "JPY" }, [["EQUAL", "100"]])).toEqual({
      annualCost: "errors.moneyWhole",
    });
    expect(errors({ currency: "yuan", name: "" }, [["EQUAL", "100"]])).toEqual({
      name: "errors.required",
      currency: "errors.currency",
    });
    expect(errors({}, [])).toEqual({ components: "errors.ruleEmpty" });
    expect(
      errors({}, [
        ["EQUAL", "40"],
        ["GDP", "50"],
      ]),
    ).toEqual({ components: "errors.weightsSum" });
    expect(
      errors({}, [
        ["EQUAL", "50"],
        ["", ""],
        ["EQUAL", "50"],
      ]),
    ).toEqual({ "components.2.basis": "errors.basisDuplicate" });
    expect(
      errors({}, [
        ["", "40"],
        ["GDP", ""],
        ["USAGE", "0"],
        ["CUSTOM", "33.333"],
        ["POPULATION", "abc"],
      ]),
    ).toEqual({
      "components.0.basis": "errors.basisRequired",
      "components.1.weight": "errors.required",
      "components.2.weight": "errors.positive",
      "components.3.weight": "errors.percentDecimals",
      "components.4.weight": "errors.number",
    });
    expect(errors({}, [["EQUAL", "120"]])).toEqual({ "components.0.weight": "errors.percentMax" });
  });
});

describe("figures form", () => {
  const base = { serviceId: "s", delegationId: "d" };
  it("distinguishes a cleared figure (null) from one the form does not carry (undefined)", () => {
    expect(figuresSchema.parse({ ...base, usage: " " })).toEqual({ ...base, usage: null });
    expect(figuresSchema.parse({ ...base, usage: "12.5", customWeight: "0" })).toEqual({
      ...base,
      usage: 12.5,
      customWeight: 0,
    });
    const bad = figuresSchema.safeParse({ ...base, usage: "-1", customWeight: "x" });
    expect(bad.success ? {} : fieldErrorsOf(bad.error)).toEqual({
      usage: "errors.nonNegative",
      customWeight: "errors.number",
    });
  });
});
