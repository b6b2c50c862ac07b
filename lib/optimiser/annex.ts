// The division-of-labour annex of the plan export (issue 16): the proposal, its input and its
// alternatives as the plan freezes them, delegations named by their codes (the plan's own names
// for them) instead of database ids. Renaming is consistent across the whole input, so the annex's
// input still reproduces its alternatives with `npm run optimise`. Pure.
import type { PlanDivision } from "@/lib/ratify/content";
import type { OptimiserInput } from "./input";
import type { OptimiserOutput } from "./proposal";

export function divisionAnnex(
  stored: {
    number: number;
    createdAt: Date;
    input: OptimiserInput;
    output: OptimiserOutput;
    adoptedRank: number | null;
  },
  codeOf: ReadonlyMap<string, string>,
): PlanDivision {
  const code = (id: string) => codeOf.get(id) ?? id;
  const codes = (ids: string[]) => ids.map(code);
  const { input, output } = stored;
  return {
    proposal: stored.number,
    proposedAt: stored.createdAt.toISOString(),
    adoptedAlternative: stored.adoptedRank,
    input: {
      ...input,
      delegations: input.delegations.map((d) => ({ ...d, id: code(d.id) })),
      baseline: input.baseline.map((row) => ({ ...row, delegation: code(row.delegation) })),
      plans: input.plans.map((row) => ({ ...row, delegation: code(row.delegation) })),
      positions: input.positions.map((p) => ({ ...p, delegation: code(p.delegation) })),
    },
    alternatives:
      output.status === "optimal"
        ? output.proposals.map((p) => ({
            rank: p.rank,
            objective: p.objective,
            minimumKept: p.minimumKept,
            assignments: p.assignments.map((a) => ({
              industry: a.industry,
              lead: a.lead === null ? null : code(a.lead),
              partners: codes(a.partners),
              givenUp: codes(a.givenUp),
              lq: Object.fromEntries(Object.entries(a.lq).map(([id, lq]) => [code(id), lq])),
              ...(a.leadHoldsAbove !== undefined && { leadHoldsAbove: a.leadHoldsAbove }),
            })),
          }))
        : [],
    conflict: output.status === "infeasible" ? output.conflict.map((c) => c.says) : [],
  };
}
