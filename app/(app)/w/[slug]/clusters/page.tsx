import { LiveScope } from "@/components/live/live-scope";
import { ClusterForm } from "@/components/clusters/cluster-form";
import { ActionButton } from "@/components/ui/action-button";
import { industryByCode } from "@/lib/industries/classification";
import { deleteClusterAction } from "@/lib/industries/actions";
import { listClusters, plannedIndustryCodes } from "@/lib/industries/data";
import { canManageAnalysisSettings } from "@/lib/industries/policy";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.clusters") };
}

export default async function ClustersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const manage = canManageAnalysisSettings(member);
  const [clusters, plannedCodes] = await Promise.all([
    listClusters(workshop.id),
    manage ? plannedIndustryCodes(workshop.id) : [],
  ]);
  return (
    <div className="stack">
      <LiveScope reads={["clusters", "industries"]} />
      <h1>{t("nav.clusters")}</h1>
      <p className="muted">{t("clusters.intro")}</p>
      {clusters.length === 0 && <p className="card">{t("clusters.empty")}</p>}
      {clusters.map((cluster) => (
        <section
          key={cluster.id}
          className="card stack"
          aria-labelledby={`cluster-${cluster.id}`}
          data-testid="cluster"
        >
          <h2 id={`cluster-${cluster.id}`}>{localize(cluster.name)}</h2>
          <dl className="facts">
            <div>
              <dt>{t("clusters.fields.coreCity")}</dt>
              <dd>{localize(cluster.coreCity)}</dd>
            </div>
            <div>
              <dt>{t("clusters.fields.memberCities")}</dt>
              <dd>{cluster.memberCities.map(localize).join(t("common.listSeparator")) || "—"}</dd>
            </div>
            <div>
              <dt>{t("clusters.fields.specialisation")}</dt>
              <dd>
                {cluster.industryCodes
                  .map((code) => {
                    const industry = industryByCode(code);
                    return industry ? `${code} ${locale === "zh-CN" ? industry.nameZh : industry.nameEn}` : code;
                  })
                  .join("; ") || "—"}
              </dd>
            </div>
          </dl>
          {cluster.description && <p>{localize(cluster.description)}</p>}
          <p>
            <a href={`/w/${slug}/analysis?cluster=${cluster.id}`}>{t("clusters.viewAnalysis")}</a>
          </p>
          {manage && (
            <details>
              <summary>{t("clusters.edit", { name: localize(cluster.name) })}</summary>
              <ClusterForm slug={slug} cluster={cluster} plannedCodes={plannedCodes} />
              <ActionButton
                action={deleteClusterAction.bind(null, slug, cluster.id)}
                label="clusters.delete"
                variant="danger"
              />
            </details>
          )}
        </section>
      ))}
      {manage && (
        <section className="card" aria-labelledby="add-cluster">
          <h2 id="add-cluster">{t("clusters.add")}</h2>
          <ClusterForm slug={slug} plannedCodes={plannedCodes} />
        </section>
      )}
    </div>
  );
}
