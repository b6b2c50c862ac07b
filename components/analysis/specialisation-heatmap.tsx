import type { SpecialisationHints } from "@/lib/industries/specialisation";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { industryName, numberFormat } from "./format";
import { TableScroll } from "@/components/ui/table-scroll";

interface Props {
  hints: SpecialisationHints;
  delegations: Array<{ id: string; name: string }>;
  locale: Locale;
  t: Translate;
}

/** Heatmap of location quotients (contested industries × delegations). Every cell shows its
 * number; the shade only repeats it. The comparative advantage is marked with ★ and in words. */
export function SpecialisationHeatmap({ hints, delegations, locale, t }: Props) {
  if (hints.industries.length === 0) return <p className="muted">{t("analysis.noContested")}</p>;
  const n = numberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return (
    <TableScroll>
      <table className="heatmap" data-testid="heatmap">
        <caption>{t("analysis.heatmapCaption", { currency: hints.currency ?? "—" })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("industries.fields.industry")}</th>
            {delegations.map((d) => (
              <th scope="col" key={d.id}>
                {d.name}
              </th>
            ))}
            <th scope="col">{t("analysis.advantage")}</th>
          </tr>
        </thead>
        <tbody>
          {hints.industries.map((industry) => {
            const leaders =
              industry.advantage.kind === "single"
                ? [industry.advantage.delegationId]
                : industry.advantage.kind === "tie"
                  ? industry.advantage.delegationIds
                  : [];
            return (
              <tr key={industry.industryCode}>
                <th scope="row">
                  <span className="code">{industry.industryCode}</span> {industryName(industry.industryCode, locale)}
                </th>
                {delegations.map((d) => {
                  const hint = industry.delegations.find((h) => h.delegationId === d.id);
                  const lq = hint?.locationQuotient ?? null;
                  const level = lq === null ? "none" : lq >= 1.5 ? "4" : lq >= 1.1 ? "3" : lq >= 0.9 ? "2" : "1";
                  return (
                    <td key={d.id} className={`heat heat-${level}`}>
                      {hint ? (
                        <>
                          <strong>
                            {leaders.includes(d.id) && <span aria-hidden="true">★ </span>}
                            {lq === null ? "—" : `LQ ${n.format(lq)}`}
                          </strong>
                          {hint.employmentLq !== null && (
                            <div>{t("analysis.employmentLq", { lq: n.format(hint.employmentLq) })}</div>
                          )}
                          {hint.investmentShare !== null && (
                            <div>{t("analysis.investmentShare", { share: percent.format(hint.investmentShare) })}</div>
                          )}
                          <div>{t("analysis.highestPriority", { priority: hint.highestPriority })}</div>
                        </>
                      ) : (
                        <span className="muted">{t("analysis.notPlanned")}</span>
                      )}
                    </td>
                  );
                })}
                <td>
                  {industry.advantage.kind === "single" &&
                    t("analysis.advantageSingle", {
                      delegation: delegations.find((d) => d.id === leaders[0])?.name ?? "",
                    })}
                  {industry.advantage.kind === "tie" &&
                    t("analysis.advantageTie", {
                      delegations: leaders.map((id) => delegations.find((d) => d.id === id)?.name ?? "").join(", "),
                    })}
                  {industry.advantage.kind === "none" && <span className="muted">{t("analysis.advantageNone")}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
