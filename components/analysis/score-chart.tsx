import { BarChart } from "@/components/charts/bar-chart";
import type { OverlapRow } from "@/lib/industries/overlap";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { industryName } from "./format";

/** The redundancy score (0–100) of each contested industry, with the bands' edges (35, 65) marked;
 * each row says its score and band in words. */
export function ScoreChart({ rows, locale, t }: { rows: OverlapRow[]; locale: Locale; t: Translate }) {
  const contested = rows.filter((row) => row.severity !== "none");
  if (contested.length === 0) return <p className="muted">{t("analysis.noContested")}</p>;
  return (
    <BarChart
      title={t("analysis.chart.scoreTitle")}
      caption={t("analysis.chart.scoreCaption")}
      hideTitle
      max={100}
      ticks={[0, 35, 65, 100]}
      testId="score-chart"
      rows={contested.map((row) => ({
        key: row.industryCode,
        label: `${row.industryCode} ${industryName(row.industryCode, locale)}`,
        value: row.score,
        valueText: `${Math.round(row.score)} · ${t(`analysis.severity.${row.severity}`)}`,
        tone: row.severity === "none" ? "muted" : row.severity,
      }))}
    />
  );
}
