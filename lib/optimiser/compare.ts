// What-if (issue 16): what changed between two proposals — in the input (the settings, the
// positions, the plans, the economic base) and in the best division of labour (who leads and who
// partners each industry, the objective, the smallest share kept). Pure.
import type { OptimiserInput } from "./input";
import type { OptimiserOutput } from "./proposal";

type Settings = OptimiserInput["settings"];

export type SettingChange = { setting: keyof Settings; from: Settings[keyof Settings]; to: Settings[keyof Settings] };
export type RoleChange = {
  industry: string;
  before: { lead: string | null; partners: string[] } | null;
  after: { lead: string | null; partners: string[] } | null;
};

export type Comparison = {
  settings: SettingChange[];
  /** Delegations whose submitted position differs. */
  positions: string[];
  plansChanged: boolean;
  baselineChanged: boolean;
  /** Null when either proposal found no division of labour (its positions conflicted). */
  outcome: {
    changes: RoleChange[];
    objective: { from: number; to: number };
    minimumKept: { from: number | null; to: number | null };
  } | null;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((x, y) => key(x).localeCompare(key(y)));

export function compareProposals(
  previous: { input: OptimiserInput; output: OptimiserOutput },
  latest: { input: OptimiserInput; output: OptimiserOutput },
): Comparison {
  const settings = (Object.keys(latest.input.settings) as Array<keyof Settings>)
    .filter((key) => previous.input.settings[key] !== latest.input.settings[key])
    .map((setting) => ({ setting, from: previous.input.settings[setting], to: latest.input.settings[setting] }));
  const delegations = new Set([...previous.input.positions, ...latest.input.positions].map((p) => p.delegation));
  const positionOf = (input: OptimiserInput, delegation: string) => {
    const p = input.positions.find((q) => q.delegation === delegation);
    return p && { ...p, mustLead: [...p.mustLead].sort(), willingToCede: [...p.willingToCede].sort() };
  };
  const positions = latest.input.delegations
    .map((d) => d.id)
    .filter((id) => delegations.has(id) && !same(positionOf(previous.input, id), positionOf(latest.input, id)));
  const key = (row: { delegation: string; industry: string }) => `${row.delegation}/${row.industry}`;
  return {
    settings,
    positions,
    plansChanged: !same(sorted(previous.input.plans, key), sorted(latest.input.plans, key)),
    baselineChanged: !same(sorted(previous.input.baseline, key), sorted(latest.input.baseline, key)),
    outcome: outcome(previous.output, latest.output),
  };
}

function outcome(previous: OptimiserOutput, latest: OptimiserOutput): Comparison["outcome"] {
  if (previous.status !== "optimal" || latest.status !== "optimal") return null;
  const before = previous.proposals[0];
  const after = latest.proposals[0];
  if (!before || !after) return null;
  const roles = (assignments: typeof before.assignments) =>
    new Map(assignments.map((a) => [a.industry, { lead: a.lead, partners: [...a.partners].sort() }]));
  const was = roles(before.assignments);
  const is = roles(after.assignments);
  const industries = [...new Set([...was.keys(), ...is.keys()])].sort();
  return {
    changes: industries
      .filter((industry) => !same(was.get(industry) ?? null, is.get(industry) ?? null))
      .map((industry) => ({ industry, before: was.get(industry) ?? null, after: is.get(industry) ?? null })),
    objective: { from: before.objective, to: after.objective },
    minimumKept: { from: before.minimumKept, to: after.minimumKept },
  };
}
