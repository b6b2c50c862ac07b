import type { OverlapRow } from "@/lib/industries/overlap";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { industryName, truncate } from "./format";

const BAR_HEIGHT = 34;
const LABEL_WIDTH = 360;
const CHART_WIDTH = 900;

/** Horizontal bars of the redundancy score (0–100) of contested industries; each bar also
 * carries its number and band in text, and the SVG has a text alternative. */
export function ScoreChart({ rows, locale, t }: { rows: OverlapRow[]; locale: Locale; t: Translate }) {
  const contested = rows.filter((row) => row.severity !== "none");
  if (contested.length === 0) return <p className="muted">{t("analysis.noContested")}</p>;
  const height = contested.length * BAR_HEIGHT + 30;
  const scale = (CHART_WIDTH - LABEL_WIDTH - 120) / 100;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-labelledby="score-chart-title score-chart-desc"
        width="100%"
      >
        <title id="score-chart-title">{t("analysis.chart.scoreTitle")}</title>
        <desc id="score-chart-desc">
          {contested
            .map(
              (row) =>
                `${industryName(row.industryCode, locale)}: ${Math.round(row.score)} (${t(`analysis.severity.${row.severity}`)})`,
            )
            .join("; ")}
        </desc>
        {[0, 35, 65, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={LABEL_WIDTH + tick * scale}
              x2={LABEL_WIDTH + tick * scale}
              y1={0}
              y2={height - 24}
              className="chart-grid"
            />
            <text x={LABEL_WIDTH + tick * scale} y={height - 6} className="chart-tick" textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {contested.map((row, index) => {
          const y = index * BAR_HEIGHT + 4;
          return (
            <g key={row.industryCode}>
              <text x={LABEL_WIDTH - 10} y={y + 19} textAnchor="end" className="chart-label">
                {row.industryCode} {truncate(industryName(row.industryCode, locale), locale === "zh-CN" ? 20 : 34)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(2, row.score * scale)}
                height={BAR_HEIGHT - 10}
                className={`bar bar-${row.severity}`}
              />
              <text x={LABEL_WIDTH + row.score * scale + 8} y={y + 19} className="chart-value">
                {Math.round(row.score)} · {t(`analysis.severity.${row.severity}`)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t("analysis.chart.scoreCaption")}</figcaption>
    </figure>
  );
}
