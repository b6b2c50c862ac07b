import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import {
  ALLOCATION_BASES,
  allocateCost,
  describeRule,
  formatFormula,
  formatMinor,
  parseMoney,
  type AllocationInput,
  type AllocationResult,
  type AllocationRule,
  type CostDelegation,
} from "./allocation";

const delegation = (id: string, figures: Partial<CostDelegation> = {}): CostDelegation => ({
  id,
  name: id,
  population: null,
  gdp: null,
  usage: null,
  customWeight: null,
  ...figures,
});
// Population in millions (rounded), GDP in trillion CNY (illustrative), declared usage in trips.
const northeast = [
  delegation("liaoning", { population: 42, gdp: 3.0, usage: 500, customWeight: 2 }),
  delegation("jilin", { population: 27, gdp: 1.3, usage: 200, customWeight: 1 }),
  delegation("heilongjiang", { population: 38, gdp: 1.6, usage: 300, customWeight: 1 }),
];
const input = (rule: AllocationRule, costMinor = 100_000_000, delegations = northeast): AllocationInput => ({
  costMinor,
  currency: "CNY",
  rule,
  delegations,
});
const success = (result: AllocationResult) => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result;
};
const problemsOf = (result: AllocationResult) => {
  if (result.ok) throw new Error("expected problems");
  return result.problems;
};
const sharesOf = (result: AllocationResult) =>
  Object.fromEntries(success(result).rows.map((row) => [row.delegationId, row.shareMinor]));

describe("allocateCost: examples", () => {
  it("splits 100.00 in equal thirds; the extra cent goes to the smallest id on a full tie", () => {
    const result = success(allocateCost(input([{ basis: "EQUAL", weight: 1 }], 10_000)));
    expect(sharesOf(result)).toEqual({ liaoning: 3333, jilin: 3333, heilongjiang: 3334 });
    expect(result.remainder).toEqual({ minor: 1, assignedTo: ["heilongjiang"] });
    expect(result.formula).toBe("share = 1/3");
    expect(result.rows.map((row) => row.delegationId)).toEqual(["liaoning", "jilin", "heilongjiang"]);
    expect(result.rows[0]?.percent).toBeCloseTo(100 / 3, 12);
  });

  it("allocates by population (42 / 27 / 38 million), leftover cents to the largest remainders", () => {
    const result = success(allocateCost(input([{ basis: "POPULATION", weight: 1 }])));
    // Exact: 39,252,336.45 / 25,233,644.86 / 35,514,018.69 fen.
    expect(sharesOf(result)).toEqual({ liaoning: 39_252_336, jilin: 25_233_645, heilongjiang: 35_514_019 });
    expect(result.remainder).toEqual({ minor: 2, assignedTo: ["jilin", "heilongjiang"] });
    expect(result.rows[0]?.components).toEqual([{ basis: "POPULATION", weight: 1, fraction: 42 / 107 }]);
    expect(result.formula).toBe("share = population / total population");
  });

  it("blends 50% equal + 50% population", () => {
    const rule: AllocationRule = [
      { basis: "EQUAL", weight: 0.5 },
      { basis: "POPULATION", weight: 0.5 },
    ];
    const result = success(allocateCost(input(rule)));
    // Exact: 36,292,834.89 / 29,283,489.10 / 34,423,676.01 fen.
    expect(sharesOf(result)).toEqual({ liaoning: 36_292_835, jilin: 29_283_489, heilongjiang: 34_423_676 });
    expect(result.formula).toBe("share = 50% × 1/3 + 50% × population / total population");
    expect(result.rows[1]?.percent).toBeCloseTo(50 / 3 + (50 * 27) / 107, 10);
  });

  it("allocates by custom weights, declared usage and GDP", () => {
    expect(sharesOf(allocateCost(input([{ basis: "CUSTOM", weight: 1 }], 1_000)))).toEqual({
      liaoning: 500,
      jilin: 250,
      heilongjiang: 250,
    });
    expect(sharesOf(allocateCost(input([{ basis: "USAGE", weight: 1 }], 999)))).toEqual({
      liaoning: 499, // exact 499.5 / 199.8 / 299.7: the two cents go to .8 and .7
      jilin: 200,
      heilongjiang: 300,
    });
    expect(sharesOf(allocateCost(input([{ basis: "GDP", weight: 1 }], 5_900)))).toEqual({
      liaoning: 3_000,
      jilin: 1_300,
      heilongjiang: 1_600,
    });
  });

  it("accepts float weights such as thirds and still sums exactly", () => {
    const rule: AllocationRule = [
      { basis: "EQUAL", weight: 1 / 3 },
      { basis: "GDP", weight: 1 / 3 },
      { basis: "USAGE", weight: 1 / 3 },
    ];
    const result = success(allocateCost(input(rule, 123_457)));
    expect(result.rows.reduce((sum, row) => sum + row.shareMinor, 0)).toBe(123_457);
    expect(result.formula).toBe(
      "share = 33.33% × 1/3 + 33.33% × GDP / total GDP + 33.33% × declared usage / total declared usage",
    );
  });

  it("handles a single delegation, a zero cost and a zero figure", () => {
    const alone = success(allocateCost(input([{ basis: "POPULATION", weight: 1 }], 777, northeast.slice(0, 1))));
    expect(alone.rows.map((row) => [row.shareMinor, row.percent])).toEqual([[777, 100]]);
    const free = success(allocateCost(input([{ basis: "EQUAL", weight: 1 }], 0)));
    expect(free.rows.map((row) => row.shareMinor)).toEqual([0, 0, 0]);
    expect(free.remainder).toEqual({ minor: 0, assignedTo: [] });
    const withZero = [...northeast.slice(0, 2), delegation("heilongjiang", { population: 0 })];
    expect(sharesOf(allocateCost(input([{ basis: "POPULATION", weight: 1 }], 100, withZero)))).toEqual({
      liaoning: 61,
      jilin: 39,
      heilongjiang: 0,
    });
  });

  it("never treats a missing figure as 0", () => {
    const delegations = [
      delegation("liaoning", { population: 42, gdp: 3 }),
      delegation("jilin", { gdp: 1.3 }),
      delegation("heilongjiang", { gdp: 1.6 }),
    ];
    const rule: AllocationRule = [
      { basis: "POPULATION", weight: 0.5 },
      { basis: "GDP", weight: 0.5 },
    ];
    expect(problemsOf(allocateCost(input(rule, 100, delegations)))).toEqual([
      { kind: "missing-figure", basis: "POPULATION", delegationIds: ["jilin", "heilongjiang"] },
    ]);
    // Figures the rule does not use may be missing.
    expect(success(allocateCost(input([{ basis: "GDP", weight: 1 }], 100, delegations))).rows).toHaveLength(3);
  });

  it("reports zero totals, invalid figures, invalid rules and inputs", () => {
    const zero = northeast.map((d) => ({ ...d, usage: 0 }));
    expect(problemsOf(allocateCost(input([{ basis: "USAGE", weight: 1 }], 100, zero)))).toEqual([
      { kind: "zero-total", basis: "USAGE" },
    ]);
    const negative = [delegation("a", { gdp: -1 }), delegation("b", { gdp: Number.NaN })];
    expect(problemsOf(allocateCost(input([{ basis: "GDP", weight: 1 }], 100, negative)))).toEqual([
      { kind: "invalid-figure", basis: "GDP", delegationIds: ["a", "b"] },
    ]);
    const kinds = (rule: AllocationRule) => problemsOf(allocateCost(input(rule))).map((p) => p.kind);
    expect(kinds([])).toEqual(["invalid-rule"]);
    expect(kinds([{ basis: "EQUAL", weight: 0.6 }])).toEqual(["invalid-rule"]);
    expect(
      kinds([
        { basis: "EQUAL", weight: 0 },
        { basis: "GDP", weight: 1 },
      ]),
    ).toEqual(["invalid-rule"]);
    expect(
      kinds([
        { basis: "EQUAL", weight: 0.5 },
        { basis: "EQUAL", weight: 0.5 },
      ]),
    ).toEqual(["invalid-rule"]);
    expect(problemsOf(allocateCost(input([{ basis: "EQUAL", weight: 1 }], 100, [])))).toEqual([
      { kind: "no-delegations" },
    ]);
    for (const costMinor of [-1, 1.5, Number.NaN, 2 ** 53]) {
      expect(problemsOf(allocateCost(input([{ basis: "EQUAL", weight: 1 }], costMinor)))[0]?.kind).toBe(
        "invalid-input",
      );
    }
    const twins = [delegation("a"), delegation("a")];
    expect(problemsOf(allocateCost(input([{ basis: "EQUAL", weight: 1 }], 100, twins)))[0]?.kind).toBe("invalid-input");
  });
});

describe("formula and money helpers", () => {
  it("describes rules for the UI", () => {
    expect(
      describeRule([
        { basis: "EQUAL", weight: 0.25 },
        { basis: "CUSTOM", weight: 0.75 },
      ]),
    ).toEqual([
      { basis: "EQUAL", weight: 0.25, percent: "25%" },
      { basis: "CUSTOM", weight: 0.75, percent: "75%" },
    ]);
    expect(formatFormula([{ basis: "EQUAL", weight: 1 }])).toBe("share = 1/n");
  });

  it("parses money typed by people", () => {
    expect(parseMoney("1,234.56", "CNY")).toBe(123_456);
    expect(parseMoney(" 1234 ", "USD")).toBe(123_400);
    expect(parseMoney("0.5", "EUR")).toBe(50);
    expect(parseMoney("1234", "JPY")).toBe(1234);
    expect(parseMoney("1.234", "KWD")).toBe(1234);
    for (const bad of ["1.234", "-5", "NaN", "", "1,23", "12,34.5", "1.", ".5", "1e3", "99999999999999999"]) {
      expect(parseMoney(bad, "CNY")).toBeNull();
    }
    expect(parseMoney("12.5", "JPY")).toBeNull();
  });

  it("formats minor units exactly", () => {
    expect(formatMinor(123_456, "CNY", "en-US")).toBe("CN¥1,234.56");
    expect(formatMinor(5, "USD", "en-US")).toBe("$0.05");
    expect(formatMinor(1234, "JPY", "en-US")).toBe("¥1,234");
    expect(formatMinor(Number.MAX_SAFE_INTEGER, "USD", "en-US")).toBe("$90,071,992,547,409.91");
  });
});

// --- Property tests over seeded random cases. ---
const figure = (random: Random) => (random.chance(0.1) ? 0 : random.int(1, 5000) / random.pick([1, 10, 100, 7]));
function randomCase(random: Random): AllocationInput {
  const count = random.int(1, 9);
  const delegations = Array.from({ length: count }, (_, i) =>
    delegation(`d${random.int(0, 99)}-${i}`, {
      population: figure(random) + 1,
      gdp: figure(random) + 0.5,
      usage: figure(random) + 1,
      customWeight: figure(random) + 1,
    }),
  );
  const bases = ALLOCATION_BASES.filter(() => random.chance(0.5));
  const chosen = bases.length > 0 ? bases : [random.pick(ALLOCATION_BASES)];
  const parts = chosen.map(() => random.int(1, 9));
  const sum = parts.reduce((a, b) => a + b, 0);
  const rule = chosen.map((basis, i) => ({ basis, weight: (parts[i] ?? 1) / sum }));
  const costMinor = random.pick([0, 1, random.int(0, 100), random.int(0, 10_000_000), random.int(0, 2 ** 52)]);
  return { costMinor, currency: "CNY", rule, delegations };
}

describe("allocateCost: properties", () => {
  const CASES = 300;
  it("sums exactly, is non-negative, order-free and within one minor unit of the exact share", () => {
    const random = createRandom(20240611);
    for (let c = 0; c < CASES; c += 1) {
      const caseInput = randomCase(random);
      const result = success(allocateCost(caseInput));
      expect(result.rows.reduce((sum, row) => sum + row.shareMinor, 0)).toBe(caseInput.costMinor);
      for (const row of result.rows) {
        expect(row.shareMinor).toBeGreaterThanOrEqual(0);
        expect(Math.abs(row.shareMinor - row.exactShare)).toBeLessThan(1 + 1e-9 * Math.max(1, row.exactShare));
      }
      const permuted = success(allocateCost({ ...caseInput, delegations: random.shuffle(caseInput.delegations) }));
      expect(sharesOf(permuted)).toEqual(sharesOf(result));
      expect(permuted.remainder).toEqual(result.remainder);
    }
  });

  it("a blend is the weighted sum of its bases; weight 1 on one basis is that basis alone", () => {
    const random = createRandom(7);
    for (let c = 0; c < CASES; c += 1) {
      const caseInput = randomCase(random);
      const blend = success(allocateCost(caseInput));
      const alone = caseInput.rule.map(({ basis }) =>
        success(allocateCost({ ...caseInput, rule: [{ basis, weight: 1 }] })),
      );
      blend.rows.forEach((row, i) => {
        const expected = caseInput.rule.reduce((sum, c, b) => sum + c.weight * (alone[b]?.rows[i]?.exactShare ?? 0), 0);
        expect(Math.abs(row.exactShare - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      });
      if (caseInput.rule.length === 1) expect(sharesOf(blend)).toEqual(sharesOf(alone[0] ?? blend));
      // Mixing in a basis on which everyone is equal changes nothing, exactly (rounding included).
      const w = random.int(1, 99) / 100;
      const flat = caseInput.delegations.map((d) => ({ ...d, customWeight: 3 }));
      const equal = allocateCost({ ...caseInput, delegations: flat, rule: [{ basis: "EQUAL", weight: 1 }] });
      const mixed = allocateCost({
        ...caseInput,
        delegations: flat,
        rule: [
          { basis: "EQUAL", weight: w },
          { basis: "CUSTOM", weight: 1 - w },
        ],
      });
      expect(sharesOf(mixed)).toEqual(sharesOf(equal));
    }
  });

  it("under POPULATION, a larger population never pays less", () => {
    const random = createRandom(99);
    for (let c = 0; c < CASES; c += 1) {
      const caseInput = { ...randomCase(random), rule: [{ basis: "POPULATION" as const, weight: 1 }] };
      const rows = success(allocateCost(caseInput)).rows;
      caseInput.delegations.forEach((a, i) =>
        caseInput.delegations.forEach((b, j) => {
          if ((a.population ?? 0) > (b.population ?? 0)) {
            expect(rows[i]?.shareMinor ?? 0).toBeGreaterThanOrEqual(rows[j]?.shareMinor ?? 0);
          }
        }),
      );
    }
  });
});
