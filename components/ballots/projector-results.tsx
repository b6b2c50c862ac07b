import type { ShownBallot } from "@/lib/ballots/live-data";
import type { RankEntry } from "@/lib/ballots/tally";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
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

export function ProjectorResults({ view, locale, t }: { view: ShownBallot; locale: Locale; t: Translate }) {
  const voted = view.turnout.reduce((sum, row) => sum + row.voted, 0);
  const eligible = view.turnout.reduce((sum, row) => sum + row.eligible, 0);
  const labelOf = (id: string) => view.proposals.find((p) => p.id === id)?.label ?? id;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const rows = view.results ? bars(view) : [];
  const top = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const notBacked = (option: string) => Boolean(view.results?.count.regionWide?.notBackedBy[option]);
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
          <ol className="projector-bars">
            {rows.map((row) => (
              <li key={row.option}>
                <span className="projector-rank">{row.rank}</span>
                <span className="projector-label">
                  {labelOf(row.option)}
                  {notBacked(row.option) && (
                    <span className="projector-excluded"> {t("ballots.results.notRegionWide")}</span>
                  )}
                </span>
                {row.value !== null && (
                  <>
                    <span
                      className="projector-bar"
                      style={{ width: `${(row.value / top) * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="projector-value">{number.format(row.value)}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="projector-note">
          {view.ballot.status === "DRAFT" ? t("ballots.notOpenYet") : t("ballots.results.hidden")}
        </p>
      )}
    </div>
  );
}
