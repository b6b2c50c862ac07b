// Horizontal bar charts, drawn with visx (scales and shapes from d3, rendered by React, on the
// server as well as in the browser). Labels are HTML beside the bars, not SVG text, so a long
// industry or brand name wraps in either language instead of being cut short; the chart is an
// ordered list, so a screen reader reads each row's label and value: that is its text
// alternative, and the title and caption say what it shows.
import { scaleLinear } from "@visx/scale";
import { Bar, Line } from "@visx/shape";
import type { ReactNode } from "react";
import styles from "./bar-chart.module.css";

export interface BarRow {
  key: string;
  label: ReactNode;
  value: number;
  /** What is read and shown after the bar: the number, formatted, and any note. */
  valueText: string;
  /** A rank shown before the label (1 = first); ties share it. */
  rank?: number;
  /** A colour class for the bar: "low", "medium", "high", "muted" or the default. */
  tone?: "low" | "medium" | "high" | "muted";
}

interface Props {
  title: string;
  caption?: string;
  rows: BarRow[];
  /** The value at the right edge; the largest value when not given. */
  max?: number;
  /** Values marked by a dashed line down the chart and labelled under it. */
  ticks?: number[];
  size?: "page" | "projector";
  /** The title names the chart for assistive technology only (a heading above already shows it). */
  hideTitle?: boolean;
  testId?: string;
}

/** viewBox width of a bar's row; the SVG stretches to the column, so this is a unit of length. */
const WIDTH = 1000;

export function BarChart({ title, caption, rows, max, ticks = [], size = "page", hideTitle, testId }: Props) {
  const top = Math.max(max ?? 0, ...rows.map((row) => row.value), 1);
  const x = scaleLinear<number>({ domain: [0, top], range: [0, WIDTH], clamp: true });
  const ranked = rows.some((row) => row.rank !== undefined);
  return (
    <figure className={`${styles.chart} ${size === "projector" ? styles.projector : ""}`} data-testid={testId}>
      <figcaption className={hideTitle ? "visually-hidden" : styles.title}>{title}</figcaption>
      <div className={`${styles.grid} ${ranked ? styles.ranked : ""}`}>
        <ol className={styles.rows}>
          {rows.map((row) => (
            <li key={row.key} className={styles.row}>
              {ranked && <span className={styles.rank}>{row.rank}</span>}
              <span className={styles.label}>{row.label}</span>
              <svg className={styles.bar} viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true">
                {ticks.map((tick) => (
                  <Line
                    key={tick}
                    from={{ x: x(tick), y: 0 }}
                    to={{ x: x(tick), y: 10 }}
                    className={styles.gridLine}
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
                <Bar
                  x={0}
                  y={1}
                  width={Math.max(x(row.value), WIDTH / 250)}
                  height={8}
                  className={styles[row.tone ?? "default"]}
                />
              </svg>
              <span className={styles.value}>{row.valueText}</span>
            </li>
          ))}
        </ol>
        {ticks.length > 0 && (
          <div className={`${styles.row} ${styles.axis}`} aria-hidden="true">
            {ranked && <span />}
            <span />
            <span className={styles.ticks}>
              {ticks.map((tick) => (
                <span key={tick} style={{ left: `${(x(tick) / WIDTH) * 100}%` }}>
                  {tick}
                </span>
              ))}
            </span>
            <span />
          </div>
        )}
      </div>
      {caption && <p className={styles.caption}>{caption}</p>}
    </figure>
  );
}
