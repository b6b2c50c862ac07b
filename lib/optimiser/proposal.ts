// From a solution to what people read (issue 16): per industry who leads, who partners and who
// gives it up, with the reason in numbers; per delegation what it keeps and gives up in its own
// planned investment; and, when the positions conflict, the statements in words. Pure.
import type { OptimiserInput } from "./input";
import type { Model, Statement, StatementKind } from "./model";
import type { Solution, Solved } from "./solve";

export type Assignment = {
  industry: string;
  lead: string | null;
  partners: string[];
  /** Delegations that planned it and give it up. */
  givenUp: string[];
  /** Each planning delegation's location quotient, rounded to 2 decimals. */
  lq: Record<string, number>;
  /** How many of the delegations that planned it no longer pursue it. */
  redundancyRemoved: number;
  /** In the best proposal, for a contested industry with a lead: the LQ above which the lead
   * holds, other things equal (0 when it holds whatever its LQ; null when the positions require
   * it). Absent elsewhere. */
  leadHoldsAbove?: number | null;
};

export type DelegationOutcome = {
  delegation: string;
  leads: string[];
  partners: string[];
  givesUp: string[];
  /** Planned investment kept (leads in full, partners half) / planned investment; null without plans. */
  investmentKept: number | null;
};

export type Proposal = {
  rank: number;
  objective: number;
  assignments: Assignment[];
  delegations: DelegationOutcome[];
  /** The smallest investment share any delegation keeps. */
  minimumKept: number | null;
};

export type OptimiserOutput =
  | { status: "optimal"; proposals: Proposal[] }
  | {
      status: "infeasible";
      /** Each conflicting statement: its parts (for a page to say it in the reader's language) and,
       * for the command line, in English. */
      conflict: Array<{
        statement: string;
        kind: StatementKind;
        delegation: string;
        industry?: string;
        value?: number;
        horizon?: "medium" | "long";
        says: string;
      }>;
      /** What dropping each conflicting statement would allow: the best objective then. */
      relaxing: Array<{ statement: string; objective: number }>;
    };

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function describe(input: OptimiserInput, solved: Solved): OptimiserOutput {
  if (solved.status === "infeasible") {
    return {
      status: "infeasible",
      conflict: solved.conflict.map((s) => ({
        statement: s.id,
        kind: s.kind,
        delegation: s.delegation,
        ...(s.industry !== undefined && { industry: s.industry }),
        ...(s.value !== undefined && { value: s.value }),
        ...(s.horizon !== undefined && { horizon: s.horizon }),
        says: say(input, s),
      })),
      relaxing: solved.relaxed.map(({ statement, objective }) => ({
        statement: statement.id,
        objective: round(objective, 4),
      })),
    };
  }
  const proposals = solved.solutions.map((solution, k) => proposal(input, solved.model, solution, k + 1));
  const best = proposals[0];
  for (const s of solved.sensitivity) {
    const assignment = best?.assignments.find((a) => a.industry === s.industry && a.lead === s.delegation);
    if (assignment) assignment.leadHoldsAbove = s.threshold === null ? null : Math.max(0, round(s.threshold, 2));
  }
  return { status: "optimal", proposals };
}

function proposal(input: OptimiserInput, model: Model, solution: Solution, rank: number): Proposal {
  const assignments: Assignment[] = input.industries.flatMap((industry) => {
    const here = model.candidates.filter((c) => c.industry === industry.code);
    if (here.length === 0) return [];
    const lead = here.find((c) => solution.chosen.has(c.lead))?.delegation ?? null;
    const partners = here.filter((c) => c.partner && solution.chosen.has(c.partner)).map((c) => c.delegation);
    const givenUp = here.map((c) => c.delegation).filter((d) => d !== lead && !partners.includes(d));
    return [
      {
        industry: industry.code,
        lead,
        partners,
        givenUp,
        lq: Object.fromEntries(here.map((c) => [c.delegation, round(c.lq, 2)])),
        redundancyRemoved: givenUp.length,
      },
    ];
  });
  const delegations = input.delegations.map((delegation): DelegationOutcome => {
    const own = model.candidates.filter((c) => c.delegation === delegation.id);
    const planned = own.reduce((sum, c) => sum + c.investment, 0);
    const kept = own.reduce(
      (sum, c) =>
        sum +
        (solution.chosen.has(c.lead)
          ? c.investment
          : c.partner && solution.chosen.has(c.partner)
            ? c.investment / 2
            : 0),
      0,
    );
    return {
      delegation: delegation.id,
      leads: own.filter((c) => solution.chosen.has(c.lead)).map((c) => c.industry),
      partners: own.filter((c) => c.partner && solution.chosen.has(c.partner)).map((c) => c.industry),
      givesUp: own
        .filter((c) => !solution.chosen.has(c.lead) && !(c.partner && solution.chosen.has(c.partner)))
        .map((c) => c.industry),
      investmentKept: planned > 0 ? round(kept / planned, 4) : null,
    };
  });
  const shares = delegations.flatMap((d) => (d.investmentKept === null ? [] : [d.investmentKept]));
  return {
    rank,
    objective: round(solution.objective, 4),
    assignments,
    delegations,
    minimumKept: shares.length > 0 ? Math.min(...shares) : null,
  };
}

/** A statement in words, e.g. "Jilin must lead Automobile manufacturing (36)". */
export function say(input: OptimiserInput, statement: Statement): string {
  const delegation = input.delegations.find((d) => d.id === statement.delegation)?.name ?? statement.delegation;
  const industry = input.industries.find((i) => i.code === statement.industry);
  const named = industry ? `${industry.name} (${industry.code})` : "";
  switch (statement.kind) {
    case "mustLead":
      return `${delegation} must lead ${named}`;
    case "keeps":
      return `${delegation} keeps ${named} (does not cede it)`;
    case "minPillars":
      return `${delegation} wants at least ${statement.value} pillar industries`;
    case "maxPillars":
      return `${delegation} wants at most ${statement.value} pillar industries`;
    case "fairness":
      return `${delegation} keeps at least ${round((statement.value ?? 0) * 100, 1)}% of its planned investment`;
    case "envelope":
      return `${delegation} funds at most ${statement.value} of pillar investment in the ${statement.horizon} term`;
  }
}

export type { Solved };

/** The output with its best proposal only (a projector shows that; the page shows all). */
export function bestOnly(output: OptimiserOutput): OptimiserOutput {
  return output.status === "optimal" ? { ...output, proposals: output.proposals.slice(0, 1) } : output;
}
