// From a chosen alternative to plan clauses (issue 16): one clause per contested industry (planned
// by two delegations or more), saying who leads it for the region, who partners and who no
// longer pursues it as a pillar, with the location quotients that are the reason, in the
// facilitator's language. Pure; lib/optimiser/mutations.ts writes them.
import { industryByCode, industryLabel } from "@/lib/industries/classification";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import type { OptimiserInput } from "./input";
import type { Proposal } from "./proposal";

export type DivisionClause = {
  industry: string;
  title: string;
  text: string;
  /** Every delegation that planned the industry: the lead, the partners, those that give it up. */
  delegationIds: string[];
};

export function divisionClauses(
  input: OptimiserInput,
  proposal: Proposal,
  number: number,
  locale: Locale,
): DivisionClause[] {
  const t = createTranslator(locale);
  const lq = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const nameOf = (id: string) => input.delegations.find((d) => d.id === id)?.name ?? id;
  return proposal.assignments
    .filter((a) => Object.keys(a.lq).length >= 2)
    .map((a) => {
      const known = industryByCode(a.industry);
      const industry = known
        ? industryLabel(known, locale)
        : (input.industries.find((i) => i.code === a.industry)?.name ?? a.industry);
      const named = (ids: string[]) =>
        ids.map((id) => `${nameOf(id)} (${lq.format(a.lq[id] ?? 0)})`).join(t("common.listSeparator"));
      const lines = [
        a.lead
          ? t("division.clause.lead", { delegation: nameOf(a.lead), industry, lq: lq.format(a.lq[a.lead] ?? 0) })
          : t("division.clause.noLead", { industry }),
        ...(a.partners.length > 0
          ? [t("division.clause.partners", { delegations: named(a.partners), count: a.partners.length })]
          : []),
        ...(a.givenUp.length > 0
          ? [t("division.clause.givesUp", { delegations: named(a.givenUp), count: a.givenUp.length })]
          : []),
        t("division.clause.source", { number, rank: proposal.rank }),
      ];
      return {
        industry: a.industry,
        title: t("division.clause.title", { industry }),
        text: lines.join("\n\n"),
        delegationIds: [...(a.lead ? [a.lead] : []), ...a.partners, ...a.givenUp],
      };
    });
}
