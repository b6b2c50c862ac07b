import { LiveProjectorResults } from "@/components/ballots/live-ballot";
import { TimedRefresh } from "@/components/ballots/timed-refresh";
import { ConnectionStatus } from "@/components/live/connection-status";
import { loadBallotPage } from "@/lib/ballots/page-data";
import { getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("ballots.projector") };
}

/** A ballot on the room's screen: large type, turnout and (when visible) the live results. */
export default async function BallotProjectorPage({ params }: { params: Promise<{ slug: string; ballotId: string }> }) {
  const { slug, ballotId } = await params;
  const { workshop, t, view, frame, live, nextChange } = await loadBallotPage(slug, ballotId);
  const { ballot } = view;
  const localize = await getLocalize(workshop);
  return (
    <div className="projector-stack">
      <TimedRefresh at={nextChange} />
      <header className="projector-header">
        <p className="eyebrow">{localize(workshop.title)}</p>
        <h1>{ballot.title}</h1>
        <p>
          <span className={`status status-${ballot.status.toLowerCase()}`} data-testid="ballot-status">
            {t(`ballots.status.${ballot.status}`)}
          </span>{" "}
          {t(`ballots.methods.${ballot.method}`)} · {t(ballot.secret ? "ballots.secretBallot" : "ballots.openBallot")}
        </p>
        <ConnectionStatus />
      </header>
      <LiveProjectorResults frame={frame} live={live} />
    </div>
  );
}
