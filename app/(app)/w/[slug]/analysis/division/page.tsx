import { LiveScope } from "@/components/live/live-scope";
import { DivisionSettings } from "@/components/division/division-settings";
import { BaselineImport } from "@/components/division/baseline-import";
import { BaselineRowForm } from "@/components/division/baseline-row-form";
import { ComparisonView } from "@/components/division/comparison-view";
import { PositionForm } from "@/components/division/position-form";
import { PositionsTable } from "@/components/division/positions-table";
import { ProposalView } from "@/components/division/proposal-view";
import { IntentLink } from "@/components/ui/intent-link";
import { TableScroll } from "@/components/ui/table-scroll";
import { industryNamer } from "@/components/division/format";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { canManageAnalysisSettings, canWriteList } from "@/lib/industries/policy";
import { compareProposals } from "@/lib/optimiser/compare";
import { canWriteBaseline } from "@/lib/optimiser/policy";
import { latestProposals, listBaseline, plannedIndustries, visiblePositions } from "@/lib/optimiser/data";
import { requireMember } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("division.title") };
}

export default async function DivisionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  // The member's own delegation, when they may state its position.
  const own = member.delegationId && canWriteList(member, member.delegationId) ? member.delegationId : null;
  const [delegations, baseline, { latest, previous }, positions, planned] = await Promise.all([
    listDelegations(workshop.id),
    listBaseline(workshop.id),
    latestProposals(workshop.id),
    visiblePositions(workshop.id, member),
    own ? plannedIndustries(workshop.id, own) : Promise.resolve([]),
  ]);
  const ownPosition = positions.find((p) => p.delegationId === own) ?? null;
  const columns = delegations.map((d) => ({ id: d.id, name: localize(d.name) }));
  const industryName = industryNamer(locale);
  const codes = [...new Set(baseline.map((b) => b.industryCode))];
  const employment = new Map(baseline.map((b) => [`${b.delegationId}/${b.industryCode}`, b.employment]));
  const sources = [...new Set(baseline.map((b) => (b.source ? `${b.source}|${b.year ?? ""}` : "")))].filter(Boolean);
  const number = new Intl.NumberFormat(locale);
  const writable = columns.filter((d) => canWriteBaseline(member, d.id));
  return (
    <div className="stack">
      <LiveScope reads={["division", "industries", ...(own ? [`position:${own}`] : [])]} />
      <p>
        <IntentLink href={`/w/${slug}/analysis`}>← {t("nav.analysis")}</IntentLink>
      </p>
      <h1>{t("division.title")}</h1>
      <p className="muted">{t("division.intro")}</p>
      {canManageAnalysisSettings(member) && <DivisionSettings slug={slug} settings={latest?.input.settings ?? null} />}
      {own && (
        <section className="card stack" aria-labelledby="position-heading" data-testid="division-position">
          <h2 id="position-heading">{t("division.positionTitle")}</h2>
          <p className="muted">{t("division.positionIntro")}</p>
          {planned.length === 0 ? (
            <p>{t("division.noPlannedIndustries")}</p>
          ) : (
            <>
              <p role="status">
                {ownPosition?.submittedAt
                  ? t("division.positionSubmitted")
                  : ownPosition
                    ? t("division.positionDraft")
                    : t("division.positionNotSaved")}
              </p>
              <PositionForm
                slug={slug}
                delegationId={own}
                industries={planned.map((code) => ({ code, name: industryName(code) }))}
                position={ownPosition}
                submitted={Boolean(ownPosition?.submittedAt)}
                isLead={member.role === "LEAD_DELEGATE"}
              />
            </>
          )}
        </section>
      )}
      <PositionsTable positions={positions} delegations={columns} industryName={industryName} locale={locale} t={t} />
      {latest ? (
        <>
          <ProposalView
            slug={slug}
            output={latest.output}
            number={latest.number}
            adopted={latest.adopted}
            canAdopt={canManageAnalysisSettings(member)}
            afterBest={
              previous && (
                <ComparisonView
                  comparison={compareProposals(previous, latest)}
                  previous={previous.number}
                  latest={latest.number}
                  delegations={columns}
                  industryName={industryName}
                  locale={locale}
                  t={t}
                />
              )
            }
            delegations={columns}
            industryName={industryName}
            locale={locale}
            t={t}
          />
          <p className="row">
            <a className="button" href={`/api/w/${encodeURIComponent(slug)}/division/${latest.number}`} download>
              {t("division.downloadInput")}
            </a>
            <IntentLink className="button" href={`/w/${slug}/analysis/division/projector`}>
              {t("division.showOnProjector")}
            </IntentLink>
            <span className="muted">{t("division.reproduce")}</span>
          </p>
        </>
      ) : (
        <p className="card" data-testid="division-none">
          {t("division.none")}
        </p>
      )}
      <section className="card stack" aria-labelledby="baseline-heading">
        <h2 id="baseline-heading">{t("division.baselineTitle")}</h2>
        {codes.length === 0 ? (
          <p className="muted">{t("division.baselineNone")}</p>
        ) : (
          <>
            <TableScroll>
              <table>
                <caption>{t("division.baselineCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("division.industry")}</th>
                    {columns.map((d) => (
                      <th key={d.id} scope="col">
                        {d.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {codes.map((code) => (
                    <tr key={code}>
                      <th scope="row">{industryName(code)}</th>
                      {columns.map((d) => {
                        const value = employment.get(`${d.id}/${code}`);
                        return (
                          <td key={d.id} className="num">
                            {value === undefined ? "—" : number.format(value)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {sources.map((entry) => {
              const [source, year] = entry.split("|");
              return (
                <p key={entry} className="muted">
                  {t("division.baselineSource", { source: source ?? "", year: year ?? "" })}
                </p>
              );
            })}
          </>
        )}
        <p className="row">
          {columns.map((d) => (
            <a
              key={d.id}
              className="button"
              href={`/api/w/${encodeURIComponent(slug)}/division/baseline?delegation=${encodeURIComponent(d.id)}`}
              download
            >
              {t("division.baselineExport", { delegation: d.name })}
            </a>
          ))}
        </p>
        {writable.length > 0 && (
          <>
            <BaselineRowForm slug={slug} delegations={writable} locale={locale} />
            <BaselineImport slug={slug} delegations={writable} />
          </>
        )}
      </section>
    </div>
  );
}
