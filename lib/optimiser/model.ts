// The division of labour as a mixed-integer programme (issue 16). Pure: inputs -> model -> LP text.
//
// For each delegation d and industry i that d plans as a pillar (a candidate):
//   lead[d,i]    = 1 if d leads i in the region;
//   partner[d,i] = 1 if d keeps i as a partner of another delegation's lead (when partners are allowed).
// Always:
//   at most one lead per industry;           lead[d,i] + partner[d,i] <= 1;
//   partner[d,i] <= the leads of i by others (a partner needs someone to partner).
// The positions, each a statement that can be named when they cannot all hold:
//   "d must lead i"                         lead[d,i] = 1
//   "d keeps i" (planned, not ceded)        lead[d,i] + partner[d,i] >= 1
//   "d wants at least / at most N pillars"  sum over i of lead + partner >= / <= N
//   "d keeps at least F of its investment"  sum of investment[d,i] (lead + partner / 2) >= F * planned total
//   "d funds at most E in horizon h"        sum of investment[d,i,h] (lead + partner / 2) <= E
// Objective, maximised: sum of LQ[d,i] * lead[d,i] + (LQ[d,i] / 2 - penalty) * partner[d,i]: each
// industry goes to where it is most concentrated, a shared pillar counts half and costs the
// redundancy penalty.
import type { OptimiserInput } from "./input";
import { locationQuotients } from "./lq";

export type Candidate = {
  delegation: string;
  industry: string;
  investment: number;
  byHorizon: Record<Horizon, number>;
  lq: number;
  lead: string;
  partner: string | null;
};
export type Term = [variable: string, coefficient: number];
export type Row = { name: string; terms: Term[]; sense: "<=" | ">=" | "="; rhs: number };
export type StatementKind = "mustLead" | "keeps" | "minPillars" | "maxPillars" | "fairness" | "envelope";
export type Horizon = "medium" | "long";
export type Statement = {
  id: string;
  kind: StatementKind;
  delegation: string;
  industry?: string;
  value?: number;
  horizon?: Horizon;
  rows: Row[];
};
export type Model = {
  candidates: Candidate[];
  objective: Term[];
  structure: Row[];
  statements: Statement[];
};

/** Coefficients are written with 6 decimals: the model is the same text on every machine. */
const fixed = (value: number) => Number(value.toFixed(6));

export function buildModel(input: OptimiserInput): Model {
  const quotients = locationQuotients(input);
  const delegationIndex = new Map(input.delegations.map((d, k) => [d.id, k]));
  const industryIndex = new Map(input.industries.map((i, k) => [i.code, k]));
  const { partners, redundancyPenalty, fairnessFloor } = input.settings;
  const candidates: Candidate[] = input.plans.map((plan) => {
    const name = `${delegationIndex.get(plan.delegation)}_${industryIndex.get(plan.industry)}`;
    return {
      delegation: plan.delegation,
      industry: plan.industry,
      investment: plan.investment,
      byHorizon: { medium: plan.byHorizon?.medium ?? 0, long: plan.byHorizon?.long ?? 0 },
      lq: quotients.get(plan.delegation)?.get(plan.industry) ?? 0,
      lead: `l_${name}`,
      partner: partners ? `p_${name}` : null,
    };
  });
  const objective: Term[] = candidates.flatMap((c) => [
    [c.lead, fixed(c.lq)] as Term,
    ...(c.partner ? [[c.partner, fixed(c.lq / 2 - redundancyPenalty)] as Term] : []),
  ]);
  const structure: Row[] = [];
  for (const industry of input.industries) {
    const here = candidates.filter((c) => c.industry === industry.code);
    if (here.length === 0) continue;
    const k = industryIndex.get(industry.code);
    structure.push({ name: `one_lead_${k}`, terms: here.map((c) => [c.lead, 1]), sense: "<=", rhs: 1 });
    for (const c of here) {
      if (!c.partner) continue;
      structure.push({
        name: `lead_or_partner_${c.lead.slice(2)}`,
        terms: [
          [c.lead, 1],
          [c.partner, 1],
        ],
        sense: "<=",
        rhs: 1,
      });
      const others = here.filter((o) => o !== c).map((o): Term => [o.lead, -1]);
      structure.push({
        name: `partner_needs_lead_${c.lead.slice(2)}`,
        terms: [[c.partner, 1], ...others],
        sense: "<=",
        rhs: 0,
      });
    }
  }
  const keeping = (c: Candidate, partnerWeight = 1): Term[] => [
    [c.lead, 1],
    ...(c.partner ? [[c.partner, partnerWeight] as Term] : []),
  ];
  const statements: Statement[] = [];
  for (const delegation of input.delegations) {
    const own = candidates.filter((c) => c.delegation === delegation.id);
    const position = input.positions.find((p) => p.delegation === delegation.id);
    const d = delegationIndex.get(delegation.id);
    const mustLead = new Set(position?.mustLead ?? []);
    const cede = new Set(position?.willingToCede ?? []);
    for (const c of own) {
      const k = industryIndex.get(c.industry);
      if (mustLead.has(c.industry)) {
        statements.push({
          id: `mustLead:${delegation.id}:${c.industry}`,
          kind: "mustLead",
          delegation: delegation.id,
          industry: c.industry,
          rows: [{ name: `must_lead_${d}_${k}`, terms: [[c.lead, 1]], sense: "=", rhs: 1 }],
        });
      } else if (position && !cede.has(c.industry)) {
        statements.push({
          id: `keeps:${delegation.id}:${c.industry}`,
          kind: "keeps",
          delegation: delegation.id,
          industry: c.industry,
          rows: [{ name: `keeps_${d}_${k}`, terms: keeping(c), sense: ">=", rhs: 1 }],
        });
      }
    }
    const pillars = own.flatMap((c) => keeping(c));
    if (position?.minPillars !== undefined && position.minPillars > 0) {
      statements.push({
        id: `minPillars:${delegation.id}`,
        kind: "minPillars",
        delegation: delegation.id,
        value: position.minPillars,
        rows: [{ name: `min_pillars_${d}`, terms: pillars, sense: ">=", rhs: position.minPillars }],
      });
    }
    if (position?.maxPillars !== undefined) {
      statements.push({
        id: `maxPillars:${delegation.id}`,
        kind: "maxPillars",
        delegation: delegation.id,
        value: position.maxPillars,
        rows: [{ name: `max_pillars_${d}`, terms: pillars, sense: "<=", rhs: position.maxPillars }],
      });
    }
    const planned = own.reduce((sum, c) => sum + c.investment, 0);
    if (fairnessFloor > 0 && planned > 0) {
      statements.push({
        id: `fairness:${delegation.id}`,
        kind: "fairness",
        delegation: delegation.id,
        value: fairnessFloor,
        rows: [
          {
            name: `fairness_${d}`,
            terms: own.flatMap((c) => [
              [c.lead, fixed(c.investment)] as Term,
              ...(c.partner ? [[c.partner, fixed(c.investment / 2)] as Term] : []),
            ]),
            sense: ">=",
            rhs: fixed(fairnessFloor * planned),
          },
        ],
      });
    }
    for (const horizon of ["medium", "long"] as const) {
      const envelope = position?.envelope?.[horizon];
      if (envelope === undefined) continue;
      statements.push({
        id: `envelope:${delegation.id}:${horizon}`,
        kind: "envelope",
        delegation: delegation.id,
        value: envelope,
        horizon,
        rows: [
          {
            name: `envelope_${d}_${horizon}`,
            terms: own.flatMap((c) => [
              [c.lead, fixed(c.byHorizon[horizon])] as Term,
              ...(c.partner ? [[c.partner, fixed(c.byHorizon[horizon] / 2)] as Term] : []),
            ]),
            sense: "<=",
            rhs: fixed(envelope),
          },
        ],
      });
    }
  }
  return { candidates, objective, structure, statements };
}

const expression = (terms: readonly Term[]): string =>
  terms.length === 0
    ? "0 l_none"
    : terms
        .map(
          ([variable, coefficient], k) =>
            `${coefficient < 0 ? "-" : k === 0 ? "" : "+"} ${Math.abs(coefficient)} ${variable}`,
        )
        .join(" ");

/** The model in CPLEX LP format, with the statements in `active` and the extra rows (cuts). */
export function toLp(model: Model, active: ReadonlySet<string>, extra: readonly Row[] = []): string {
  const rows = [
    ...model.structure,
    ...model.statements.filter((s) => active.has(s.id)).flatMap((s) => s.rows),
    ...extra,
  ];
  const variables = model.candidates.flatMap((c) => (c.partner ? [c.lead, c.partner] : [c.lead]));
  return [
    "Maximize",
    ` obj: ${expression(model.objective)}`,
    "Subject To",
    ...rows.map((row) => ` ${row.name}: ${expression(row.terms)} ${row.sense} ${row.rhs}`),
    // A model with no candidate still needs a variable to be valid LP text.
    " none_fixed: 0 l_none = 0",
    "Binary",
    ` ${[...variables, "l_none"].join(" ")}`,
    "End",
  ].join("\n");
}
