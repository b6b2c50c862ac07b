import { ActionButton } from "@/components/ui/action-button";
import { Markdown } from "@/components/ui/markdown";
import { deleteServiceAction, proposeServiceAmendmentAction, proposeServiceClauseAction } from "@/lib/costs/actions";
import { formatMinor } from "@/lib/costs/allocation";
import { formulaText, plainAmount, ruleLabel } from "@/lib/costs/arrangement";
import type { ServiceView } from "@/lib/costs/data";
import { canDeclareUsage, canManageServices, type CostMember } from "@/lib/costs/policy";
import type { Locale } from "@/lib/i18n/locales";
import type { Localize } from "@/lib/glossary/glossary";
import type { Translate } from "@/lib/i18n/translate";
import { AllocationTable } from "./allocation-table";
import { FiguresForm } from "./figures-form";
import { ServiceForm } from "./service-form";
import { TableScroll } from "@/components/ui/table-scroll";

interface Delegation {
  id: string;
  name: string;
  colour: string;
  population: number | null;
  gdp: number | null;
}

interface Props {
  slug: string;
  service: ServiceView;
  delegations: Delegation[];
  member: CostMember;
  locale: Locale;
  t: Translate;
  /** The workshop's glossary (lib/glossary) for the service's name and description; the edit
   * form keeps them as entered. */
  localize: Localize;
}

/** One shared service: its cost, rule and formula, its place in the plan, the allocation table and
 * the figures behind it, with the controls this member may use. */
export function ServiceCard({ slug, service, delegations, member, locale, t, localize }: Props) {
  const manage = canManageServices(member);
  const clause = service.clause?.status === "WITHDRAWN" ? null : service.clause;
  const agreed = clause?.status === "AGREED";
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const figure = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : number.format(value);
  const figuresOf = (delegationId: string) => service.figures.find((f) => f.delegationId === delegationId);
  const ownDelegation = delegations.find((d) => d.id === member.delegationId);
  const usesUsage = service.rule.some((c) => c.basis === "USAGE");
  const headingId = `service-${service.id}`;
  return (
    <section className="card stack" aria-labelledby={headingId} data-testid="service">
      <h2 id={headingId}>{localize(service.name)}</h2>
      {service.description && <Markdown text={localize(service.description)} />}
      <dl className="facts">
        <div>
          <dt>{t("costs.annualCost")}</dt>
          <dd data-testid="annual-cost">{formatMinor(service.annualCostMinor, service.currency, locale)}</dd>
        </div>
        <div>
          <dt>{t("costs.rule")}</dt>
          <dd>{service.rule.length > 0 ? ruleLabel(service.rule, t) : "—"}</dd>
        </div>
        <div>
          <dt>{t("costs.formula")}</dt>
          <dd data-testid="formula">
            {service.rule.length > 0 ? formulaText(service.rule, delegations.length, t) : "—"}
          </dd>
        </div>
      </dl>

      <div className="stack" data-testid="plan-status">
        {clause ? (
          <>
            <p>
              {t("costs.plan.inPlan", { title: clause.title, version: clause.currentVersion })}{" "}
              <span className={`status status-${clause.status.toLowerCase()}`}>
                {t(`plan.status.${clause.status}`)}
              </span>{" "}
              <a href={`/w/${slug}/plan/${clause.id}`}>{t("costs.plan.open")}</a>
            </p>
            {clause.upToDate ? (
              <p className="muted">{t("costs.plan.upToDate")}</p>
            ) : clause.amendmentPending ? (
              <p className="notice">{t("costs.plan.amendmentPending")}</p>
            ) : (
              <p className="notice notice-warning" role="status">
                {t(agreed ? "costs.plan.outdatedAgreed" : "costs.plan.outdated")}
              </p>
            )}
            {manage && !agreed && !clause.upToDate && !clause.amendmentPending && service.allocation.ok && (
              <ActionButton
                action={proposeServiceAmendmentAction.bind(null, slug, service.id, service.version)}
                label="costs.plan.proposeAmendment"
                variant="primary"
              />
            )}
          </>
        ) : (
          <>
            <p className="muted">{service.clause ? t("costs.plan.withdrawn") : t("costs.plan.notInPlan")}</p>
            {manage && service.allocation.ok && (
              <ActionButton
                action={proposeServiceClauseAction.bind(null, slug, service.id, service.version)}
                label="costs.plan.propose"
                variant="primary"
              />
            )}
          </>
        )}
      </div>

      <AllocationTable service={service} delegations={delegations} locale={locale} t={t} />

      <details>
        <summary>{t("costs.figures.title")}</summary>
        <TableScroll>
          <table className="cards-on-phone" data-testid="figures-table">
            <caption className="visually-hidden">
              {t("costs.figures.caption", { name: localize(service.name) })}
            </caption>
            <thead className="visually-hidden-on-phone">
              <tr>
                <th scope="col">{t("costs.table.delegation")}</th>
                <th scope="col" className="num">
                  {t("costs.figures.population")}
                </th>
                <th scope="col" className="num">
                  {t("costs.figures.gdp")}
                </th>
                <th scope="col" className="num">
                  {t("costs.figures.usage")}
                </th>
                <th scope="col" className="num">
                  {t("costs.figures.customWeight")}
                </th>
              </tr>
            </thead>
            <tbody>
              {delegations.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td className="num" data-label={t("costs.figures.population")}>
                    {figure(d.population)}
                  </td>
                  <td className="num" data-label={t("costs.figures.gdp")}>
                    {figure(d.gdp)}
                  </td>
                  <td className="num" data-label={t("costs.figures.usage")}>
                    {figure(figuresOf(d.id)?.usage)}
                  </td>
                  <td className="num" data-label={t("costs.figures.customWeight")}>
                    {figure(figuresOf(d.id)?.customWeight)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="muted">{t("costs.problems.whereFigures")}</p>
      </details>

      {agreed && (manage || ownDelegation) && <p className="muted">{t("costs.plan.agreedHint")}</p>}

      {!agreed && !manage && ownDelegation && canDeclareUsage(member, ownDelegation.id) && (
        // Where the rule uses usage the lead's form is always open; elsewhere it is one click away.
        <details className="subcard" open={usesUsage || undefined}>
          <summary>{t("costs.figures.declare", { delegation: ownDelegation.name })}</summary>
          <FiguresForm
            slug={slug}
            serviceId={service.id}
            delegation={ownDelegation}
            usage={figuresOf(ownDelegation.id)?.usage ?? null}
            customWeight={null}
            withCustomWeight={false}
          />
        </details>
      )}

      {manage && !agreed && (
        <details className="subcard">
          <summary>{t("costs.figures.edit")}</summary>
          <div className="stack">
            {delegations.map((d) => (
              <FiguresForm
                key={d.id}
                slug={slug}
                serviceId={service.id}
                delegation={d}
                usage={figuresOf(d.id)?.usage ?? null}
                customWeight={figuresOf(d.id)?.customWeight ?? null}
                withCustomWeight
              />
            ))}
          </div>
        </details>
      )}

      {manage && !agreed && (
        <details className="subcard">
          <summary>{t("costs.edit", { name: localize(service.name) })}</summary>
          {clause && <p className="notice">{t("costs.plan.editHint")}</p>}
          <ServiceForm
            slug={slug}
            service={{
              id: service.id,
              version: service.version,
              name: service.name,
              description: service.description,
              currency: service.currency,
              annualCost: plainAmount(service.annualCostMinor, service.currency),
              rule: service.rule,
            }}
          />
          {!clause && (
            <ActionButton
              action={deleteServiceAction.bind(null, slug, service.id, service.version)}
              label="costs.delete"
              variant="danger"
            />
          )}
        </details>
      )}
    </section>
  );
}
