import { LocalTime } from "@/components/ui/local-time";
import type { BallotView } from "@/lib/ballots/data";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatShare } from "./results-view";

/** The ballot's rules, as voters need to know them before voting. */
export function BallotSummary({ view, locale, t }: { view: BallotView; locale: Locale; t: Translate }) {
  const { ballot } = view;
  const time = (date: Date | null) => (date ? <LocalTime iso={date.toISOString()} locale={locale} /> : null);
  return (
    <dl className="facts" data-testid="ballot-rules">
      <div>
        <dt>{t("ballots.fields.method")}</dt>
        <dd>
          {t(`ballots.methods.${ballot.method}`)} — {t(`ballots.methodHelp.${ballot.method}`)}
        </dd>
      </div>
      <div>
        <dt>{t("ballots.fields.weighting")}</dt>
        <dd>{t(`ballots.weighting.${ballot.weighting}`)}</dd>
      </div>
      <div>
        <dt>{t("ballots.secrecy")}</dt>
        <dd data-testid="secrecy">
          {t(ballot.secret ? "ballots.secretBallot" : "ballots.openBallot")}
          {ballot.encrypted && ` — ${t("ballots.encrypted.badge")}`}
        </dd>
      </div>
      <div>
        <dt>{t("ballots.fields.resultsVisibility")}</dt>
        <dd>{t(`ballots.visibility.${ballot.resultsVisibility}`)}</dd>
      </div>
      {ballot.quorum !== null && (
        <div>
          <dt>{t("ballots.fields.quorum")}</dt>
          <dd>{formatShare(ballot.quorum, locale)}</dd>
        </div>
      )}
      {view.regionWideThreshold !== null && (
        <div>
          <dt>{t("ballots.fields.regionWideLegend")}</dt>
          <dd>{t("ballots.regionWideRule", { threshold: formatShare(view.regionWideThreshold, locale) })}</dd>
        </div>
      )}
      {ballot.conflictOfInterest && (
        <div>
          <dt>{t("ballots.fields.conflictOfInterest")}</dt>
          <dd>{t("ballots.fields.conflictOfInterestHint")}</dd>
        </div>
      )}
      <div>
        <dt>{t("ballots.fields.tieBreak")}</dt>
        <dd>{t(`ballots.tieBreak.${ballot.tieBreak}`)}</dd>
      </div>
      {(ballot.opensAt || ballot.openedAt) && (
        <div>
          <dt>{t("ballots.opens")}</dt>
          <dd>{time(ballot.openedAt ?? ballot.opensAt)}</dd>
        </div>
      )}
      {(ballot.closesAt || ballot.closedAt) && (
        <div>
          <dt>{t("ballots.closes")}</dt>
          <dd>{time(ballot.closedAt ?? ballot.closesAt)}</dd>
        </div>
      )}
    </dl>
  );
}
