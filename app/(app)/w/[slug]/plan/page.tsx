import { LiveScope } from "@/components/live/live-scope";
import { IntentLink } from "@/components/ui/intent-link";
import { ConsensusSummary } from "@/components/plan/consensus-summary";
import { ProposeClauseForm } from "@/components/plan/propose-clause-form";
import { ruleInWords } from "@/components/plan/rule-in-words";
import { sectionTitle } from "@/components/plan/section-title";
import { listClusters, plannedIndustryCodes } from "@/lib/industries/data";
import { getTranslator } from "@/lib/auth/request-locale";
import { planOverview } from "@/lib/plan/data";
import { canManagePlan, canPropose } from "@/lib/plan/policy";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.plan") };
}

export default async function PlanPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, workshop, member } = await requireMember(slug);
  const [t, localize] = await Promise.all([getTranslator(), getLocalize(workshop)]);
  const proposer = canPropose({ ...member, userId: user.id });
  const [plan, clusters, plannedCodes] = await Promise.all([
    planOverview(workshop),
    listClusters(workshop.id),
    proposer ? plannedIndustryCodes(workshop.id) : [],
  ]);
  const names = new Map(plan.delegations.map((d) => [d.id, localize(d.name)]));
  const title = (section: { key: string | null; title: string }) => sectionTitle(section, t);
  const empty = plan.sections.every((section) => section.clauses.length === 0);

  return (
    <div className="stack">
      <LiveScope reads={["plan", "clauses"]} />
      <h1>{t("nav.plan")}</h1>
      <p className="muted">{t("plan.intro")}</p>
      <p data-testid="consensus-rule">{t("plan.rule.current", { rule: ruleInWords(workshop, t) })}</p>
      {canManagePlan({ ...member, userId: user.id }) && (
        <p className="no-print">
          <IntentLink href={`/w/${slug}/plan/settings`}>{t("plan.settings.link")}</IntentLink>
        </p>
      )}
      {empty && (
        <p className="notice no-print" data-testid="plan-empty">
          {t(proposer ? "plan.emptyPropose" : "plan.empty")}
        </p>
      )}
      {/* The page's main action comes first, open while the plan has no clause yet. */}
      {proposer && (
        <details className="card" open={empty}>
          <summary>{t("plan.propose")}</summary>
          <ProposeClauseForm
            slug={slug}
            sections={plan.sections.map((s) => ({ id: s.id, title: title(s) }))}
            objectives={plan.objectives.map((o) => ({ id: o.id, code: o.code, title: localize(o.title) }))}
            clusters={clusters.map((c) => ({ id: c.id, name: localize(c.name) }))}
            plannedCodes={plannedCodes}
          />
        </details>
      )}
      {plan.objectives.length > 0 && (
        <section className="card" aria-labelledby="objectives-title">
          <h2 id="objectives-title">{t("plan.objectives.title")}</h2>
          {plan.uncoveredObjectives.length === 0 ? (
            <p>{t("plan.objectives.allCovered")}</p>
          ) : (
            <p data-testid="uncovered-objectives">
              {t("plan.objectives.uncovered", {
                objectives: plan.uncoveredObjectives
                  .map((o) => `${o.code} ${localize(o.title)}`)
                  .join(t("common.listSeparator")),
              })}
            </p>
          )}
        </section>
      )}
      {plan.sections.map((section) => (
        <section key={section.id} className="card stack" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{title(section)}</h2>
          {section.clauses.length === 0 ? (
            <p className="muted">{t("plan.noClauses")}</p>
          ) : (
            <ol className="clause-list">
              {section.clauses.map((clause) => (
                <li key={clause.id} data-testid="clause-row">
                  <div className="page-heading">
                    <IntentLink href={`/w/${slug}/plan/${clause.id}`}>{clause.title}</IntentLink>
                    <span className={`status status-${clause.status.toLowerCase()}`}>
                      {t(`plan.status.${clause.status}`)}
                    </span>
                  </div>
                  <p className="muted">
                    {t(`plan.horizon.${clause.horizon}`)} · {t("plan.versionN", { n: clause.currentVersion })} ·{" "}
                    {t("plan.openAmendments", { count: clause._count.amendments })} ·{" "}
                    {t("plan.commentCount", { count: clause._count.comments })}
                  </p>
                  <p className="print-only clause-text">{clause.versions[0]?.text}</p>
                  {clause.status !== "WITHDRAWN" && (
                    <ConsensusSummary consensus={clause.consensus} names={names} t={t} />
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
