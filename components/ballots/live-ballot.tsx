"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { usePushed } from "@/components/live/live-provider";
import type { BallotFrame, BallotLive, ShownBallot } from "@/lib/ballots/live-data";
import type { Pushed } from "@/lib/room/types";
import { OpenChoices } from "./open-choices";
import { ProjectorResults } from "./projector-results";
import { ResultsView } from "./results-view";
import { TurnoutTable } from "./turnout-table";

/** The frame with the newest live part: pushed after each vote, with no server request. */
function useShownBallot(frame: BallotFrame, live: Pushed<BallotLive>): ShownBallot {
  const { status, ...rest } = usePushed(live);
  return { ...rest, ballot: { status }, proposals: frame.proposals, delegations: frame.delegations };
}

/** The ballot page's turnout, results (when this ballot shows them) and open choices. */
export function LiveBallotResults({ frame, live }: { frame: BallotFrame; live: Pushed<BallotLive> }) {
  const t = useT();
  const locale = useLocale();
  const view = useShownBallot(frame, live);
  return (
    <>
      <section className="card stack" aria-labelledby="turnout-heading">
        <h2 id="turnout-heading">{t("ballots.turnout")}</h2>
        <TurnoutTable view={view} t={t} />
      </section>
      {view.results ? (
        <ResultsView view={view} results={view.results} locale={locale} t={t} />
      ) : (
        view.ballot.status !== "DRAFT" && (
          <p className="card" data-testid="results-pending">
            {t(
              frame.encrypted && view.ballot.status === "CLOSED"
                ? "ballots.encrypted.awaitingDecryption"
                : "ballots.results.hidden",
            )}
          </p>
        )
      )}
      {view.results && !frame.secret && <OpenChoices view={view} t={t} />}
    </>
  );
}

/** The ballot on the room's screen: turnout and, when shown, the live results as bars. */
export function LiveProjectorResults({ frame, live }: { frame: BallotFrame; live: Pushed<BallotLive> }) {
  return <ProjectorResults view={useShownBallot(frame, live)} locale={useLocale()} t={useT()} />;
}
