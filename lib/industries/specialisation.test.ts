import { describe, expect, it } from "vitest";
import { createRandom, generateAnalysisInput, type Random } from "./analysis-fixtures";
import type { AnalysisInput, AnalysisPlan } from "./overlap";
import { SPECIALISATION_FORMULAS, specialisationHints, type SpecialisationHints } from "./specialisation";

const delegations = [
  { id: "ln", name: "Liaoning", population: 42, gdp: 600 },
  { id: "jl", name: "Jilin", population: 27, gdp: 266 },
  { id: "hlj", name: "Heilongjiang", population: 38, gdp: 443 },
];
let planSeq = 0;
const plan = (delegationId: string, industryCode: string, extra: Partial<AnalysisPlan> = {}): AnalysisPlan => ({
  id: `p${++planSeq}`,
  delegationId,
  industryCode,
  horizon: "MEDIUM",
  targetValue: null,
  targetUnit: null,
  investmentAmount: null,
  investmentCurrency: null,
  hubCities: [],
  priority: 3,
  clusterId: null,
  ...extra,
});
const cny = (amount: number, extra: Partial<AnalysisPlan> = {}) => ({
  investmentAmount: amount,
  investmentCurrency: "CNY",
  ...extra,
});
// Planned investment (billion CNY, illustrative): Liaoning 100, Jilin 80, Heilongjiang 50 → region 230.
const northeast = (): AnalysisInput => ({
  delegations,
  references: [],
  plans: [
    plan("ln", "36", cny(40, { targetValue: 1.5, targetUnit: "million vehicles", priority: 5 })),
    plan("ln", "34", cny(40)),
    plan("ln", "26", cny(20)),
    plan("jl", "36", cny(60, { targetValue: 1.2, targetUnit: "Million Vehicles", priority: 4 })),
    plan("jl", "27", cny(20)),
    plan("hlj", "36", cny(20, { targetValue: 0.3, targetUnit: "million vehicles", priority: 2 })),
    plan("hlj", "36", { horizon: "LONG", priority: 4 }),
    plan("hlj", "34", cny(20)),
    plan("hlj", "27", cny(10)),
    plan("hlj", "26", { investmentAmount: 5, investmentCurrency: "usd" }),
  ],
});
const industry = (hints: SpecialisationHints, code: string) => hints.industries.find((i) => i.industryCode === code);
const lq = (hints: SpecialisationHints, code: string) =>
  Object.fromEntries((industry(hints, code)?.delegations ?? []).map((d) => [d.delegationId, d.locationQuotient]));

describe("specialisationHints: the seed story", () => {
  const hints = specialisationHints(northeast());

  it("computes LQs within the currency most plans use, listing the plans in other currencies", () => {
    expect([hints.currency, hints.currencyTie, hints.regionalInvestment]).toEqual(["CNY", [], 230]);
    expect(hints.excludedPlans).toEqual([{ planId: expect.any(String), currency: "USD", reason: "other-currency" }]);
    expect(hints.industries.map((i) => i.industryCode)).toEqual(["26", "27", "34", "36"]);
    const autos = industry(hints, "36");
    expect(autos?.regionalShare).toBeCloseTo(120 / 230);
    // Jilin puts 75% of its planned investment into automobiles, against 52% for the region.
    expect(lq(hints, "36")).toEqual({
      ln: expect.closeTo(0.4 / (120 / 230)),
      jl: expect.closeTo(0.75 / (120 / 230)),
      hlj: expect.closeTo(0.4 / (120 / 230)),
    });
    expect(autos?.advantage).toEqual({ kind: "single", delegationId: "jl", locationQuotient: expect.closeTo(1.4375) });
    expect(autos?.basis).toEqual({ kind: "investment-lq", currency: "CNY", plansUsed: 3, delegationsCompared: 3 });
  });

  it("declares equal LQs a tie instead of picking one", () => {
    // Liaoning 40/100 and Heilongjiang 20/50: both 40% of their plans go to machinery.
    expect(industry(hints, "34")?.advantage).toEqual({
      kind: "tie",
      delegationIds: ["ln", "hlj"],
      locationQuotient: expect.closeTo(0.4 / (60 / 230)),
    });
  });

  it("does not call a single figure an advantage, and never treats a missing figure as zero", () => {
    const chemicals = industry(hints, "26");
    expect(chemicals?.advantage).toEqual({ kind: "none" });
    expect(chemicals?.basis).toEqual({ kind: "none", reason: "fewer-than-two-figures" });
    expect(chemicals?.delegations.find((d) => d.delegationId === "hlj")).toMatchObject({
      investment: null,
      investmentShare: null,
      locationQuotient: null,
    });
  });

  it("shares planned capacity per unit (case-insensitive) and horizon, and reports priorities", () => {
    const autos = industry(hints, "36")?.delegations;
    expect(autos?.map((d) => d.capacity.map((c) => [c.unit, c.horizon, c.value, c.share]))).toEqual([
      [["million vehicles", "MEDIUM", 1.5, expect.closeTo(0.5)]],
      [["million vehicles", "MEDIUM", 1.2, expect.closeTo(0.4)]],
      [["million vehicles", "MEDIUM", 0.3, expect.closeTo(0.1)]],
    ]);
    expect(autos?.map((d) => [d.delegationId, d.priorities, d.highestPriority])).toEqual([
      ["ln", [5], 5],
      ["jl", [4], 4],
      ["hlj", [2, 4], 4],
    ]);
  });

  it("lists an explicit currency tie, and copes with no or zero investment without NaN", () => {
    const tied = specialisationHints({
      delegations,
      references: [],
      plans: [plan("ln", "36", cny(1)), plan("jl", "36", { investmentAmount: 1, investmentCurrency: "USD" })],
    });
    expect([tied.currency, tied.currencyTie]).toEqual(["CNY", ["CNY", "USD"]]);
    const none = specialisationHints({ delegations, references: [], plans: [plan("ln", "36"), plan("jl", "36")] });
    expect([none.currency, industry(none, "36")?.basis]).toEqual([
      null,
      { kind: "none", reason: "no-investment-figures" },
    ]);
    const zero = specialisationHints({
      delegations,
      references: [],
      plans: [plan("ln", "36", cny(0)), plan("jl", "36", cny(0))],
    });
    expect(industry(zero, "36")).toMatchObject({ regionalShare: null, advantage: { kind: "none" } });
    expectFinite(zero);
  });

  it("documents every indicator with a formula", () => {
    expect(Object.keys(SPECIALISATION_FORMULAS).sort()).toEqual(
      [
        "advantage",
        "capacityShare",
        "employmentLq",
        "highestPriority",
        "investmentShare",
        "locationQuotient",
        "regionalShare",
      ].sort(),
    );
    expect(SPECIALISATION_FORMULAS.locationQuotient).toContain("LQ(d, i) = share(d, i) / regional share(i)");
  });
});

describe("employment LQ on the economic base", () => {
  it("is the standard location quotient where the base has a row, and null elsewhere", () => {
    const plan = (id: string, delegationId: string, industryCode: string) => ({
      id,
      delegationId,
      industryCode,
      horizon: "MEDIUM" as const,
      targetValue: null,
      targetUnit: null,
      investmentAmount: 10,
      investmentCurrency: "CNY",
      hubCities: [],
      priority: 3,
      clusterId: null,
    });
    const hints = specialisationHints({
      delegations: [
        { id: "A", name: "Alpha", population: null, gdp: null },
        { id: "B", name: "Beta", population: null, gdp: null },
      ],
      plans: [plan("1", "A", "36"), plan("2", "B", "36")],
      references: [],
      // Alpha: 300 of its 400 in automobiles; the region: 300 of 800. LQ = 0.75 / 0.375 = 2.
      baseline: [
        { delegationId: "A", industryCode: "36", employment: 300 },
        { delegationId: "A", industryCode: "13", employment: 100 },
        { delegationId: "B", industryCode: "13", employment: 400 },
      ],
    });
    const automobiles = hints.industries.find((i) => i.industryCode === "36")!;
    expect(automobiles.delegations.find((d) => d.delegationId === "A")!.employmentLq).toBeCloseTo(2, 10);
    expect(automobiles.delegations.find((d) => d.delegationId === "B")!.employmentLq).toBeNull();
  });
});

// Property tests on random inputs (seeded generator in analysis-fixtures.ts).
const CASES = 300;
function randomInput(random: Random): AnalysisInput {
  const input = generateAnalysisInput({
    delegations: random.int(1, 6),
    plansPerDelegation: random.int(0, 12),
    seed: random.int(0, 2 ** 31),
  });
  if (random.chance(0.2)) input.horizon = random.pick(["MEDIUM", "LONG"] as const);
  return input;
}
const canonical = (hints: SpecialisationHints) => ({
  ...hints,
  excludedPlans: [...hints.excludedPlans].sort((a, b) => a.planId.localeCompare(b.planId)),
  plansWithoutInvestment: [...hints.plansWithoutInvestment].sort(),
  industries: hints.industries.map((i) => ({
    ...i,
    delegations: [...i.delegations].sort((a, b) => a.delegationId.localeCompare(b.delegationId)),
    advantage:
      i.advantage.kind === "tie"
        ? { ...i.advantage, delegationIds: [...i.advantage.delegationIds].sort() }
        : i.advantage,
  })),
});
function expectFinite(value: unknown, path = "hints"): void {
  if (typeof value === "number") expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => expectFinite(item, `${path}[${i}]`));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) expectFinite(item, `${path}.${key}`);
}

describe("specialisationHints: properties", () => {
  it("is deterministic and invariant under permutation of delegations and of plans", () => {
    const random = createRandom(11);
    for (let c = 0; c < CASES; c += 1) {
      const input = randomInput(random);
      const expected = specialisationHints(input);
      expect(specialisationHints(structuredClone(input))).toEqual(expected);
      const permuted = {
        ...input,
        delegations: random.shuffle(input.delegations),
        plans: random.shuffle(input.plans),
      };
      expect(canonical(specialisationHints(permuted)), `case ${c}`).toEqual(canonical(expected));
    }
  });

  it("keeps shares in [0, 1], LQs consistent with the regional total, and the advantage at the highest LQ", () => {
    const random = createRandom(12);
    for (let c = 0; c < CASES; c += 1) {
      const hints = specialisationHints(randomInput(random));
      expectFinite(hints);
      for (const hint of hints.industries) {
        expect(hint.delegations.length).toBeGreaterThanOrEqual(2);
        const withLq = hint.delegations.filter((d) => d.locationQuotient !== null);
        for (const d of hint.delegations) {
          expect(d.investmentShare ?? 0).toBeGreaterThanOrEqual(0);
          expect(d.investmentShare ?? 0).toBeLessThanOrEqual(1 + 1e-12);
          for (const line of d.capacity) expect(line.share ?? 0).toBeLessThanOrEqual(1 + 1e-12);
        }
        // Σ_d (inv_d / inv_region) × LQ(d, i) = inv_region,i / inv_region,i = 1.
        if (hint.regionalInvestment > 0 && hints.regionalInvestment > 0) {
          const total = withLq.reduce(
            (sum, d) => sum + (d.delegationInvestment / hints.regionalInvestment) * (d.locationQuotient ?? 0),
            0,
          );
          expect(total, `case ${c}`).toBeCloseTo(1, 9);
        }
        const best = Math.max(...withLq.map((d) => d.locationQuotient ?? 0));
        if (hint.advantage.kind === "single") {
          expect(hint.advantage.locationQuotient).toBe(best);
          expect(withLq.filter((d) => (d.locationQuotient ?? 0) >= best * (1 - 1e-9))).toHaveLength(1);
        }
        if (hint.advantage.kind === "tie") expect(hint.advantage.delegationIds.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
