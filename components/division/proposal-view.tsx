import { Fragment, type ReactNode } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { IntentLink } from "@/components/ui/intent-link";
import { TableScroll } from "@/components/ui/table-scroll";
import { industryList } from "./format";
import { adoptDivisionAction } from "@/lib/optimiser/actions";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { OptimiserOutput, Proposal } from "@/lib/optimiser/proposal";
import type { ActionResult } from "@/lib/server/result";

interface Props {
  slug: string;
  output: OptimiserOutput;
  number: number;
  /** The alternative already in the plan, if any. */
  adopted: { rank: number; clauses: number } | null;
  /** Whether the reader may put an alternative in the plan (a facilitator). */
  canAdopt: boolean;
  /** Shown between the best proposal and its alternatives (the what-if comparison). */
  afterBest?: ReactNode;
  delegations: Array<{ id: string; name: string }>;
  industryName: (code: string) => string;
  locale: Locale;
  t: Translate;
}

/** A stored proposal: the best division of labour and its alternatives, or the conflict. */
export function ProposalView({
  slug,
  output,
  number,
  adopted,
  canAdopt,
  afterBest,
  delegations,
  industryName,
  locale,
  t,
}: Props) {
  if (output.status === "infeasible") {
    return (
      <>
        <section className="card stack" aria-labelledby="proposal-heading" data-testid="division-proposal">
          <h2 id="proposal-heading">{t("division.proposalTitle", { number })}</h2>
          <p>{t("division.infeasible")}</p>
          <ul data-testid="division-conflict">
            {output.conflict.map((c) => {
              const relaxed = output.relaxing.find((r) => r.statement === c.statement);
              return (
                <li key={c.statement}>
                  {conflictSentence(c, delegations, industryName, locale, t)}
                  <span className="muted">
                    {" "}
                    —{" "}
                    {relaxed
                      ? t("division.relaxing", {
                          objective: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
                            relaxed.objective,
                          ),
                        })
                      : t("division.relaxingNotEnough")}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
        {afterBest}
      </>
    );
  }
  return (
    <>
      {adopted && (
        <p className="notice" data-testid="division-adopted">
          {t("division.adopted", { rank: adopted.rank, count: adopted.clauses })}{" "}
          <IntentLink href={`/w/${slug}/plan`}>{t("division.openPlan")}</IntentLink>
        </p>
      )}
      {output.proposals.map((proposal) => (
        <Fragment key={proposal.rank}>
          <ProposalCard
            proposal={proposal}
            adopt={canAdopt && !adopted ? adoptDivisionAction.bind(null, slug, number, proposal.rank) : null}
            heading={
              proposal.rank === 1
                ? t("division.proposalTitle", { number })
                : t("division.alternative", { rank: proposal.rank })
            }
            delegations={delegations}
            industryName={industryName}
            locale={locale}
            t={t}
          />
          {proposal.rank === 1 && afterBest}
        </Fragment>
      ))}
    </>
  );
}

type Conflict = Extract<OptimiserOutput, { status: "infeasible" }>["conflict"][number];

/** A conflicting statement in the reader's language (a proposal stored before statements had
 * their parts says it in English). */
function conflictSentence(
  c: Conflict,
  delegations: Props["delegations"],
  industryName: Props["industryName"],
  locale: Locale,
  t: Translate,
): string {
  if (!c.kind) return c.says;
  const delegation = delegations.find((d) => d.id === c.delegation)?.name ?? c.delegation;
  const industry = c.industry ? industryName(c.industry) : "";
  const value = c.value ?? 0;
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  const horizon = c.horizon ? t(c.horizon === "medium" ? "plan.horizon.MEDIUM" : "plan.horizon.LONG") : "";
  return t(`division.conflict.${c.kind}`, { delegation, industry, count: value, share, amount, horizon });
}

function ProposalCard({
  proposal,
  heading,
  delegations,
  industryName,
  locale,
  t,
  adopt,
}: Pick<Props, "delegations" | "industryName" | "locale" | "t"> & {
  proposal: Proposal;
  heading: string;
  adopt: (() => Promise<ActionResult>) | null;
}) {
  const id = `proposal-${proposal.rank}`;
  // Only the best proposal carries how far each contested lead's LQ may fall.
  const sensitive = proposal.assignments.some((a) => a.leadHoldsAbove !== undefined);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const nameOf = (delegationId: string) => delegations.find((d) => d.id === delegationId)?.name ?? delegationId;
  const role = (assignment: Proposal["assignments"][number], delegationId: string): string => {
    if (!(delegationId in assignment.lq)) return t("division.notPlanned");
    const lq = ` (${decimal.format(assignment.lq[delegationId] ?? 0)})`;
    if (assignment.lead === delegationId) return t("division.lead") + lq;
    if (assignment.partners.includes(delegationId)) return t("division.partner") + lq;
    return t("division.givesUp") + lq;
  };
  const list = (codes: string[]) => industryList(codes, industryName, t);
  return (
    <section className="card stack" aria-labelledby={id} data-testid={`division-proposal-${proposal.rank}`}>
      <h2 id={id}>{heading}</h2>
      <p className="muted">
        {t("division.objective", { value: decimal.format(proposal.objective) })}
        {proposal.minimumKept !== null &&
          ` · ${t("division.minimumKept", { share: percent.format(proposal.minimumKept) })}`}
      </p>
      <TableScroll>
        <table>
          <caption>{t("division.matrixCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("division.industry")}</th>
              {delegations.map((d) => (
                <th key={d.id} scope="col">
                  {d.name}
                </th>
              ))}
              {sensitive && <th scope="col">{t("division.holdsColumn")}</th>}
            </tr>
          </thead>
          <tbody>
            {proposal.assignments.map((assignment) => (
              <tr key={assignment.industry}>
                <th scope="row">
                  {industryName(assignment.industry)}
                  {assignment.redundancyRemoved > 0 && (
                    <span className="muted">
                      {" "}
                      · {t("division.redundancyRemoved", { count: assignment.redundancyRemoved })}
                    </span>
                  )}
                </th>
                {delegations.map((d) => (
                  <td key={d.id} className={assignment.lead === d.id ? "division-lead" : undefined}>
                    {role(assignment, d.id)}
                  </td>
                ))}
                {sensitive && (
                  <td className="num">
                    {assignment.leadHoldsAbove === undefined
                      ? ""
                      : assignment.leadHoldsAbove === null
                        ? t("division.holdsRequired")
                        : assignment.leadHoldsAbove === 0
                          ? t("division.holdsAny")
                          : decimal.format(assignment.leadHoldsAbove)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll>
        <table>
          <caption>{t("division.summaryCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("division.delegation")}</th>
              <th scope="col">{t("division.leads")}</th>
              <th scope="col">{t("division.partnersColumn")}</th>
              <th scope="col">{t("division.givesUpColumn")}</th>
              <th scope="col">{t("division.investmentKept")}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.delegations.map((outcome) => (
              <tr key={outcome.delegation}>
                <th scope="row">{nameOf(outcome.delegation)}</th>
                <td>{list(outcome.leads)}</td>
                <td>{list(outcome.partners)}</td>
                <td>{list(outcome.givesUp)}</td>
                <td className="num">
                  {outcome.investmentKept === null ? "—" : percent.format(outcome.investmentKept)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {adopt && <ActionButton action={adopt} label="division.adopt" />}
    </section>
  );
}
