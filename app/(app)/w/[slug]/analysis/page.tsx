import { LiveScope } from "@/components/live/live-scope";
import { IntentLink } from "@/components/ui/intent-link";
import { analysisSummary, numberFormat } from "@/components/analysis/format";
import { OverlapMatrix } from "@/components/analysis/overlap-matrix";
import { ReferenceManager } from "@/components/analysis/reference-manager";
import { ScoreChart } from "@/components/analysis/score-chart";
import { SpecialisationHeatmap } from "@/components/analysis/specialisation-heatmap";
import { computeAnalysis, parseFilters } from "@/lib/industries/analysis";
import { analysisInput, listClusters, listReferences } from "@/lib/industries/data";
import { canManageAnalysisSettings } from "@/lib/industries/policy";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.analysis") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AnalysisPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const [input, clusters, delegations, references] = await Promise.all([
    analysisInput(workshop.id),
    listClusters(workshop.id),
    listDelegations(workshop.id),
    listReferences(workshop.id),
  ]);
  const filters = parseFilters(
    await searchParams,
    clusters.map((c) => c.id),
  );
  const { overlap, hints } = computeAnalysis(input, filters);
  const columns = delegations.map((d) => ({ id: d.id, name: localize(d.name), colour: d.colour }));
  const query = new URLSearchParams({
    ...(filters.clusterId ? { cluster: filters.clusterId } : {}),
    ...(filters.horizon ? { horizon: filters.horizon } : {}),
  });

  return (
    <div className="stack">
      <LiveScope reads={["industries", "clusters"]} />
      <div className="page-heading">
        <h1>{t("nav.analysis")}</h1>
        <a className="button" href={`/api/w/${encodeURIComponent(slug)}/analysis/csv?${query}`} download>
          {t("analysis.exportCsv")}
        </a>
      </div>
      <p className="muted">{t("analysis.intro")}</p>
      <p>
        <IntentLink href={`/w/${slug}/analysis/division`}>{t("division.link")} →</IntentLink>
      </p>

      <form className="row card" method="get" aria-label={t("analysis.filters")}>
        <div className="field">
          <label htmlFor="filter-cluster">{t("nav.clusters")}</label>
          <select id="filter-cluster" name="cluster" defaultValue={filters.clusterId ?? ""}>
            <option value="">{t("analysis.allClusters")}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {localize(c.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-horizon">{t("industries.fields.horizon")}</label>
          <select id="filter-horizon" name="horizon" defaultValue={filters.horizon ?? ""}>
            <option value="">{t("analysis.bothHorizons")}</option>
            <option value="MEDIUM">{t("analysis.horizonShort.MEDIUM")}</option>
            <option value="LONG">{t("analysis.horizonShort.LONG")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t("analysis.apply")}
        </button>
      </form>

      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{t("analysis.summary")}</h2>
        <p data-testid="analysis-summary">{analysisSummary(overlap.totals, t)}</p>
        <p className="muted">{t("analysis.submittedOnly")}</p>
      </section>

      <section className="card stack" aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t("analysis.matrixTitle")}</h2>
        {overlap.rows.length === 0 ? (
          <p className="muted">{t("analysis.empty")}</p>
        ) : (
          <OverlapMatrix analysis={overlap} delegations={columns} locale={locale} t={t} />
        )}
        <details>
          <summary>{t("analysis.howScored")}</summary>
          <ul>
            {(["breadth", "capacity", "hubs", "score", "severity"] as const).map((key) => (
              <li key={key}>{t(`analysis.formulas.${key}`)}</li>
            ))}
          </ul>
        </details>
      </section>

      <section className="card stack" aria-labelledby="chart-title">
        <h2 id="chart-title">{t("analysis.chart.scoreTitle")}</h2>
        <ScoreChart rows={overlap.rows} locale={locale} t={t} />
      </section>

      <section className="card stack" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t("analysis.heatmapTitle")}</h2>
        <SpecialisationHeatmap hints={hints} delegations={columns} locale={locale} t={t} />
        <details>
          <summary>{t("analysis.howHinted")}</summary>
          <ul>
            {(["investmentShare", "locationQuotient", "employmentLq", "capacityShare", "advantage"] as const).map(
              (key) => (
                <li key={key}>{t(`analysis.formulas.${key}`)}</li>
              ),
            )}
          </ul>
        </details>
      </section>

      <section className="card stack" aria-labelledby="references-title">
        <h2 id="references-title">{t("analysis.references.title")}</h2>
        <p className="muted">{t("analysis.references.intro")}</p>
        {canManageAnalysisSettings(member) ? (
          <ReferenceManager slug={slug} references={references} />
        ) : (
          <ul className="plain-list">
            {references.map((r) => (
              <li key={r.id}>
                {r.industryCode} · {r.horizon ? t(`analysis.horizonShort.${r.horizon}`) : t("analysis.bothHorizons")} ·{" "}
                {numberFormat(locale).format(r.value)} {r.unit}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
