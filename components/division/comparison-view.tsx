import { TableScroll } from "@/components/ui/table-scroll";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { Comparison, RoleChange, SettingChange } from "@/lib/optimiser/compare";

interface Props {
  comparison: Comparison;
  previous: number;
  latest: number;
  delegations: Array<{ id: string; name: string }>;
  industryName: (code: string) => string;
  locale: Locale;
  t: Translate;
}

const SETTING_LABEL = {
  redundancyPenalty: "division.redundancyPenalty",
  partners: "division.partners",
  fairnessFloor: "division.fairnessFloor",
  alternatives: "division.alternatives",
} as const;

/** What-if: the newest proposal against the one before it, input first, then the result. */
export function ComparisonView({ comparison, previous, latest, delegations, industryName, locale, t }: Props) {
  const nameOf = (id: string) => delegations.find((d) => d.id === id)?.name ?? id;
  const separator = t("common.listSeparator");
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const value = ({ setting }: SettingChange, v: SettingChange["from"]) =>
    typeof v === "boolean"
      ? t(v ? "division.on" : "division.off")
      : setting === "fairnessFloor"
        ? percent.format(v)
        : decimal.format(v);
  const roles = (side: RoleChange["before"]) =>
    !side
      ? t("division.notPlanned")
      : !side.lead
        ? t("division.noLead")
        : side.partners.length === 0
          ? nameOf(side.lead)
          : t("division.leadWithPartners", {
              lead: nameOf(side.lead),
              partners: side.partners.map(nameOf).join(separator),
            });
  const inputChanges = [
    ...comparison.settings.map((change) =>
      t("division.compareSetting", {
        setting: t(SETTING_LABEL[change.setting]),
        from: value(change, change.from),
        to: value(change, change.to),
      }),
    ),
    ...(comparison.positions.length > 0
      ? [t("division.comparePositions", { delegations: comparison.positions.map(nameOf).join(separator) })]
      : []),
    ...(comparison.plansChanged ? [t("division.comparePlans")] : []),
    ...(comparison.baselineChanged ? [t("division.compareBaseline")] : []),
  ];
  const { outcome } = comparison;
  return (
    <section className="card stack" aria-labelledby="compare-heading" data-testid="division-comparison">
      <h2 id="compare-heading">{t("division.compareTitle", { number: previous })}</h2>
      <h3>{t("division.compareInput")}</h3>
      {inputChanges.length === 0 ? (
        <p>{t("division.compareNoInput", { number: previous })}</p>
      ) : (
        <ul>
          {inputChanges.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <h3>{t("division.compareOutcome")}</h3>
      {!outcome ? (
        <p>{t("division.compareConflict")}</p>
      ) : outcome.changes.length === 0 ? (
        <p>{t("division.compareSame", { number: previous })}</p>
      ) : (
        <TableScroll>
          <table>
            <caption>{t("division.compareCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("division.industry")}</th>
                <th scope="col">{t("division.proposalTitle", { number: previous })}</th>
                <th scope="col">{t("division.proposalTitle", { number: latest })}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.changes.map((change) => (
                <tr key={change.industry}>
                  <th scope="row">{industryName(change.industry)}</th>
                  <td>{roles(change.before)}</td>
                  <td>{roles(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {outcome && (
        <p className="muted">
          {t("division.compareFigures", {
            from: decimal.format(outcome.objective.from),
            to: decimal.format(outcome.objective.to),
            keptFrom: outcome.minimumKept.from === null ? "—" : percent.format(outcome.minimumKept.from),
            keptTo: outcome.minimumKept.to === null ? "—" : percent.format(outcome.minimumKept.to),
          })}
        </p>
      )}
    </section>
  );
}
