import { LiveScope } from "@/components/live/live-scope";
import { TextWithLocalTime } from "@/components/ui/local-time";
import { CsvPanel } from "@/components/industries/csv-panel";
import { ListStatusControl } from "@/components/industries/list-status";
import { PlanEntries } from "@/components/industries/plan-entries";
import { PlanEntryForm } from "@/components/industries/plan-entry-form";
import { usualCurrency } from "@/lib/industries/currency";
import { listClusters, listPlans } from "@/lib/industries/data";
import { canEditEntries, canReopenList, canSubmitList } from "@/lib/industries/policy";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.industries") };
}

export default async function IndustriesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const [plans, clusters] = await Promise.all([listPlans(workshop.id, member), listClusters(workshop.id)]);
  const horizons = {
    MEDIUM: t("industries.horizon.MEDIUM", { from: workshop.mediumFrom, to: workshop.mediumTo }),
    LONG: t("industries.horizon.LONG", { from: workshop.longFrom, to: workshop.longTo }),
  };
  const clusterOptions = clusters.map((c) => ({ id: c.id, name: localize(c.name) }));
  // A new entry's currency is prefilled: an investment without one is refused.
  const currency = usualCurrency(plans.flatMap((plan) => plan.entries));
  // The member's own delegation first: that is where they work.
  const ordered = [...plans].sort(
    (a, b) => Number(b.id === member.delegationId) - Number(a.id === member.delegationId),
  );

  return (
    <div className="stack">
      <LiveScope reads={["industries"]} />
      <h1>{t("nav.industries")}</h1>
      <p className="muted">{t("industries.intro")}</p>
      {ordered.map((delegation) => {
        const list = { delegationId: delegation.id, planStatus: delegation.planStatus };
        const editable = canEditEntries(member, list);
        const own = delegation.id === member.delegationId;
        return (
          <section
            key={delegation.id}
            className="card stack"
            aria-labelledby={`plan-${delegation.id}`}
            data-testid={`plan-${delegation.code}`}
          >
            <div className="page-heading">
              <h2 id={`plan-${delegation.id}`}>
                <span className="swatch" style={{ background: delegation.colour }} aria-hidden="true" />{" "}
                {localize(delegation.name)}
                {own && <span className="muted"> · {t("industries.yourDelegation")}</span>}
              </h2>
              <p className="muted" data-testid="list-status">
                {delegation.planStatus !== "SUBMITTED" ? (
                  t("industries.listOpen")
                ) : delegation.planSubmittedAt ? (
                  <TextWithLocalTime
                    text={t("industries.listSubmitted", { date: "{date}" })}
                    iso={delegation.planSubmittedAt.toISOString()}
                    locale={locale}
                  />
                ) : (
                  t("industries.listSubmitted", { date: "" })
                )}
              </p>
            </div>
            <ListStatusControl
              slug={slug}
              delegationId={delegation.id}
              canSubmit={canSubmitList(member, list)}
              canReopen={canReopenList(member, list)}
            />
            <PlanEntries
              slug={slug}
              delegationId={delegation.id}
              delegationName={localize(delegation.name)}
              entries={delegation.entries}
              editable={editable}
              clusters={clusterOptions}
              horizons={horizons}
              currency={currency}
            />
            {editable && (
              // Open while the list is empty: adding the first entry is what the page is for.
              <details className="subcard" open={delegation.entries.length === 0}>
                <summary>{t("industries.addEntry")}</summary>
                <PlanEntryForm
                  slug={slug}
                  delegationId={delegation.id}
                  clusters={clusterOptions}
                  horizons={horizons}
                  currency={currency}
                />
              </details>
            )}
            {own && (
              <details className="subcard">
                <summary>{t("industries.csv.title")}</summary>
                <CsvPanel slug={slug} delegationId={delegation.id} canImport={editable} />
              </details>
            )}
            {!own && delegation.entries.length > 0 && (
              <CsvPanel slug={slug} delegationId={delegation.id} canImport={false} />
            )}
          </section>
        );
      })}
    </div>
  );
}
