// The overlap analysis (Analyse phase): which industries several delegations plan, and a
// redundancy score per industry. Pure and deterministic; definitions and the reasoning behind
// them are in docs/analysis.md — keep the two in step.

export type AnalysisHorizon = "MEDIUM" | "LONG";
export type AnalysisDelegation = { id: string; name: string; population: number | null; gdp: number | null };
export interface AnalysisPlan {
  id: string;
  delegationId: string;
  industryCode: string;
  horizon: AnalysisHorizon;
  targetValue: number | null;
  targetUnit: string | null;
  investmentAmount: number | null;
  investmentCurrency: string | null;
  hubCities: string[];
  priority: number /* 1..5 */;
  clusterId: string | null;
}
export interface RegionalReference {
  industryCode: string;
  horizon: AnalysisHorizon | null /* null = both */;
  value: number;
  unit: string;
  note?: string;
}
export interface AnalysisInput {
  delegations: AnalysisDelegation[];
  plans: AnalysisPlan[];
  references: RegionalReference[];
  /** The economic base (persons employed per delegation and industry), when entered. */
  baseline?: Array<{ delegationId: string; industryCode: string; employment: number }>;
  clusterId?: string | null /* filter: only plans tagged to this cluster */;
  horizon?: AnalysisHorizon | null /* filter */;
}

export type Severity = "none" | "low" | "medium" | "high";
export const SCORE_WEIGHTS = { breadth: 0.5, capacity: 0.3, hubs: 0.2 } as const;
/** Breadth reaches 1 once this many delegations (or all of them, if fewer) plan the industry. */
export const BREADTH_SATURATION = 5;
/** Capacity pressure is 0 up to this ratio of combined plans to the reference, 1 from PRESSURE_FULL. */
export const PRESSURE_START = 0.5;
export const PRESSURE_FULL = 1.5;
/** Lower bounds (inclusive) of the bands on the 0–100 score, for industries planned by 2+ delegations. */
export const SEVERITY_THRESHOLDS = { low: 0, medium: 35, high: 65 } as const;

const { breadth: wB, capacity: wP, hubs: wH } = SCORE_WEIGHTS;
const { medium: bandMedium, high: bandHigh } = SEVERITY_THRESHOLDS;
/** Shown next to the numbers in the overlap view (the UI translates; docs/analysis.md explains). Built from the constants so they never disagree. */
export const REDUNDANCY_FORMULAS = {
  breadth: `breadth = min(1, (k − 1) / (min(N, ${BREADTH_SATURATION}) − 1)); k = delegations planning the industry, N = delegations`,
  capacity: `pressure = max over references of clamp((combined / reference − ${PRESSURE_START}) / (${PRESSURE_FULL} − ${PRESSURE_START}), 0, 1); combined = sum of the targets in the reference's unit and horizon`,
  hubs: "hubs = 1 − 0.5^s; s = sum over cities named by 2+ delegations of (delegations naming the city − 1)",
  score: `score = 100 × (${wB}·breadth + ${wP}·pressure + ${wH}·hubs) / (sum of the weights in use); pressure is in use only when a reference exists for the industry`,
  severity: `none if fewer than 2 delegations plan it; otherwise low below ${bandMedium}, medium from ${bandMedium}, high from ${bandHigh}`,
} as const;

export type OverlapCell = { delegationId: string; plans: AnalysisPlan[] };
export interface CapacityLine {
  unit: string;
  unitKey: string;
  horizon: AnalysisHorizon;
  combined: number;
  planCount: number;
  reference: RegionalReference | null;
  ratio: number | null;
  pressure: number | null;
}
export type HubCoincidence = { city: string; delegationIds: string[] };
export type ScoreComponent = { value: number | null; weight: number /* after renormalisation */; points: number };
export interface OverlapRow {
  industryCode: string;
  cells: OverlapCell[];
  delegationCount: number;
  capacity: CapacityLine[];
  hubCoincidences: HubCoincidence[];
  components: { breadth: ScoreComponent; capacity: ScoreComponent; hubs: ScoreComponent };
  score: number;
  severity: Severity;
}
export type ExcludedPlan = { planId: string; reason: "unknown-delegation" };
export interface OverlapAnalysis {
  rows: OverlapRow[];
  totals: { industries: number; contested: number; bySeverity: Record<Severity, number> };
  delegationCount: number;
  excludedPlans: ExcludedPlan[];
  ignoredReferences: RegionalReference[];
}

const HORIZONS: readonly AnalysisHorizon[] = ["MEDIUM", "LONG"];
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// NFKC leaves printable ASCII unchanged: skipping it there keeps large analyses fast.
export const nfkc = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKC"));
/** Units match ignoring case, width and spaces: "Units / Year" = "units/year". */
export const unitKey = (unit: string) => nfkc(unit).toLowerCase().replace(/\s+/g, "");
/** Cities match ignoring case, width and surrounding/double spaces: "changchun " = "Changchun". */
export const cityKey = (city: string) => nfkc(city).trim().replace(/\s+/g, " ").toLowerCase();
/** A usable amount: finite and non-negative. Anything else counts as missing, never as NaN. */
export const usable = (value: number | null): value is number => value !== null && Number.isFinite(value) && value >= 0;

/** Sums in ascending order so the result (to the last bit) does not depend on the input order. */
export function sortedSum(values: readonly number[]): number {
  let sum = 0;
  for (const value of Float64Array.from(values).sort()) sum += value; // typed arrays sort numerically
  return sum;
}
/** The display form among spellings of one key: the most frequent, then the smallest — never order-dependent. */
export function displayForm(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form.trim(), (counts.get(form.trim()) ?? 0) + 1);
  let best: [string, number] = ["", 0];
  for (const [form, count] of counts)
    if (count > best[1] || (count === best[1] && form < best[0])) best = [form, count];
  return best[0];
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Plans in view (filters applied, known delegations only), in an order independent of the input order. */
export function selectPlans(input: AnalysisInput): { plans: AnalysisPlan[]; excluded: ExcludedPlan[] } {
  const known = new Set(input.delegations.map((d) => d.id));
  const excluded: ExcludedPlan[] = [];
  const plans = input.plans.filter((plan) => {
    if (input.clusterId != null && plan.clusterId !== input.clusterId) return false;
    if (input.horizon != null && plan.horizon !== input.horizon) return false;
    if (!known.has(plan.delegationId)) excluded.push({ planId: plan.id, reason: "unknown-delegation" });
    return known.has(plan.delegationId);
  });
  plans.sort(
    (a, b) =>
      compare(a.delegationId, b.delegationId) ||
      compare(a.industryCode, b.industryCode) ||
      compare(a.horizon, b.horizon) ||
      compare(a.id, b.id),
  );
  excluded.sort((a, b) => compare(a.planId, b.planId));
  return { plans, excluded };
}

/** Usable references by industry|unitKey|horizon ("*" = both). Duplicates: the largest value (least alarming). */
function indexReferences(references: RegionalReference[]) {
  const byKey = new Map<string, RegionalReference>();
  const byIndustry = new Map<string, RegionalReference[]>();
  const ignored: RegionalReference[] = [];
  for (const ref of references) {
    if (!(Number.isFinite(ref.value) && ref.value > 0) || unitKey(ref.unit) === "") {
      ignored.push(ref);
      continue;
    }
    const key = `${ref.industryCode}|${unitKey(ref.unit)}|${ref.horizon ?? "*"}`;
    const previous = byKey.get(key);
    if (!previous || ref.value > previous.value) byKey.set(key, ref);
    byIndustry.set(ref.industryCode, [...(byIndustry.get(ref.industryCode) ?? []), ref]);
  }
  return { byKey, byIndustry, ignored };
}

type References = ReturnType<typeof indexReferences>;

export function analyseOverlap(input: AnalysisInput): OverlapAnalysis {
  const delegationIds = [...new Set(input.delegations.map((d) => d.id))];
  const { plans, excluded } = selectPlans(input);
  const references = indexReferences(input.references);
  const viewHorizons = input.horizon ? [input.horizon] : HORIZONS;

  const rows = [...groupBy(plans, (plan) => plan.industryCode)].map(([code, industryPlans]) =>
    analyseIndustry(code, industryPlans, delegationIds, viewHorizons, references),
  );
  rows.sort(
    (a, b) =>
      Number(b.delegationCount >= 2) - Number(a.delegationCount >= 2) ||
      b.score - a.score ||
      compare(a.industryCode, b.industryCode),
  );
  const bySeverity: Record<Severity, number> = { none: 0, low: 0, medium: 0, high: 0 };
  for (const row of rows) bySeverity[row.severity] += 1;
  return {
    rows,
    totals: { industries: rows.length, contested: rows.filter((r) => r.delegationCount >= 2).length, bySeverity },
    delegationCount: delegationIds.length,
    excludedPlans: excluded,
    ignoredReferences: references.ignored,
  };
}

function analyseIndustry(
  code: string,
  plans: AnalysisPlan[],
  delegationIds: string[],
  viewHorizons: readonly AnalysisHorizon[],
  references: References,
): OverlapRow {
  const byDelegation = groupBy(plans, (plan) => plan.delegationId);
  const cells = delegationIds.map((id) => ({ delegationId: id, plans: byDelegation.get(id) ?? [] }));
  const k = cells.filter((cell) => cell.plans.length > 0).length;
  const capacity = capacityLines(code, plans, viewHorizons, references);
  const hubCoincidences = coincidingHubs(plans, delegationIds);

  // Every component is non-decreasing in the set of plans, and which components are in use
  // depends on the references only — so adding a plan can never lower the score.
  const saturation = Math.min(delegationIds.length, BREADTH_SATURATION) - 1;
  const breadth = saturation > 0 ? Math.min(1, Math.max(0, k - 1) / saturation) : 0;
  const pressures = capacity.flatMap((line) => (line.pressure === null ? [] : [line.pressure]));
  const pressure = pressures.length > 0 ? Math.max(...pressures) : null;
  const s = hubCoincidences.reduce((sum, hub) => sum + hub.delegationIds.length - 1, 0);
  const hubs = 1 - 0.5 ** s;

  const totalWeight = SCORE_WEIGHTS.breadth + SCORE_WEIGHTS.hubs + (pressure === null ? 0 : SCORE_WEIGHTS.capacity);
  const component = (value: number | null, weight: number): ScoreComponent =>
    value === null
      ? { value: null, weight: 0, points: 0 }
      : { value, weight: weight / totalWeight, points: (100 * weight * value) / totalWeight };
  const components = {
    breadth: component(breadth, SCORE_WEIGHTS.breadth),
    capacity: component(pressure, SCORE_WEIGHTS.capacity),
    hubs: component(hubs, SCORE_WEIGHTS.hubs),
  };
  const raw = components.breadth.points + components.capacity.points + components.hubs.points;
  // One decimal, clamped: the band is decided on the number the facilitator sees.
  const score = Math.min(100, Math.max(0, Math.round(raw * 10) / 10));
  const severity = severityOf(k, score);
  return { industryCode: code, cells, delegationCount: k, capacity, hubCoincidences, components, score, severity };
}

export function severityOf(delegationCount: number, score: number): Severity {
  if (delegationCount < 2) return "none";
  if (score >= SEVERITY_THRESHOLDS.high) return "high";
  return score >= SEVERITY_THRESHOLDS.medium ? "medium" : "low";
}

/** Combined targets per unit and horizon (horizons are never added: a long-term target usually includes the medium one). */
function capacityLines(
  code: string,
  plans: AnalysisPlan[],
  viewHorizons: readonly AnalysisHorizon[],
  references: References,
): CapacityLine[] {
  const groups = new Map<string, { unitKey: string; horizon: AnalysisHorizon; forms: string[]; values: number[] }>();
  const group = (key: string, horizon: AnalysisHorizon) => {
    const id = `${key}|${horizon}`;
    const found = groups.get(id) ?? { unitKey: key, horizon, forms: [], values: [] };
    groups.set(id, found);
    return found;
  };
  for (const plan of plans) {
    if (!usable(plan.targetValue) || !plan.targetUnit || unitKey(plan.targetUnit) === "") continue;
    const line = group(unitKey(plan.targetUnit), plan.horizon);
    line.forms.push(plan.targetUnit);
    line.values.push(plan.targetValue);
  }
  // A reference in view always yields a line (possibly with combined 0), so that whether pressure
  // is in use depends on the facilitator's references, never on which plans exist.
  for (const ref of references.byIndustry.get(code) ?? []) {
    for (const horizon of viewHorizons)
      if (ref.horizon === null || ref.horizon === horizon) group(unitKey(ref.unit), horizon);
  }
  return [...groups.values()]
    .map((g) => {
      const reference =
        references.byKey.get(`${code}|${g.unitKey}|${g.horizon}`) ??
        references.byKey.get(`${code}|${g.unitKey}|*`) ??
        null;
      const combined = sortedSum(g.values);
      const ratio = reference ? combined / reference.value : null;
      const pressure =
        ratio === null ? null : Math.min(1, Math.max(0, (ratio - PRESSURE_START) / (PRESSURE_FULL - PRESSURE_START)));
      const unit = reference ? reference.unit.trim() : displayForm(g.forms); // the facilitator's spelling first
      const { unitKey: key, horizon, values } = g;
      return { unit, unitKey: key, horizon, combined, planCount: values.length, reference, ratio, pressure };
    })
    .sort((a, b) => compare(a.unitKey, b.unitKey) || compare(a.horizon, b.horizon));
}

/** Cities named (in any plan of the industry in view) by two or more delegations. */
function coincidingHubs(plans: AnalysisPlan[], delegationIds: string[]): HubCoincidence[] {
  const cities = new Map<string, { forms: string[]; delegations: Set<string> }>();
  for (const plan of plans)
    for (const city of plan.hubCities) {
      const key = cityKey(city);
      if (key === "") continue;
      const entry = cities.get(key) ?? { forms: [], delegations: new Set<string>() };
      entry.forms.push(city);
      entry.delegations.add(plan.delegationId);
      cities.set(key, entry);
    }
  return [...cities.entries()]
    .filter(([, entry]) => entry.delegations.size >= 2)
    .sort(([a], [b]) => compare(a, b))
    .map(([, entry]) => ({
      city: displayForm(entry.forms),
      delegationIds: delegationIds.filter((id) => entry.delegations.has(id)),
    }));
}
