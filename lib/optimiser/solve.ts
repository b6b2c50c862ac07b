// Solving the division-of-labour model with HiGHS, off the request thread (./solver.ts): the best
// proposal, then distinct alternatives (each solve excludes the assignments already found), and
// each contested lead's sensitivity; or, when the positions cannot all hold, an irreducible set of
// them that conflict (removing any one makes the rest feasible), found by a deletion filter.
import type { OptimiserInput } from "./input";
import { buildModel, toLp, type Model, type Row, type Statement } from "./model";
import { SolverError, solveLp } from "./solver";

export { SolverError };

export type Solution = { objective: number; chosen: Set<string> };

/** HiGHS's own limit per solve, and the deadline after which the worker is abandoned. */
const TIME_LIMIT_SECONDS = 10;
const DEADLINE_MS = 15_000;

async function solveOnce(
  model: Model,
  active: ReadonlySet<string>,
  cuts: readonly Row[] = [],
): Promise<Solution | null> {
  const result = await solveLp(
    toLp(model, active, cuts),
    { time_limit: TIME_LIMIT_SECONDS, output_flag: false, mip_rel_gap: 0 },
    DEADLINE_MS,
  );
  if (result.Status === "Infeasible") return null;
  if (result.Status !== "Optimal") throw new SolverError(`the solver stopped: ${result.Status}`);
  const chosen = new Set(
    Object.entries(result.Columns)
      .filter(([name, column]) => name !== "l_none" && column.Primal > 0.5)
      .map(([name]) => name),
  );
  return { objective: result.ObjectiveValue, chosen };
}

/** A row that excludes exactly this assignment of every binary variable. */
function exclude(model: Model, solution: Solution, k: number): Row {
  const variables = model.candidates.flatMap((c) => (c.partner ? [c.lead, c.partner] : [c.lead]));
  return {
    name: `alternative_${k}`,
    terms: variables.map((v) => [v, solution.chosen.has(v) ? 1 : -1]),
    sense: "<=",
    rhs: solution.chosen.size - 1,
  };
}

/**
 * How far the lead's location quotient may fall before the best division changes hands (other
 * things equal): LQ − (best objective − best objective without this lead). Null when no division
 * without this lead meets the positions (they require it).
 */
export type Sensitivity = { industry: string; delegation: string; threshold: number | null };

export type Solved =
  | { status: "optimal"; model: Model; solutions: Solution[]; sensitivity: Sensitivity[] }
  | {
      status: "infeasible";
      model: Model;
      conflict: Statement[];
      relaxed: Array<{ statement: Statement; objective: number }>;
    };

export async function solve(input: OptimiserInput): Promise<Solved> {
  const model = buildModel(input);
  const all = new Set(model.statements.map((s) => s.id));
  const best = await solveOnce(model, all);
  if (best === null) {
    const conflict = await conflictingStatements(model, all);
    const relaxed = [];
    for (const statement of conflict) {
      const without = new Set([...all].filter((id) => id !== statement.id));
      const solution = await solveOnce(model, without);
      if (solution) relaxed.push({ statement, objective: solution.objective });
    }
    return { status: "infeasible", model, conflict, relaxed };
  }
  const solutions = [best];
  const cuts: Row[] = [];
  while (solutions.length < input.settings.alternatives) {
    cuts.push(exclude(model, solutions[solutions.length - 1]!, cuts.length));
    const next = await solveOnce(model, all, cuts);
    if (next === null) break;
    solutions.push(next);
  }
  return { status: "optimal", model, solutions, sensitivity: await sensitivities(model, all, best) };
}

/**
 * For each contested industry (planned by two delegations or more) the best proposal gives a
 * lead, one more solve without that lead. The objective is linear in the lead's LQ, so the best
 * proposal stays best while LQ − (its objective − the best without the lead) is not crossed; the
 * figure holds the other delegations' figures and the competitor's value fixed (a competitor
 * that keeps this delegation as a partner loses half as fast), so it is a guide, not a bound.
 */
async function sensitivities(model: Model, all: ReadonlySet<string>, best: Solution): Promise<Sensitivity[]> {
  const out: Sensitivity[] = [];
  for (const c of model.candidates) {
    if (!best.chosen.has(c.lead)) continue;
    if (model.candidates.filter((other) => other.industry === c.industry).length < 2) continue;
    const without = await solveOnce(model, all, [{ name: "without_lead", terms: [[c.lead, 1]], sense: "<=", rhs: 0 }]);
    out.push({
      industry: c.industry,
      delegation: c.delegation,
      threshold: without ? c.lq - (best.objective - without.objective) : null,
    });
  }
  return out;
}

/**
 * The deletion filter: drop each statement in turn and keep it out if the rest is still
 * infeasible. What remains is infeasible and each of its statements is needed for that.
 */
async function conflictingStatements(model: Model, all: ReadonlySet<string>): Promise<Statement[]> {
  const kept = new Set(all);
  for (const statement of model.statements) {
    kept.delete(statement.id);
    if ((await solveOnce(model, kept)) !== null) kept.add(statement.id);
  }
  return model.statements.filter((s) => kept.has(s.id));
}
