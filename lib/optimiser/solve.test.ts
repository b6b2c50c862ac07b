// The optimiser against exhaustive search on hundreds of random small instances: the same best
// objective, every position holding in every proposal, distinct alternatives in order, and, for
// instances that cannot be satisfied, a conflict that is infeasible and minimal.
import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { INPUT_FORMAT, optimiserInputSchema, parseOptimiserInput, type OptimiserInput } from "./input";
import { locationQuotients } from "./lq";
import { describe as describeSolution, type Proposal } from "./proposal";
import { solve } from "./solve";

function randomInput(random: Random, maxDelegations: number, maxIndustries: number, partners: boolean): OptimiserInput {
  const delegations = Array.from({ length: random.int(2, maxDelegations) }, (_, k) => ({
    id: `D${k}`,
    name: `Delegation ${k}`,
  }));
  const industries = Array.from({ length: random.int(2, maxIndustries) }, (_, k) => ({
    code: `${10 + k}`,
    name: `Industry ${k}`,
  }));
  const baseline = delegations.flatMap((d) =>
    industries.map((i) => ({
      delegation: d.id,
      industry: i.code,
      employment: random.chance(0.15) ? 0 : random.int(1, 100) * 1000,
    })),
  );
  const plans = delegations.flatMap((d) => {
    const chosen = random.shuffle(industries).slice(0, random.int(1, industries.length));
    return chosen.map((i) => {
      const medium = random.int(0, 10) * 10;
      const long = random.int(1, 10) * 10;
      return { delegation: d.id, industry: i.code, investment: medium + long, byHorizon: { medium, long } };
    });
  });
  const positions = delegations.map((d) => {
    const own = plans.filter((p) => p.delegation === d.id).map((p) => p.industry);
    const mustLead = own.filter(() => random.chance(0.12));
    const willingToCede = own.filter((i) => !mustLead.includes(i) && random.chance(0.6));
    const minPillars = random.chance(0.3) ? random.int(1, 2) : undefined;
    const maxPillars = random.chance(0.3) ? random.int(Math.max(minPillars ?? 0, 1), 3) : undefined;
    const envelope = random.chance(0.25) ? { medium: random.int(0, 15) * 10 } : undefined;
    return {
      delegation: d.id,
      mustLead,
      willingToCede,
      ...(minPillars !== undefined && { minPillars }),
      ...(maxPillars !== undefined && { maxPillars }),
      ...(envelope && { envelope }),
    };
  });
  return optimiserInputSchema.parse({
    format: INPUT_FORMAT,
    delegations,
    industries,
    baseline,
    plans,
    positions,
    settings: {
      redundancyPenalty: random.pick([0, 0.5, 2]),
      partners,
      fairnessFloor: random.pick([0, 0, 0.2, 0.5]),
      alternatives: 3,
    },
  });
}

type Choice = { lead: string | null; partners: string[] };

/** Every assignment the model allows, each with its objective: an independent enumeration. */
function exhaustive(
  input: OptimiserInput,
  keep: (id: string) => boolean = () => true,
): Array<{ choices: Map<string, Choice>; objective: number }> {
  const lq = locationQuotients(input);
  const planners = (industry: string) => input.plans.filter((p) => p.industry === industry).map((p) => p.delegation);
  const industries = input.industries.map((i) => i.code).filter((code) => planners(code).length > 0);
  const optionsFor = (industry: string): Choice[] => {
    const who = planners(industry);
    const result: Choice[] = [{ lead: null, partners: [] }];
    for (const lead of who) {
      const others = who.filter((d) => d !== lead);
      const subsets = input.settings.partners ? 1 << others.length : 1;
      for (let mask = 0; mask < subsets; mask += 1)
        result.push({ lead, partners: others.filter((_, k) => mask & (1 << k)) });
    }
    return result;
  };
  const all: Array<{ choices: Map<string, Choice>; objective: number }> = [];
  const walk = (k: number, choices: Map<string, Choice>) => {
    if (k === industries.length) {
      if (allowed(input, choices, keep))
        all.push({ choices: new Map(choices), objective: objectiveOf(input, lq, choices) });
      return;
    }
    for (const choice of optionsFor(industries[k]!)) {
      choices.set(industries[k]!, choice);
      walk(k + 1, choices);
    }
    choices.delete(industries[k]!);
  };
  walk(0, new Map());
  return all;
}

function objectiveOf(
  input: OptimiserInput,
  lq: ReturnType<typeof locationQuotients>,
  choices: Map<string, Choice>,
): number {
  let value = 0;
  for (const [industry, choice] of choices) {
    if (choice.lead) value += lq.get(choice.lead)!.get(industry)!;
    for (const d of choice.partners) value += lq.get(d)!.get(industry)! / 2 - input.settings.redundancyPenalty;
  }
  return value;
}

/** Whether an assignment satisfies every stated position (those `keep` accepts, by statement id). */
function allowed(
  input: OptimiserInput,
  choices: Map<string, Choice>,
  keep: (id: string) => boolean = () => true,
): boolean {
  return input.delegations.every((d) => {
    const own = input.plans.filter((p) => p.delegation === d.id);
    const leads = (i: string) => choices.get(i)?.lead === d.id;
    const partners = (i: string) => choices.get(i)?.partners.includes(d.id) ?? false;
    const position = input.positions.find((p) => p.delegation === d.id);
    const pillars = own.filter((p) => leads(p.industry) || partners(p.industry)).length;
    const planned = own.reduce((sum, p) => sum + p.investment, 0);
    const kept = own.reduce(
      (sum, p) => sum + (leads(p.industry) ? p.investment : partners(p.industry) ? p.investment / 2 : 0),
      0,
    );
    const holds = (id: string, condition: boolean) => !keep(id) || condition;
    const funded = (horizon: "medium" | "long") =>
      own.reduce((sum, p) => {
        const amount = p.byHorizon?.[horizon] ?? 0;
        return sum + (leads(p.industry) ? amount : partners(p.industry) ? amount / 2 : 0);
      }, 0);
    const withinEnvelope = (["medium", "long"] as const).every((h) => {
      const limit = position?.envelope?.[h];
      return limit === undefined || holds(`envelope:${d.id}:${h}`, funded(h) <= limit + 1e-9);
    });
    return (
      (position?.mustLead ?? []).every((i) => holds(`mustLead:${d.id}:${i}`, leads(i))) &&
      own.every(
        (p) =>
          !position ||
          position.mustLead.includes(p.industry) ||
          position.willingToCede.includes(p.industry) ||
          holds(`keeps:${d.id}:${p.industry}`, leads(p.industry) || partners(p.industry)),
      ) &&
      holds(`minPillars:${d.id}`, pillars >= (position?.minPillars ?? 0)) &&
      holds(`maxPillars:${d.id}`, pillars <= (position?.maxPillars ?? Infinity)) &&
      holds(`fairness:${d.id}`, planned === 0 || kept >= input.settings.fairnessFloor * planned - 1e-9) &&
      withinEnvelope
    );
  });
}

const choicesOf = (proposal: Proposal) =>
  new Map(proposal.assignments.map((a) => [a.industry, { lead: a.lead, partners: [...a.partners].sort() }]));

async function check(input: OptimiserInput) {
  const solved = describeSolution(input, await solve(input));
  const feasible = exhaustive(input);
  if (feasible.length === 0) {
    expect(solved.status).toBe("infeasible");
    if (solved.status !== "infeasible") return;
    // Relaxing is reported for the conflicting statements whose removal makes the whole feasible
    // (another, separate conflict may remain).
    expect(solved.conflict.length).toBeGreaterThan(0);
    const ids = solved.conflict.map((c) => c.statement);
    for (const { statement } of solved.relaxing) {
      expect(ids).toContain(statement);
      expect(exhaustive(input, (id) => id !== statement).length).toBeGreaterThan(0);
    }
    return "infeasible";
  }
  expect(solved.status).toBe("optimal");
  if (solved.status !== "optimal") return;
  const best = Math.max(...feasible.map((f) => f.objective));
  expect(solved.proposals[0]!.objective).toBeCloseTo(best, 3); // reported with 4 decimals
  const seen = new Set<string>();
  solved.proposals.forEach((proposal, k) => {
    const choices = choicesOf(proposal);
    expect(allowed(input, choices)).toBe(true);
    const key = JSON.stringify([...choices]);
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    if (k > 0) expect(proposal.objective).toBeLessThanOrEqual(solved.proposals[k - 1]!.objective + 1e-6);
  });
  // As many alternatives as exist, up to the number asked for.
  expect(solved.proposals).toHaveLength(Math.min(input.settings.alternatives, feasible.length));
  return "optimal";
}

describe("the optimiser against exhaustive search", () => {
  it("finds the best objective on 200 random instances with leads only (up to 4 delegations x 6 industries)", async () => {
    const random = createRandom(16);
    const outcomes = { optimal: 0, infeasible: 0 };
    for (let run = 0; run < 200; run += 1) {
      const outcome = await check(randomInput(random, 4, 6, false));
      if (outcome) outcomes[outcome] += 1;
    }
    // Both kinds occur, so both paths were tested.
    expect(outcomes.optimal).toBeGreaterThan(30);
    expect(outcomes.infeasible).toBeGreaterThan(10);
  });

  it("finds the best objective on 120 random instances with partners (up to 3 delegations x 4 industries)", async () => {
    const random = createRandom(17);
    for (let run = 0; run < 120; run += 1) await check(randomInput(random, 3, 4, true));
  });
});

describe("conflicting positions", () => {
  it("names an irreducible set: infeasible together, feasible without any one of them", async () => {
    const random = createRandom(18);
    let found = 0;
    for (let run = 0; run < 150 && found < 25; run += 1) {
      const input = randomInput(random, 4, 5, random.chance(0.5));
      const solved = await solve(input);
      if (solved.status !== "infeasible") continue;
      found += 1;
      const ids = solved.conflict.map((s) => s.id);
      // These statements alone (every other position dropped) cannot all hold...
      expect(exhaustive(input, (id) => ids.includes(id))).toHaveLength(0);
      // ...and without any one of them, the rest of them can.
      for (const id of ids)
        expect(exhaustive(input, (other) => ids.includes(other) && other !== id).length).toBeGreaterThan(0);
    }
    expect(found).toBeGreaterThan(5);
  });
});

describe("the input", () => {
  it("reports every problem with its place", () => {
    const result = parseOptimiserInput({
      format: INPUT_FORMAT,
      delegations: [
        { id: "LN", name: "Liaoning" },
        { id: "LN", name: "Again" },
      ],
      industries: [{ code: "36", name: "Automobiles" }],
      baseline: [{ delegation: "XX", industry: "36", employment: 1 }],
      plans: [{ delegation: "LN", industry: "99", investment: 1 }],
      positions: [{ delegation: "LN", mustLead: ["36"], minPillars: 3, maxPillars: 1 }],
      settings: {},
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        'delegations[1]: "LN" is listed twice',
        'baseline[0].delegation: unknown delegation "XX"',
        'plans[0].industry: unknown industry "99"',
        `positions[0].mustLead[0]: "36" is not among LN's planned industries`,
        "positions[0].minPillars: more than maxPillars",
      ],
    });
  });
});

describe("sensitivity of each contested lead", () => {
  const input = (mustLead: string[]) =>
    optimiserInputSchema.parse({
      format: INPUT_FORMAT,
      delegations: [
        { id: "A", name: "Alpha" },
        { id: "B", name: "Beta" },
      ],
      industries: [
        { code: "36", name: "Automobiles" },
        { code: "13", name: "Food" },
      ],
      baseline: [
        { delegation: "A", industry: "36", employment: 300 },
        { delegation: "A", industry: "13", employment: 100 },
        { delegation: "B", industry: "36", employment: 100 },
        { delegation: "B", industry: "13", employment: 300 },
      ],
      plans: [
        { delegation: "A", industry: "36", investment: 10 },
        { delegation: "B", industry: "36", investment: 10 },
        { delegation: "B", industry: "13", investment: 10 },
      ],
      // No position: nothing is kept by statement (a stated position keeps every industry not ceded).
      positions: mustLead.length > 0 ? [{ delegation: "A", mustLead }] : [],
      settings: { redundancyPenalty: 0, partners: false, fairnessFloor: 0, alternatives: 1 },
    });

  it("is the runner-up's location quotient when nothing else moves, and absent where uncontested", async () => {
    const plain = input([]);
    const lq = locationQuotients(plain);
    const output = describeSolution(plain, await solve(plain));
    if (output.status !== "optimal") throw new Error("expected a proposal");
    const [automobiles, food] = ["36", "13"].map((code) =>
      output.proposals[0]!.assignments.find((a) => a.industry === code)!,
    );
    expect(automobiles!.lead).toBe("A");
    expect(automobiles!.leadHoldsAbove).toBeCloseTo(lq.get("B")!.get("36")!, 2);
    expect(food!.leadHoldsAbove).toBeUndefined();
  });

  it("is null when the positions require the lead", async () => {
    const forced = input(["36"]);
    const output = describeSolution(forced, await solve(forced));
    if (output.status !== "optimal") throw new Error("expected a proposal");
    expect(output.proposals[0]!.assignments.find((a) => a.industry === "36")!.leadHoldsAbove).toBeNull();
  });
});
