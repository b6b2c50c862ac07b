// Specialisation hints (Analyse phase): for each contested industry, which delegation puts
// relatively most of its own planned investment into it (location quotient). Only the
// delegations' own figures are used; definitions and a worked example are in docs/analysis.md.
import {
  displayForm,
  groupBy,
  nfkc,
  selectPlans,
  sortedSum,
  unitKey,
  usable,
  type AnalysisHorizon,
  type AnalysisInput,
  type AnalysisPlan,
} from "./overlap";
import { locationQuotients } from "@/lib/optimiser/lq";

/** Shown next to each indicator (the UI translates; docs/analysis.md explains). */
export const SPECIALISATION_FORMULAS = {
  investmentShare: "share(d, i) = planned investment of d in i / all planned investment of d (one currency)",
  regionalShare:
    "regional share(i) = planned investment of all delegations in i / all planned investment (one currency)",
  locationQuotient:
    "LQ(d, i) = share(d, i) / regional share(i); above 1, d puts relatively more of its plans into i than the region does",
  employmentLq:
    "employment LQ(d, i) = (employment of d in i / employment of d) / (employment of the region in i / employment of the region), on the economic base; above 1, d is already more specialised in i than the region",
  capacityShare:
    "capacity share(d, i) = target of d / sum of the targets of all delegations, per unit and horizon, for industry i",
  highestPriority: "highest priority(d, i) = the largest priority (1–5) that d gave to i in the plans in view",
  advantage:
    "comparative advantage: the delegation with the highest LQ; LQs equal to 1 part in 10⁹ are reported as a tie",
} as const;

/** LQs this close (relative) are a tie: equal inputs can differ in the last bit after division. */
export const LQ_TIE_TOLERANCE = 1e-9;

export interface CapacityShare {
  unit: string;
  horizon: AnalysisHorizon;
  value: number;
  regionTotal: number;
  share: number | null;
}
export interface DelegationHint {
  delegationId: string;
  planIds: string[];
  /** inv(d, i) in the chosen currency; null when none of d's plans for i has a figure in it. */
  investment: number | null;
  delegationInvestment: number;
  investmentShare: number | null;
  locationQuotient: number | null;
  /** The standard LQ on the economic base (employment share versus the region's, over the
   * industries the base lists); null without a base for this delegation and industry. */
  employmentLq: number | null;
  capacity: CapacityShare[];
  priorities: number[];
  highestPriority: number;
}
export type Advantage =
  | { kind: "single"; delegationId: string; locationQuotient: number }
  | { kind: "tie"; delegationIds: string[]; locationQuotient: number }
  | { kind: "none" };
export type Basis =
  | { kind: "investment-lq"; currency: string; plansUsed: number; delegationsCompared: number }
  | { kind: "none"; reason: "no-investment-figures" | "fewer-than-two-figures" | "no-positive-investment" };
export interface IndustryHints {
  industryCode: string;
  regionalInvestment: number;
  regionalShare: number | null;
  delegations: DelegationHint[];
  advantage: Advantage;
  basis: Basis;
}
export interface SpecialisationHints {
  /** The currency with the most plans (ties: alphabetical first, all tied listed in currencyTie). */
  currency: string | null;
  currencyTie: string[];
  regionalInvestment: number;
  industries: IndustryHints[];
  excludedPlans: { planId: string; currency: string; reason: "other-currency" }[];
  plansWithoutInvestment: string[];
}

const currencyOf = (plan: AnalysisPlan) =>
  nfkc(plan.investmentCurrency ?? "")
    .trim()
    .toUpperCase();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function chooseCurrency(currencies: Iterable<string>): { currency: string | null; tie: string[] } {
  const counts = new Map<string, number>();
  for (const currency of currencies) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const leaders = [...counts]
    .filter(([, count]) => count === most)
    .map(([currency]) => currency)
    .sort(compare);
  return { currency: leaders[0] ?? null, tie: leaders.length > 1 ? leaders : [] };
}

export function specialisationHints(input: AnalysisInput): SpecialisationHints {
  const { plans } = selectPlans(input);
  const delegationIds = [...new Set(input.delegations.map((d) => d.id))];
  // The currency of each plan with a usable investment figure (others have no entry).
  const invested = new Map<AnalysisPlan, string>();
  for (const plan of plans)
    if (usable(plan.investmentAmount) && currencyOf(plan) !== "") invested.set(plan, currencyOf(plan));
  const { currency, tie } = chooseCurrency(invested.values());
  const isCounted = (plan: AnalysisPlan) => currency !== null && invested.get(plan) === currency;
  const amountsOf = (list: AnalysisPlan[]) => list.map((plan) => plan.investmentAmount ?? 0);

  const countedByDelegation = groupBy(plans.filter(isCounted), (plan) => plan.delegationId);
  const byDelegation = new Map(
    delegationIds.map((id) => [id, sortedSum(amountsOf(countedByDelegation.get(id) ?? []))]),
  );
  const regionalInvestment = sortedSum([...byDelegation.values()]);
  const byIndustry = groupBy(plans, (plan) => plan.industryCode);
  const employment = employmentQuotients(input);

  const industries: IndustryHints[] = [];
  for (const [code, industryPlans] of [...byIndustry].sort(([a], [b]) => compare(a, b))) {
    const plansOf = groupBy(industryPlans, (plan) => plan.delegationId);
    const planners = delegationIds.filter((id) => plansOf.has(id));
    if (planners.length < 2) continue;
    const countedHere = industryPlans.filter(isCounted);
    const regionalHere = sortedSum(amountsOf(countedHere));
    const regionalShare = regionalInvestment > 0 ? regionalHere / regionalInvestment : null;
    const capacityGroups = capacityTotals(industryPlans);

    const delegations = planners.map((id): DelegationHint => {
      const own = plansOf.get(id) ?? [];
      const ownCounted = own.filter(isCounted);
      const delegationInvestment = byDelegation.get(id) ?? 0;
      // Missing is not zero: without a figure in the currency, no share and no LQ.
      const investment = ownCounted.length > 0 ? sortedSum(amountsOf(ownCounted)) : null;
      const investmentShare =
        investment !== null && delegationInvestment > 0 ? investment / delegationInvestment : null;
      const locationQuotient =
        investmentShare !== null && regionalShare !== null && regionalShare > 0
          ? investmentShare / regionalShare
          : null;
      const priorities = [...new Set(own.map((p) => p.priority))].sort((a, b) => a - b);
      return {
        delegationId: id,
        planIds: own.map((p) => p.id),
        investment,
        delegationInvestment,
        investmentShare,
        locationQuotient,
        employmentLq: employment(id, code),
        capacity: capacityShares(own, capacityGroups),
        priorities,
        highestPriority: Math.max(...priorities),
      };
    });
    industries.push({
      industryCode: code,
      regionalInvestment: regionalHere,
      regionalShare,
      delegations,
      ...advantageOf(delegations, currency, countedHere.length),
    });
  }

  return {
    currency,
    currencyTie: tie,
    regionalInvestment,
    industries,
    excludedPlans: [...invested]
      .filter(([, planCurrency]) => planCurrency !== currency)
      .map(([plan, planCurrency]) => ({ planId: plan.id, currency: planCurrency, reason: "other-currency" as const })),
    plansWithoutInvestment: plans.filter((plan) => !invested.has(plan)).map((plan) => plan.id),
  };
}

/** The economic base's LQs (lib/optimiser/lq.ts), null where the base has no row. */
function employmentQuotients(input: AnalysisInput): (delegationId: string, industryCode: string) => number | null {
  const base = input.baseline ?? [];
  const listed = new Set(base.map((row) => `${row.delegationId}/${row.industryCode}`));
  const quotients = locationQuotients({
    delegations: input.delegations.map((d) => ({ id: d.id, name: d.name })),
    industries: [...new Set(base.map((row) => row.industryCode))].map((code) => ({ code, name: code })),
    baseline: base.map((row) => ({
      delegation: row.delegationId,
      industry: row.industryCode,
      employment: row.employment,
    })),
  });
  return (delegationId, industryCode) =>
    listed.has(`${delegationId}/${industryCode}`) ? (quotients.get(delegationId)?.get(industryCode) ?? null) : null;
}

function advantageOf(
  delegations: DelegationHint[],
  currency: string | null,
  plansUsed: number,
): { advantage: Advantage; basis: Basis } {
  const compared = delegations.filter((d) => d.locationQuotient !== null);
  if (currency === null || compared.length === 0)
    return { advantage: { kind: "none" }, basis: { kind: "none", reason: "no-investment-figures" } };
  // An advantage is comparative: with a single figure there is nothing to compare it with.
  if (compared.length < 2)
    return { advantage: { kind: "none" }, basis: { kind: "none", reason: "fewer-than-two-figures" } };
  const best = Math.max(...compared.map((d) => d.locationQuotient ?? 0));
  if (!(best > 0)) return { advantage: { kind: "none" }, basis: { kind: "none", reason: "no-positive-investment" } };
  const leaders = compared.filter((d) => (d.locationQuotient ?? 0) >= best * (1 - LQ_TIE_TOLERANCE));
  const basis: Basis = { kind: "investment-lq", currency, plansUsed, delegationsCompared: compared.length };
  const first = leaders[0];
  if (leaders.length === 1 && first)
    return { advantage: { kind: "single", delegationId: first.delegationId, locationQuotient: best }, basis };
  return {
    advantage: { kind: "tie", delegationIds: leaders.map((d) => d.delegationId), locationQuotient: best },
    basis,
  };
}

type CapacityGroups = Map<string, { unit: string; horizon: AnalysisHorizon; total: number }>;
const capacityKey = (plan: AnalysisPlan) => `${unitKey(plan.targetUnit ?? "")}|${plan.horizon}`;
const hasCapacity = (plan: AnalysisPlan) => usable(plan.targetValue) && unitKey(plan.targetUnit ?? "") !== "";

const targetsOf = (list: AnalysisPlan[]) => list.map((plan) => plan.targetValue ?? 0);

/** Region totals per unit and horizon (horizons are not added: long-term targets usually include medium ones). */
function capacityTotals(plans: AnalysisPlan[]): CapacityGroups {
  const groups: CapacityGroups = new Map();
  for (const [key, list] of groupBy(plans.filter(hasCapacity), capacityKey)) {
    const unit = displayForm(list.map((plan) => plan.targetUnit ?? ""));
    groups.set(key, { unit, horizon: list[0]?.horizon ?? "MEDIUM", total: sortedSum(targetsOf(list)) });
  }
  return groups;
}

function capacityShares(own: AnalysisPlan[], groups: CapacityGroups): CapacityShare[] {
  return [...groupBy(own.filter(hasCapacity), capacityKey)]
    .sort(([a], [b]) => compare(a, b))
    .flatMap(([key, list]) => {
      const group = groups.get(key);
      if (!group) return [];
      const value = sortedSum(targetsOf(list));
      const share = group.total > 0 ? value / group.total : null;
      return [{ unit: group.unit, horizon: group.horizon, value, regionTotal: group.total, share }];
    });
}
