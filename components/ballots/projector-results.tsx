import type { ShownBallot } from "@/lib/ballots/live-data";
import type { RankEntry } from "@/lib/ballots/tally";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { BarChart } from "@/components/charts/bar-chart";
import { PairwiseMatrix } from "./count-working";
import { formatShare, Outcome } from "./results-view";

type Bar = { option: string; value: number | null; rank: number };

/**
 * The bars the room sees: totals, or the last IRV round, or Schulze's order. Under the region-wide
 * rule these are the qualifying options; when none qualifies, the order without the rule.
 */
function bars(view: ShownBallot): Bar[] {
  const count = view.results!.count;
  const unrestricted = count.regionWide?.unrestricted.ranking;
  if (count.regionWide && count.regionWide.qualifying.length === 0 && unrestricted)
    return unrestricted.map((entry) => ({ option: entry.option, value: entry.value ?? null, rank: entry.rank }));
  if (count.method === "irv") {
    const last = count.working.rounds.at(-1);
    const entries = Object.entries(last?.tallies ?? {}).sort((a, b) => b[1] - a[1]);
    return entries.map(([option, value]) => ({
      option,
      value,
      rank: 1 + entries.filter(([, other]) => other > value).length,
    }));
  }
  return (count.ranking ?? []).map((entry: RankEntry) => ({
    option: entry.option,
    value: count.method === "schulze" ? null : (entry.value ?? 0),
    rank: entry.rank,
  }));
}

function chartTitle(view: ShownBallot, t: Translate): string {
  const count = view.results!.count;
  if (count.method === "irv") return t("ballots.results.round", { round: count.working.rounds.length });
  return t(`ballots.results.rankingCaption.${count.method}`);
}

export function ProjectorResults({ view, locale, t }: { view: ShownBallot; locale: Locale; t: Translate }) {
  const voted = view.turnout.reduce((sum, row) => sum + row.voted, 0);
  const eligible = view.turnout.reduce((sum, row) => sum + row.eligible, 0);
  const labelOf = (id: string) => view.proposals.find((p) => p.id === id)?.label ?? id;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const rows = view.results ? bars(view) : [];
  const notBacked = (option: string) => Boolean(view.results?.count.regionWide?.notBackedBy[option]);
  const optionLabel = (option: string) => (
    <>
      {labelOf(option)}
      {notBacked(option) && <span className="projector-excluded"> {t("ballots.results.notRegionWide")}</span>}
    </>
  );
  return (
    <div className="projector-stack">
      <p className="projector-turnout" data-testid="projector-turnout">
        {t("ballots.results.turnout", {
          voters: voted,
          eligible,
          share: formatShare(eligible === 0 ? 0 : voted / eligible, locale),
        })}
      </p>
      <ul className="projector-delegations">
        {view.turnout.map((row) => {
          const delegation = view.delegations.find((d) => d.id === row.delegationId);
          return (
            <li key={row.delegationId} style={{ borderColor: delegation?.colour }}>
              {delegation?.name}: {row.voted}/{row.eligible}
            </li>
          );
        })}
      </ul>
      {view.results ? (
        <section aria-labelledby="projector-results" data-testid="projector-results">
          <h2 id="projector-results">
            {view.ballot.status === "CLOSED" ? t("ballots.results.final") : t("ballots.results.live")}
          </h2>
          <Outcome results={view.results} labelOf={labelOf} t={t} />
          {rows.length > 0 && rows[0]!.value === null ? (
            // Schulze has no totals: its order, then the head-to-head counts it comes from.
            <ol className="projector-bars">
              {rows.map((row) => (
                <li key={row.option}>
                  <span className="projector-rank">{row.rank}</span>
                  <span className="projector-label">{optionLabel(row.option)}</span>
                </li>
              ))}
            </ol>
          ) : (
            <BarChart
              title={chartTitle(view, t)}
              hideTitle
              size="projector"
              testId="projector-chart"
              rows={rows.map((row) => ({
                key: row.option,
                rank: row.rank,
                label: optionLabel(row.option),
                value: row.value ?? 0,
                valueText: number.format(row.value ?? 0),
              }))}
            />
          )}
          <ProjectorWorking view={view} labelOf={labelOf} locale={locale} t={t} />
        </section>
      ) : (
        <p className="projector-note">
          {view.ballot.status === "DRAFT" ? t("ballots.notOpenYet") : t("ballots.results.hidden")}
        </p>
      )}
    </div>
  );
}

/** Under the chart, how the count got there, large enough for the room: IRV's rounds, one small
 * chart each, or Schulze's head-to-head matrix. Totals need nothing more. */
function ProjectorWorking({
  view,
  labelOf,
  locale,
  t,
}: {
  view: ShownBallot;
  labelOf: (id: string) => string;
  locale: Locale;
  t: Translate;
}) {
  const count = view.results!.count;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  if (count.method === "schulze" && count.working.options.length > 0)
    return (
      <div className="projector-working">
        <PairwiseMatrix
          caption={t("ballots.results.pairwiseCaption")}
          options={count.working.options}
          values={count.working.pairwise}
          labelOf={labelOf}
          format={number.format}
          highlightWins
        />
      </div>
    );
  if (count.method !== "irv" || count.working.rounds.length < 2) return null;
  const top = Math.max(1, ...count.working.rounds.flatMap((round) => Object.values(round.tallies)));
  return (
    <section className="projector-working projector-rounds" aria-label={t("ballots.results.irvCaption")}>
      {count.working.rounds.map((round) => (
        <BarChart
          key={round.round}
          title={t("ballots.results.round", { round: round.round })}
          max={top}
          rows={Object.entries(round.tallies)
            .sort((a, b) => b[1] - a[1])
            .map(([option, votes]) => ({
              key: option,
              label: labelOf(option),
              value: votes,
              tone: round.eliminated.includes(option) ? "muted" : undefined,
              valueText: [
                number.format(votes),
                round.eliminated.includes(option) && t("ballots.results.eliminated"),
                round.elected.includes(option) && t("ballots.results.elected"),
              ]
                .filter(Boolean)
                .join(" "),
            }))}
        />
      ))}
    </section>
  );
}
