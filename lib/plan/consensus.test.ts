import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import {
  CONSENSUS_FORMULAS,
  describeRule,
  evaluateConsensus,
  type ConsensusDelegation,
  type ConsensusResult,
  type ConsensusRule,
  type ConsensusStance,
  type Position,
} from "./consensus";

// Populations in millions (rounded 2020 census figures): shares 0.432, 0.244, 0.324.
const northeast: ConsensusDelegation[] = [
  { id: "ln", name: "Liaoning", population: 42.6 },
  { id: "jl", name: "Jilin", population: 24.1 },
  { id: "hlj", name: "Heilongjiang", population: 31.9 },
];
const rule = (kind: ConsensusRule["kind"], extra: Partial<ConsensusRule> = {}): ConsensusRule => ({
  kind,
  minSupport: 1,
  majorityShare: kind === "QUALIFIED_MAJORITY" ? 0.666 : null,
  doubleMajority: false,
  ...extra,
});
const stances = (positions: Record<string, Position>): ConsensusStance[] =>
  Object.entries(positions).map(([delegationId, position]) => ({ delegationId, position }));
const CODES = { S: "SUPPORT", O: "OBJECT", A: "ABSTAIN" } as const;
/** Positions written one letter per delegation, in order: S support, O object, A abstain, - pending. */
const evaluate = (r: ConsensusRule, code: string, delegations = northeast) =>
  evaluateConsensus(
    r,
    delegations,
    delegations.flatMap((d, i) => {
      const position = CODES[code[i] as keyof typeof CODES] as Position | undefined;
      return position ? [{ delegationId: d.id, position }] : [];
    }),
  );
/** n delegations of equal population. */
const equal = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, name: `D${i}`, population: 1 }));
const U = rule("UNANIMITY");
const CMO = rule("CONSENSUS_MINUS_ONE");
const QM = rule("QUALIFIED_MAJORITY");

describe("unanimity", () => {
  it("is met when nobody objects and enough support; abstaining and pending delegations do not block", () => {
    expect(evaluate(U, "SSS")).toMatchObject({ met: true, blocking: [], missing: [] });
    const some = evaluate(U, "SA-");
    expect(some).toMatchObject({ met: true, missing: [], positions: { pending: ["hlj"] } });
    expect(some.counts).toEqual({ support: 1, object: 0, abstain: 1, pending: 1, total: 3 });
  });
  it("lists every objector as blocking, and the pending delegations as what is still missing", () => {
    expect(evaluate(U, "S-O")).toMatchObject({
      met: false,
      blocking: ["hlj"],
      missing: [
        { kind: "objections", delegationIds: ["hlj"], allowed: 0 },
        { kind: "pending", delegationIds: ["jl"] },
      ],
    });
  });
  it("needs at least minSupport supports, exactly at the threshold", () => {
    const two = rule("UNANIMITY", { minSupport: 2 });
    expect(evaluate(two, "SAA").missing).toEqual([{ kind: "support", have: 1, need: 2 }]);
    expect(evaluate(two, "SSA").met).toBe(true);
    expect(evaluate(U, "---").missing).toEqual([
      { kind: "support", have: 0, need: 1 },
      { kind: "pending", delegationIds: ["ln", "jl", "hlj"] },
    ]);
  });
});

describe("consensus minus one", () => {
  it("lets one objection through but not two, needs one support, and ignores minSupport", () => {
    expect(evaluate(CMO, "SSO")).toMatchObject({ met: true, blocking: [], missing: [] });
    expect(evaluate(CMO, "SOO")).toMatchObject({
      blocking: ["jl", "hlj"],
      missing: [{ kind: "objections", delegationIds: ["jl", "hlj"], allowed: 1 }],
    });
    expect(evaluate(CMO, "AAO")).toMatchObject({ blocking: [], missing: [{ kind: "support", have: 0, need: 1 }] });
    expect(evaluate(rule("CONSENSUS_MINUS_ONE", { minSupport: 3 }), "SA-").met).toBe(true);
  });
});

describe("qualified majority", () => {
  it("counts supports against all delegations; abstentions and pending count as not supporting", () => {
    expect(evaluate(QM, "SSO").met).toBe(true);
    expect(evaluate(QM, "SA-")).toMatchObject({
      blocking: [],
      missing: [
        { kind: "support", have: 1, need: 2 },
        { kind: "pending", delegationIds: ["hlj"] },
      ],
    });
  });
  it("compares exactly: 2 of 3 is 0.6667, below 0.667; thresholds hit exactly are met", () => {
    expect(evaluate(rule("QUALIFIED_MAJORITY", { majorityShare: 0.667 }), "SSO").missing).toEqual([
      { kind: "support", have: 2, need: 3 },
    ]);
    expect(evaluate(rule("QUALIFIED_MAJORITY", { majorityShare: 0.75 }), "SSSO", equal(4)).met).toBe(true);
    // 0.55 × 100 = 55.00000000000001 in floating point; exactly, 55 of 100 is enough.
    const many = equal(100);
    const r = rule("QUALIFIED_MAJORITY", { majorityShare: 0.55, doubleMajority: true });
    expect(evaluate(r, "S".repeat(55), many).met).toBe(true);
    expect(evaluate(r, "S".repeat(54), many).missing[0]).toEqual({ kind: "support", have: 54, need: 55 });
  });
});

describe("double majority", () => {
  it("needs half the population under unanimity, majorityShare under qualified majority", () => {
    const u = rule("UNANIMITY", { doubleMajority: true });
    expect(evaluate(u, "ASA").missing).toEqual([
      { kind: "population", haveShare: 0.244421, needShare: 0.5, unknownPopulationDelegationIds: [] },
    ]);
    expect(evaluate(u, "ASS").met).toBe(true); // 0.568
    const q = rule("QUALIFIED_MAJORITY", { doubleMajority: true });
    expect(evaluate(q, "OSS").missing).toMatchObject([{ kind: "population", needShare: 0.666 }]); // 0.568
    expect(evaluate(q, "SOS").population?.met).toBe(true); // 0.756
  });
  it("meets an exact population tie (0.35 + 0.3 against 0.65) without floating-point error", () => {
    const delegations = [0.35, 0.3, 0.65].map((population, i) => ({ id: `d${i}`, name: `D${i}`, population }));
    expect(evaluate(rule("CONSENSUS_MINUS_ONE", { doubleMajority: true }), "SSO", delegations).met).toBe(true);
  });
  it("cannot be met while a delegation has no population figure, and says which", () => {
    const delegations = northeast.map((d) => (d.id === "jl" ? { ...d, population: null } : d));
    expect(evaluate(rule("UNANIMITY", { doubleMajority: true }), "SS-", delegations)).toMatchObject({
      met: false,
      missing: [
        { kind: "population", haveShare: null, needShare: 0.5, unknownPopulationDelegationIds: ["jl"] },
        { kind: "pending", delegationIds: ["hlj"] },
      ],
    });
  });
});

describe("edge cases", () => {
  it("is never met without delegations, or with an invalid rule", () => {
    expect(evaluate(CMO, "", []).missing).toEqual([{ kind: "no-delegations" }]);
    expect(evaluate(rule("QUALIFIED_MAJORITY", { majorityShare: null }), "SSS").missing).toEqual([
      { kind: "invalid-rule", field: "majorityShare", value: null },
    ]);
    expect(evaluate(rule("QUALIFIED_MAJORITY", { majorityShare: 0.5 }), "SSS").met).toBe(false);
    expect(evaluate(rule("UNANIMITY", { minSupport: 0 }), "SSS").missing[0]).toMatchObject({ field: "minSupport" });
  });
  it("ignores stances of unknown delegations and rejects two stances of one delegation", () => {
    expect(evaluateConsensus(U, northeast, stances({ gone: "OBJECT", ln: "SUPPORT" })).met).toBe(true);
    const twice = [...stances({ ln: "SUPPORT" }), ...stances({ ln: "OBJECT" })];
    expect(() => evaluateConsensus(U, northeast, twice)).toThrow(/two stances/);
  });
  it("describes the rule with its numbers", () => {
    expect(describeRule(rule("UNANIMITY", { minSupport: 2, doubleMajority: true }))).toBe(
      "objections = 0 and supports ≥ 2, and supporters' population share ≥ 0.5",
    );
    expect(Object.keys(CONSENSUS_FORMULAS)).toContain("QUALIFIED_MAJORITY");
  });
});

// Property tests: random workshops from a seeded generator (a failing seed reproduces the case).
const POSITIONS: Array<Position | null> = ["SUPPORT", "OBJECT", "ABSTAIN", null];
const SHARES = [0.501, 0.55, 0.6, 0.666, 0.667, 0.75, 0.8, 1];
const hasPosition = (e: readonly [string, Position | null]): e is [string, Position] => e[1] !== null;
type Case = { rule: ConsensusRule; delegations: ConsensusDelegation[]; positions: Map<string, Position> };
function randomCase(random: Random): Case {
  const delegations = Array.from({ length: random.int(0, 8) }, (_, i) => ({
    id: `d${i}`,
    name: `Delegation ${i}`,
    population: random.chance(0.08) ? null : random.int(0, 5000) / random.pick([1, 10, 1000]),
  }));
  const positions = new Map(delegations.map((d) => [d.id, random.pick(POSITIONS)] as const).filter(hasPosition));
  const kind = random.pick(["UNANIMITY", "CONSENSUS_MINUS_ONE", "QUALIFIED_MAJORITY"] as const);
  const majorityShare = random.chance(0.5) ? random.pick(SHARES) : random.int(501, 1000) / 1000;
  return {
    rule: { kind, minSupport: random.int(1, 4), majorityShare, doubleMajority: random.chance(0.4) },
    delegations,
    positions,
  };
}
const run = (c: Case) => evaluateConsensus(c.rule, c.delegations, stances(Object.fromEntries(c.positions)));
const withPosition = (c: Case, id: string, position: Position | null): Case => {
  const positions = new Map(c.positions);
  if (position) positions.set(id, position);
  else positions.delete(id);
  return { ...c, positions };
};
function forCases(count: number, check: (c: Case, random: Random) => void) {
  for (let seed = 1; seed <= count; seed++) {
    const random = createRandom(seed);
    check(randomCase(random), random);
  }
}
/** The result with every list of ids sorted, for comparisons that ignore order. */
const canonical = (r: ConsensusResult) =>
  JSON.stringify(r, (_, v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v.toSorted() : v));
const metAs = (c: Case, rule: Partial<ConsensusRule>) => run({ ...c, rule: { ...c.rule, ...rule } }).met;

describe("consensus properties (400 random workshops each)", () => {
  it("met ⇔ nothing missing; counts add up; blockers are objectors; pending is never the only reason", () => {
    forCases(400, (c) => {
      const r = run(c);
      expect(r.met).toBe(r.missing.length === 0);
      expect(r.counts.support + r.counts.object + r.counts.abstain + r.counts.pending).toBe(r.counts.total);
      for (const id of r.blocking) expect(r.positions.object).toContain(id);
      if (c.rule.kind === "QUALIFIED_MAJORITY") expect(r.blocking).toEqual([]);
      if (r.missing.some((m) => m.kind === "pending")) expect(r.missing.length).toBeGreaterThan(1);
      if (r.met && c.rule.doubleMajority) expect(r.population?.met).toBe(true);
    });
  });
  it("does not depend on the order of delegations or stances", () => {
    forCases(400, (c, random) => {
      const shuffled = evaluateConsensus(
        c.rule,
        random.shuffle(c.delegations),
        random.shuffle(stances(Object.fromEntries(c.positions))),
      );
      expect(canonical(shuffled)).toEqual(canonical(run(c)));
    });
  });
  // Turning an ABSTAIN into a SUPPORT is one of the cases of the first half.
  it("a new SUPPORT (from pending, abstention or objection) never breaks consensus; a new OBJECT never makes it", () => {
    forCases(400, (c, random) => {
      if (c.delegations.length === 0) return;
      const id = random.pick(c.delegations).id;
      const before = run(c).met;
      if (before) expect(run(withPosition(c, id, "SUPPORT")).met).toBe(true);
      else expect(run(withPosition(c, id, "OBJECT")).met).toBe(false);
    });
  });
  it("adding a delegation that supports (with a population figure) never breaks consensus; one that objects never makes it", () => {
    forCases(400, (c, random) => {
      const before = run(c).met;
      const extra = { id: "new", name: "New", population: random.int(0, 100) };
      const grown = { ...c, delegations: [...c.delegations, extra] };
      if (before) expect(run(withPosition(grown, "new", "SUPPORT")).met).toBe(true);
      else expect(run(withPosition(grown, "new", "OBJECT")).met).toBe(false);
    });
  });
  it("abstaining and not yet stating are equivalent for whether the rule is met", () => {
    forCases(400, (c, random) => {
      if (c.delegations.length === 0) return;
      const id = random.pick(c.delegations).id;
      const position = c.positions.get(id);
      if (position === "SUPPORT" || position === "OBJECT") return;
      expect(run(withPosition(c, id, position ? null : "ABSTAIN")).met).toBe(run(c).met);
    });
  });
  it("unanimity ⇒ consensus minus one; double majority ⇒ the plain rule; a lower share or minSupport keeps it met", () => {
    forCases(400, (c, random) => {
      if (metAs(c, { kind: "UNANIMITY" })) expect(metAs(c, { kind: "CONSENSUS_MINUS_ONE" })).toBe(true);
      if (metAs(c, { doubleMajority: true })) expect(metAs(c, { doubleMajority: false })).toBe(true);
      const lower = random.int(501, 1000) / 1000;
      if (metAs(c, { kind: "QUALIFIED_MAJORITY" }) && lower <= (c.rule.majorityShare ?? 1))
        expect(metAs(c, { kind: "QUALIFIED_MAJORITY", majorityShare: lower })).toBe(true);
      if (metAs(c, { kind: "UNANIMITY" }) && c.rule.minSupport > 1)
        expect(metAs(c, { kind: "UNANIMITY", minSupport: c.rule.minSupport - 1 })).toBe(true);
    });
  });
  it("all support ⇔ unanimity with minSupport N ⇔ qualified majority of 1; without objections, minus one ⇔ unanimity(1)", () => {
    forCases(400, (c) => {
      const n = c.delegations.length;
      const allSupport = n > 0 && c.delegations.every((d) => c.positions.get(d.id) === "SUPPORT");
      const plain = { doubleMajority: false };
      expect(metAs(c, { ...plain, kind: "UNANIMITY", minSupport: Math.max(1, n) })).toBe(allSupport);
      expect(metAs(c, { ...plain, kind: "QUALIFIED_MAJORITY", majorityShare: 1 })).toBe(allSupport);
      if (![...c.positions.values()].includes("OBJECT"))
        expect(metAs(c, { kind: "CONSENSUS_MINUS_ONE" })).toBe(metAs(c, { kind: "UNANIMITY", minSupport: 1 }));
    });
  });
});
