import type { TallyResult } from "@/lib/ballots/tally";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { TableScroll } from "@/components/ui/table-scroll";

interface Props {
  count: TallyResult;
  labelOf: (id: string) => string;
  locale: Locale;
  t: Translate;
}

/** How the count got its result: totals and ranking, IRV rounds, or Schulze's two matrices. */
export function CountWorking({ count, labelOf, locale, t }: Props) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  // Nothing was counted (no option qualified under the region-wide rule): no tables to show.
  const counted = count.method === "irv" ? count.working.rounds.length : (count.ranking ?? []).length;
  if (counted === 0) return null;
  if (count.method === "irv") {
    const options = Object.keys(count.working.rounds[0]?.tallies ?? {});
    return (
      <TableScroll>
        <table data-testid="irv-rounds">
          <caption>{t("ballots.results.irvCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ballots.results.option")}</th>
              {count.working.rounds.map((r) => (
                <th key={r.round} scope="col">
                  {t("ballots.results.round", { round: r.round })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {options.map((option) => (
              <tr key={option}>
                <th scope="row">{labelOf(option)}</th>
                {count.working.rounds.map((r) => (
                  <td key={r.round} className="num">
                    {option in r.tallies ? number.format(r.tallies[option]!) : "—"}
                    {r.eliminated.includes(option) && ` ${t("ballots.results.eliminated")}`}
                    {r.elected.includes(option) && ` ${t("ballots.results.elected")}`}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t("ballots.results.exhausted")}</th>
              {count.working.rounds.map((r) => (
                <td key={r.round} className="num">
                  {number.format(r.exhausted)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    );
  }
  const ranking = count.ranking ?? [];
  return (
    <>
      <TableScroll>
        <table data-testid="ranking-table">
          <caption>{t(`ballots.results.rankingCaption.${count.method}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ballots.results.rank")}</th>
              <th scope="col">{t("ballots.results.option")}</th>
              {count.method !== "schulze" && <th scope="col">{t(`ballots.results.value.${count.method}`)}</th>}
            </tr>
          </thead>
          <tbody>
            {ranking.map((entry) => (
              <tr key={entry.option}>
                <td className="num">{entry.rank}</td>
                <th scope="row">{labelOf(entry.option)}</th>
                {count.method !== "schulze" && <td className="num">{number.format(entry.value ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {count.method === "schulze" && (
        <>
          <PairwiseMatrix
            caption={t("ballots.results.pairwiseCaption")}
            options={count.working.options}
            values={count.working.pairwise}
            labelOf={labelOf}
            format={number.format}
          />
          <PairwiseMatrix
            caption={t("ballots.results.strongestCaption")}
            options={count.working.options}
            values={count.working.strongest}
            labelOf={labelOf}
            format={number.format}
          />
        </>
      )}
    </>
  );
}

/** A square table of head-to-head counts; with `highlightWins` (the projector), the cells where
 * the row's option beats the column's are shaded, so the room sees who beats whom at a glance. */
export function PairwiseMatrix(props: {
  caption: string;
  options: string[];
  values: number[][];
  labelOf: (id: string) => string;
  format: (n: number) => string;
  highlightWins?: boolean;
}) {
  const { caption, options, values, labelOf, format, highlightWins } = props;
  const wins = (i: number, j: number) => (values[i]?.[j] ?? 0) > (values[j]?.[i] ?? 0);
  return (
    <TableScroll>
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {options.map((o) => (
              <th key={o} scope="col">
                {labelOf(o)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {options.map((row, i) => (
            <tr key={row}>
              <th scope="row">{labelOf(row)}</th>
              {options.map((col, j) => (
                <td key={col} className={highlightWins && i !== j && wins(i, j) ? "num matrix-win" : "num"}>
                  {i === j ? "—" : format(values[i]?.[j] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
