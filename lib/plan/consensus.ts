// The consensus state of a clause or amendment (Negotiate phase): is the workshop's rule met by
// the delegations' stances, who blocks and what is missing. Pure and deterministic; definitions
// and examples are in docs/consensus.md — keep the two in step.

export type ConsensusRuleKind = "UNANIMITY" | "CONSENSUS_MINUS_ONE" | "QUALIFIED_MAJORITY";
export type Position = "SUPPORT" | "OBJECT" | "ABSTAIN";
export interface ConsensusRule {
  kind: ConsensusRuleKind;
  /** Unanimity only: supports needed (integer ≥ 1). */
  minSupport: number;
  /** Qualified majority only: share of all delegations that must support, in (0.5, 1]. */
  majorityShare: number | null;
  /** Also require the supporters to represent a share of the population (see POPULATION_SHARE). */
  doubleMajority: boolean;
}
export type ConsensusDelegation = { id: string; name: string; population: number | null };
/** At most one per delegation; a delegation without a stance is "pending" (not yet stated). */
export type ConsensusStance = { delegationId: string; position: Position };

export type MissingReason =
  | { kind: "no-delegations" }
  | { kind: "invalid-rule"; field: "minSupport" | "majorityShare"; value: number | null }
  /** Objections beyond what the rule allows (`allowed`: 0 under unanimity, 1 under consensus minus one). */
  | { kind: "objections"; delegationIds: string[]; allowed: number }
  | { kind: "support"; have: number; need: number }
  | { kind: "population"; haveShare: number | null; needShare: number; unknownPopulationDelegationIds: string[] }
  /** Informational, only alongside another reason: these delegations have not stated a position yet. */
  | { kind: "pending"; delegationIds: string[] };

export interface PopulationCheck {
  met: boolean;
  /** Supporters' population / total population; null if not evaluable (a figure missing, or total 0). */
  haveShare: number | null;
  needShare: number;
  unknownPopulationDelegationIds: string[];
}
export interface ConsensusResult {
  rule: ConsensusRule;
  /** Invariant: met ⇔ missing is empty. */
  met: boolean;
  counts: { support: number; object: number; abstain: number; pending: number; total: number };
  /** Delegation ids by position, in the order of the delegations passed in. */
  positions: { support: string[]; object: string[]; abstain: string[]; pending: string[] };
  /** Delegations whose objection alone prevents consensus (never any under qualified majority). */
  blocking: string[];
  missing: MissingReason[];
  /** Present when the rule asks for a double majority. */
  population: PopulationCheck | null;
}

/** Population share required by a double majority under unanimity and consensus minus one. */
export const POPULATION_SHARE = 0.5;

/** Shown next to the consensus state (the UI translates; docs/consensus.md explains). */
export const CONSENSUS_FORMULAS = {
  UNANIMITY:
    "met ⇔ objections = 0 and supports ≥ minSupport; abstaining and pending delegations neither block nor support",
  CONSENSUS_MINUS_ONE: "met ⇔ objections ≤ 1 and supports ≥ 1; a single objecting delegation cannot block",
  QUALIFIED_MAJORITY:
    "met ⇔ supports / N ≥ majorityShare; N = all delegations (abstaining, objecting and pending ones count as not supporting)",
  doubleMajority: `also: population of supporters / population of all delegations ≥ majorityShare (qualified majority) or ≥ ${POPULATION_SHARE} (other rules); cannot be met while a delegation has no population figure`,
  comparisons: "thresholds are inclusive (≥) and compared exactly, as fractions, without rounding",
} as const;

/** The rule with its numbers filled in, e.g. "objections = 0 and supports ≥ 2". */
export function describeRule(rule: ConsensusRule): string {
  const base =
    rule.kind === "UNANIMITY"
      ? `objections = 0 and supports ≥ ${rule.minSupport}`
      : rule.kind === "CONSENSUS_MINUS_ONE"
        ? "objections ≤ 1 and supports ≥ 1"
        : `supports / all delegations ≥ ${rule.majorityShare ?? "?"}`;
  if (!rule.doubleMajority) return base;
  return `${base}, and supporters' population share ≥ ${populationThreshold(rule) ?? "?"}`;
}

/** The exact value of a finite number as a decimal fraction num / 10^k (no floating-point error). */
type Fraction = { num: bigint; den: bigint };
function exact(value: number): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new Error(`not a finite number: ${value}`);
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return scale >= 0 ? { num: digits, den: 10n ** BigInt(scale) } : { num: digits * 10n ** BigInt(-scale), den: 1n };
}
/** a/b ≥ c/d for b, d > 0, exactly. */
const atLeast = (a: bigint, b: bigint, share: Fraction) => a * share.den >= share.num * b;

function populationThreshold(rule: ConsensusRule): number | null {
  return rule.kind === "QUALIFIED_MAJORITY" ? rule.majorityShare : POPULATION_SHARE;
}
const validShare = (share: number | null): share is number =>
  share !== null && Number.isFinite(share) && share > 0.5 && share <= 1;

function checkPopulation(
  delegations: ConsensusDelegation[],
  supporters: ReadonlySet<string>,
  needShare: number,
): PopulationCheck {
  const unknown = delegations.filter(
    (d) => d.population === null || !Number.isFinite(d.population) || d.population < 0,
  );
  const unknownPopulationDelegationIds = unknown.map((d) => d.id);
  if (unknown.length > 0) return { met: false, haveShare: null, needShare, unknownPopulationDelegationIds };
  // Sum exactly: every figure as an integer over the largest power of ten among them.
  const figures = delegations.map((d) => ({ id: d.id, ...exact(d.population ?? 0) }));
  const den = figures.reduce((max, f) => (f.den > max ? f.den : max), 1n);
  let total = 0n;
  let have = 0n;
  for (const f of figures) {
    const scaled = f.num * (den / f.den);
    total += scaled;
    if (supporters.has(f.id)) have += scaled;
  }
  if (total === 0n) return { met: false, haveShare: null, needShare, unknownPopulationDelegationIds };
  const haveShare = Number((have * 1_000_000n) / total) / 1_000_000; // for display only
  return { met: atLeast(have, total, exact(needShare)), haveShare, needShare, unknownPopulationDelegationIds };
}

export function evaluateConsensus(
  rule: ConsensusRule,
  delegations: ConsensusDelegation[],
  stances: ConsensusStance[],
): ConsensusResult {
  const known = new Set<string>();
  for (const d of delegations) {
    if (known.has(d.id)) throw new Error(`delegation ${d.id} listed twice`);
    known.add(d.id);
  }
  const byDelegation = new Map<string, Position>();
  for (const s of stances) {
    if (!known.has(s.delegationId)) continue; // a stance of a delegation no longer in the workshop
    if (byDelegation.has(s.delegationId)) throw new Error(`delegation ${s.delegationId} has two stances`);
    byDelegation.set(s.delegationId, s.position);
  }
  const positions: ConsensusResult["positions"] = { support: [], object: [], abstain: [], pending: [] };
  for (const d of delegations) {
    const position = byDelegation.get(d.id);
    const list =
      position === "SUPPORT"
        ? positions.support
        : position === "OBJECT"
          ? positions.object
          : position === "ABSTAIN"
            ? positions.abstain
            : positions.pending;
    list.push(d.id);
  }
  const counts = {
    support: positions.support.length,
    object: positions.object.length,
    abstain: positions.abstain.length,
    pending: positions.pending.length,
    total: delegations.length,
  };
  const result = (missing: MissingReason[], blocking: string[], population: PopulationCheck | null) => {
    const met = missing.length === 0;
    if (!met && counts.pending > 0) missing.push({ kind: "pending", delegationIds: [...positions.pending] });
    return { rule, met, counts, positions, blocking, missing, population };
  };

  if (rule.kind === "UNANIMITY" && !(Number.isInteger(rule.minSupport) && rule.minSupport >= 1))
    return result([{ kind: "invalid-rule", field: "minSupport", value: rule.minSupport }], [], null);
  if (rule.kind === "QUALIFIED_MAJORITY" && !validShare(rule.majorityShare))
    return result([{ kind: "invalid-rule", field: "majorityShare", value: rule.majorityShare }], [], null);
  if (delegations.length === 0) return result([{ kind: "no-delegations" }], [], null);

  const missing: MissingReason[] = [];
  let blocking: string[] = [];
  const { support, object } = counts;
  if (rule.kind === "UNANIMITY") {
    if (object > 0) missing.push({ kind: "objections", delegationIds: [...positions.object], allowed: 0 });
    blocking = [...positions.object];
    if (support < rule.minSupport) missing.push({ kind: "support", have: support, need: rule.minSupport });
  } else if (rule.kind === "CONSENSUS_MINUS_ONE") {
    if (object > 1) {
      missing.push({ kind: "objections", delegationIds: [...positions.object], allowed: 1 });
      blocking = [...positions.object];
    }
    if (support < 1) missing.push({ kind: "support", have: support, need: 1 });
  } else {
    const share = exact(rule.majorityShare ?? 1);
    const total = BigInt(delegations.length);
    if (!atLeast(BigInt(support), total, share)) {
      const need = Number((share.num * total + share.den - 1n) / share.den); // ⌈share × N⌉, exactly
      missing.push({ kind: "support", have: support, need });
    }
  }

  let population: PopulationCheck | null = null;
  if (rule.doubleMajority) {
    population = checkPopulation(delegations, new Set(positions.support), populationThreshold(rule) ?? 1);
    if (!population.met) {
      const { haveShare, needShare, unknownPopulationDelegationIds } = population;
      missing.push({ kind: "population", haveShare, needShare, unknownPopulationDelegationIds });
    }
  }
  return result(missing, blocking, population);
}
