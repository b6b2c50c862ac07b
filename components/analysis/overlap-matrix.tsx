import type { OverlapAnalysis } from "@/lib/industries/overlap";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { industryName, planSummary } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

interface Props {
  analysis: OverlapAnalysis;
  delegations: Array<{ id: string; name: string; colour: string }>;
  locale: Locale;
  t: Translate;
}

/** Industries × delegations; contested industries first; severity in words and numbers. */
export function OverlapMatrix({ analysis, delegations, locale, t }: Props) {
  const short = { MEDIUM: t("analysis.horizonShort.MEDIUM"), LONG: t("analysis.horizonShort.LONG") };
  return (
    <TableScroll>
      <table className="matrix" data-testid="overlap-matrix">
        <caption className="visually-hidden">{t("analysis.matrixCaption")}</caption>
        <MatrixHead delegations={delegations} t={t} />
        <tbody>
          {analysis.rows.map((row) => (
            <tr
              key={row.industryCode}
              className={`overlap-${row.severity}`}
              data-testid={`overlap-row-${row.industryCode}`}
            >
              <th scope="row">
                <span className="code">{row.industryCode}</span> {industryName(row.industryCode, locale)}
                <div className="muted">{t("analysis.plannedBy", { count: row.delegationCount })}</div>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.delegationId} className={cell.plans.length ? "planned" : "empty"}>
                  {cell.plans.length === 0 ? (
                    <span className="muted" aria-label={t("analysis.notPlanned")}>
                      —
                    </span>
                  ) : (
                    <ul className="plain-list">
                      {cell.plans.map((plan) => (
                        <li key={plan.id}>{planSummary(plan, locale, short)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
              <td>
                <SeverityBadge severity={row.severity} score={row.score} t={t} />
                {row.hubCoincidences.length > 0 && (
                  <div className="muted">
                    {t("analysis.sharedHubs", { cities: row.hubCoincidences.map((h) => h.city).join(", ") })}
                  </div>
                )}
                {row.capacity
                  .filter((line) => line.ratio !== null)
                  .map((line) => (
                    <div key={`${line.unitKey}-${line.horizon}`} className="muted">
                      {t("analysis.capacityRatio", {
                        percent: Math.round((line.ratio ?? 0) * 100),
                        unit: line.unit,
                        horizon: short[line.horizon],
                      })}
                    </div>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The matrix's header row: industry, one column per delegation (with its colour), score. Shared with the projector. */
export function MatrixHead({ delegations, t }: Pick<Props, "delegations" | "t">) {
  return (
    <thead>
      <tr>
        <th scope="col">{t("industries.fields.industry")}</th>
        {delegations.map((d) => (
          <th scope="col" key={d.id}>
            <span className="swatch" style={{ background: d.colour }} aria-hidden="true" /> {d.name}
          </th>
        ))}
        <th scope="col">{t("analysis.score")}</th>
      </tr>
    </thead>
  );
}

export function SeverityBadge({ severity, score, t }: { severity: string; score: number; t: Translate }) {
  return (
    <span className={`severity severity-${severity}`} data-testid="severity">
      {t(`analysis.severity.${severity as "none" | "low" | "medium" | "high"}`)}
      {severity !== "none" && <> · {Math.round(score)}</>}
    </span>
  );
}
