import { notFound } from "next/navigation";
import { ProjectorResults } from "@/components/ballots/projector-results";
import { TimedRefresh } from "@/components/ballots/timed-refresh";
import { ConnectionStatus } from "@/components/live/connection-status";
import { settleDueBallots } from "@/lib/ballots/ballot-mutations";
import { ballotView } from "@/lib/ballots/data";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("ballots.projector") };
}

/** A ballot on the room's screen: large type, turnout and (when visible) the live results. */
export default async function BallotProjectorPage({ params }: { params: Promise<{ slug: string; ballotId: string }> }) {
  const { slug, ballotId } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  await settleDueBallots(workshop.id);
  const view = await ballotView(workshop.id, ballotId, member, locale);
  if (!view) notFound();
  const { ballot } = view;
  const nextChange = ballot.status === "DRAFT" ? ballot.opensAt : ballot.status === "OPEN" ? ballot.closesAt : null;
  return (
    <div className="projector-stack">
      <TimedRefresh at={nextChange?.toISOString() ?? null} />
      <header className="projector-header">
        <p className="eyebrow">{workshop.title}</p>
        <h1>{ballot.title}</h1>
        <p>
          <span className={`status status-${ballot.status.toLowerCase()}`} data-testid="ballot-status">
            {t(`ballots.status.${ballot.status}`)}
          </span>{" "}
          {t(`ballots.methods.${ballot.method}`)} · {t(ballot.secret ? "ballots.secretBallot" : "ballots.openBallot")}
        </p>
        <ConnectionStatus />
      </header>
      <ProjectorResults view={view} locale={locale} t={t} />
    </div>
  );
}
