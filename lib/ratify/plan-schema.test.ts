import fs from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { largePlan, samplePlan } from "./fixtures";
import { PLAN_SCHEMA_PATH, planJsonSchemaText } from "./plan-schema";

const published = fs.readFileSync(PLAN_SCHEMA_PATH, "utf8");
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(published));

describe("the published JSON Schema of the plan export", () => {
  it("is the one generated from the code (run `npm run schema` after changing the format)", () => {
    expect(published).toBe(planJsonSchemaText());
  });

  it("accepts frozen and draft exports", () => {
    expect(validate(samplePlan()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(largePlan(30))).toBe(true);
    const { content, hash } = samplePlan();
    expect(validate({ draft: true, content, hash })).toBe(true);
  });

  it("rejects a missing table, a wrong format, a malformed hash, an unknown field and inexact decimals", () => {
    const cases: Array<[string, (plan: ReturnType<typeof samplePlan>) => void]> = [
      ["industryPlans", (p) => delete (p.content as Partial<typeof p.content>).industryPlans],
      ["format", (p) => ((p.content as { format: string }).format = "roundtable-plan/2")],
      ["hash", (p) => (p.hash = "ABC")],
      ["extra", (p) => Object.assign(p.content.workshop, { extra: 1 })],
      ["targetValue", (p) => ((p.content.industryPlans[0] as { targetValue: unknown }).targetValue = 1200000)],
      ["draft", (p) => Object.assign(p, { draft: false })],
    ];
    for (const [name, spoil] of cases) {
      const plan = samplePlan();
      spoil(plan);
      expect(validate(plan), name).toBe(false);
    }
  });
});
