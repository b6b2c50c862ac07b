// A cost-sharing arrangement in words: the rule, the formula, the problems that keep a table from
// being computed, and the plan clause that states it. Pure (no I/O): the page, the mutations and
// the tests build the same text from the same figures.
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translate";
import {
  allocateCost,
  describeRule,
  formatMinor,
  minorUnitDigits,
  type AllocationBasis,
  type AllocationProblem,
  type AllocationResult,
  type AllocationRule,
  type CostDelegation,
} from "./allocation";
import { storedRuleSchema } from "./schema";

export interface Arrangement {
  name: string;
  description: string;
  annualCostMinor: number;
  currency: string;
  rule: AllocationRule;
  /** In display order; the allocation does not depend on it. */
  delegations: CostDelegation[];
}

export interface DelegationFigures {
  id: string;
  name: string;
  population: number | null;
  gdp: number | null;
}

export interface ServiceFigureRow {
  delegationId: string;
  usage: number | null;
  customWeight: number | null;
}

/** A stored rule (JSON) as a rule; anything malformed is the empty rule, which allocateCost rejects. */
export function readRule(json: unknown): AllocationRule {
  const parsed = storedRuleSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}

/** Every delegation with its figures for one service; a delegation without a figure row has none. */
export function costDelegations(delegations: DelegationFigures[], figures: ServiceFigureRow[]): CostDelegation[] {
  const byDelegation = new Map(figures.map((f) => [f.delegationId, f]));
  return delegations.map((d) => ({
    id: d.id,
    name: d.name,
    population: d.population,
    gdp: d.gdp,
    usage: byDelegation.get(d.id)?.usage ?? null,
    customWeight: byDelegation.get(d.id)?.customWeight ?? null,
  }));
}

export function allocate(arrangement: Arrangement): AllocationResult {
  const { annualCostMinor, currency, rule, delegations } = arrangement;
  return allocateCost({ costMinor: annualCostMinor, currency, rule, delegations });
}

/** "50% equal shares + 50% population" */
export function ruleLabel(rule: AllocationRule, t: Translate): string {
  if (rule.length === 1) return t(`costs.basis.${rule[0]!.basis}`);
  return describeRule(rule)
    .map(({ basis, percent }) => t("costs.ruleComponent", { percent, basis: t(`costs.basis.${basis}`) }))
    .join(" + ");
}

/** "share = 50% × 1/3 + 50% × population / total population", translated. */
export function formulaText(rule: AllocationRule, delegationCount: number, t: Translate): string {
  const terms = describeRule(rule).map(({ basis, percent }) => {
    const term = t(`costs.formulaTerms.term.${basis}`, { count: delegationCount });
    return rule.length === 1 ? term : t("costs.formulaTerms.weighted", { percent, term });
  });
  return t("costs.formulaTerms.share", { terms: terms.join(" + ") });
}

const figureName = (basis: AllocationBasis, t: Translate) =>
  basis === "EQUAL" ? t("costs.basis.EQUAL") : t(`costs.figure.${basis}`);

/** Each problem as one translated sentence, naming the delegations concerned. */
export function problemMessages(
  problems: AllocationProblem[],
  delegations: Array<{ id: string; name: string }>,
  t: Translate,
): string[] {
  const names = (ids: string[]) =>
    ids.map((id) => delegations.find((d) => d.id === id)?.name ?? id).join(t("common.listSeparator"));
  const messages = problems.map((problem) => {
    switch (problem.kind) {
      case "missing-figure":
        return t("costs.problems.missing", {
          figure: figureName(problem.basis, t),
          names: names(problem.delegationIds),
        });
      case "invalid-figure":
        return t("costs.problems.invalidFigure", {
          figure: figureName(problem.basis, t),
          names: names(problem.delegationIds),
        });
      case "zero-total":
        return t("costs.problems.zeroTotal", { figure: figureName(problem.basis, t) });
      case "invalid-rule":
        return t("costs.problems.invalidRule");
      case "invalid-input":
        return t("costs.problems.invalidInput");
      case "no-delegations":
        return t("costs.problems.noDelegations");
    }
  });
  return [...new Set(messages)];
}

export function percentFormat(locale: Locale): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function clauseTitle(name: string, locale: Locale): string {
  return createTranslator(locale)("costs.clause.title", { name });
}

/**
 * The clause that states the arrangement, in Markdown: the service, its cost, the rule and formula,
 * and every delegation's share. Null when the allocation cannot be computed (figures missing).
 */
export function clauseText(arrangement: Arrangement, locale: Locale): string | null {
  const allocation = allocate(arrangement);
  if (!allocation.ok) return null;
  const t = createTranslator(locale);
  const money = (minor: number) => formatMinor(minor, arrangement.currency, locale);
  const percent = percentFormat(locale);
  const rows = allocation.rows.map((row) =>
    t("costs.clause.row", {
      delegation: arrangement.delegations.find((d) => d.id === row.delegationId)?.name ?? row.delegationId,
      share: money(row.shareMinor),
      percent: percent.format(row.percent / 100),
    }),
  );
  return [
    t("costs.clause.intro", {
      name: arrangement.name,
      cost: money(arrangement.annualCostMinor),
      rule: ruleLabel(arrangement.rule, t),
    }),
    ...(arrangement.description ? [arrangement.description] : []),
    t("costs.clause.formula", { formula: formulaText(arrangement.rule, arrangement.delegations.length, t) }),
    t("costs.clause.shares"),
    rows.map((row) => `- ${row}`).join("\n"),
    t("costs.clause.total", { total: money(allocation.totalMinor) }),
  ].join("\n\n");
}

/** Whether a clause text states this arrangement as it is now, in any interface language. */
export function statesArrangement(text: string, arrangement: Arrangement, locales: readonly Locale[]): boolean {
  return locales.some((locale) => clauseText(arrangement, locale) === text);
}

/** Minor units as the cost field shows them for editing, e.g. 12000000000 CNY → "120000000.00". */
export function plainAmount(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const text = String(Math.trunc(Math.abs(minor))).padStart(digits + 1, "0");
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
