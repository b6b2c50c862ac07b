import type { ShownBallot } from "@/lib/ballots/live-data";
import type { BallotResults } from "@/lib/ballots/results";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { CountWorking } from "./count-working";
import { TableScroll } from "@/components/ui/table-scroll";

interface Props {
  view: ShownBallot;
  results: BallotResults;
  locale: Locale;
  t: Translate;
}

export const formatShare = (share: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);

/** The outcome in one sentence: winner, declared tie, tie-break, no quorum or nothing qualifying. */
export function Outcome({
  results,
  labelOf,
  t,
}: {
  results: BallotResults;
  labelOf: (id: string) => string;
  t: Translate;
}) {
  const { count } = results;
  let text: string;
  // With no votes every method ties all options; say what is true instead.
  if (results.voters === 0) text = t("ballots.results.noVotes");
  else if (!results.quorum.met) text = t("ballots.results.noQuorum");
  else if (count.regionWide && count.regionWide.qualifying.length === 0) text = t("ballots.results.noneQualifies");
  else if (results.tieBrokenBy && results.winner)
    text = t("ballots.results.tieBroken", {
      options: count.winners.map(labelOf).join(", "),
      winner: labelOf(results.winner),
    });
  else if (count.tie) text = t("ballots.results.tie", { options: count.winners.map(labelOf).join(", ") });
  else if (results.winner) text = t("ballots.results.winner", { option: labelOf(results.winner) });
  else text = t("ballots.results.noVotes");
  return (
    <p className="outcome" data-testid="outcome">
      {text}
    </p>
  );
}

/** Results, their working, the region-wide rule and the per-delegation breakdown. */
export function ResultsView({ view, results, locale, t }: Props) {
  const labelOf = (id: string) => view.proposals.find((p) => p.id === id)?.label ?? id;
  const { count } = results;
  const delegations = view.delegations;
  return (
    <section className="card stack" aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">
        {view.ballot.status === "CLOSED" ? t("ballots.results.final") : t("ballots.results.live")}
      </h2>
      <Outcome results={results} labelOf={labelOf} t={t} />
      <p data-testid="quorum">
        {t("ballots.results.turnout", {
          voters: results.voters,
          eligible: results.eligible,
          share: formatShare(results.eligible === 0 ? 0 : results.voters / results.eligible, locale),
        })}{" "}
        {results.quorum.required !== null &&
          t(results.quorum.met ? "ballots.results.quorumMet" : "ballots.results.quorumNotMet", {
            quorum: formatShare(results.quorum.required, locale),
          })}
      </p>
      <CountWorking count={count} labelOf={labelOf} locale={locale} t={t} />
      {count.regionWide && (
        <div className="stack" data-testid="region-wide">
          <h3>{t("ballots.results.regionWide", { threshold: formatShare(count.regionWide.threshold, locale) })}</h3>
          {count.regionWide.unrestricted.ranking && (
            <p>
              {t("ballots.results.withoutRule", {
                order: count.regionWide.unrestricted.ranking
                  .map((entry) => `${entry.rank}. ${labelOf(entry.option)}`)
                  .join(", "),
              })}
            </p>
          )}
          <ul className="plain-list">
            {view.proposals.map((p) => {
              const missing = count.regionWide!.notBackedBy[p.id];
              return (
                <li key={p.id}>
                  {missing
                    ? t("ballots.results.notBacked", {
                        option: p.label,
                        delegations: missing.map((id) => delegations.find((d) => d.id === id)?.name ?? id).join(", "),
                      })
                    : t("ballots.results.backed", { option: p.label })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <h3>{t("ballots.results.breakdown")}</h3>
      {results.breakdown ? (
        <Breakdown view={view} results={results} locale={locale} t={t} />
      ) : (
        <p className="muted">{t("ballots.encrypted.breakdownHidden")}</p>
      )}
    </section>
  );
}

/** Each delegation's share of voters supporting each option, and its own winner (★). */
function Breakdown({ view, results, locale, t }: Props) {
  const delegations = view.delegations;
  return (
    <>
      <TableScroll>
        <table data-testid="breakdown">
          <caption className="visually-hidden">{t("ballots.results.breakdownCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ballots.results.option")}</th>
              {delegations.map((d) => (
                <th key={d.id} scope="col">
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.proposals.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                {delegations.map((d) => {
                  const own = results.delegationWinners[d.id] ?? [];
                  return (
                    <td key={d.id} className="num">
                      {formatShare(results.support[p.id]?.[d.id] ?? 0, locale)}
                      {own.includes(p.id) && ` ★`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{t("ballots.results.breakdownNote")}</p>
    </>
  );
}
