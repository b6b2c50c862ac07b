import type { ReactNode } from "react";
import { TimedRefresh } from "@/components/ballots/timed-refresh";
import { ConnectionStatus } from "@/components/live/connection-status";
import { ProjectorHeader } from "@/components/session/projector-header";
import { ProjectorPresence } from "@/components/session/projector-presence";
import { ProjectorQueue } from "@/components/session/projector-queue";
import {
  ProjectorAnalysis,
  ProjectorBallot,
  ProjectorClause,
  ProjectorDivision,
  ProjectorWaiting,
} from "@/components/session/projector-spotlight";
import { loadBallotPage } from "@/lib/ballots/page-data";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import type { Translate } from "@/lib/i18n/translate";
import { computeAnalysis, parseFilters } from "@/lib/industries/analysis";
import { analysisInput } from "@/lib/industries/data";
import { latestProposals } from "@/lib/optimiser/data";
import { clauseDetail } from "@/lib/plan/data";
import { sessionView, type SessionView, type SpotlightView } from "@/lib/session/data";
import { requireMember, type MemberContext } from "@/lib/workshop/access";

/** How many coming agenda items the waiting screen lists. */
const NEXT_ITEMS = 4;

export async function generateMetadata() {
  return { title: (await getTranslator())("projector.title") };
}

/**
 * The room's screen: phase, agenda item and countdown, whatever the facilitator has in the
 * spotlight, the speaking queue and who is present. No controls; every live event re-renders it,
 * so it follows the facilitator by itself. Each object is read as this member may see it.
 */
export default async function ProjectorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const { workshop, member } = context;
  const [t, locale, read, localize] = await Promise.all([
    getTranslator(),
    getLocale(),
    sessionView(workshop.id, slug, member),
    getLocalize(workshop),
  ]);
  const session = { ...read, delegations: read.delegations.map((d) => ({ ...d, name: localize(d.name) })) };
  const spotlight = session.spotlight
    ? await spotlightContent(session.spotlight, slug, context, session.delegations, locale, t)
    : null;
  const next = session.agenda
    .filter((item) => item.id !== session.current?.id && item.timer.status !== "DONE")
    .slice(0, NEXT_ITEMS);
  return (
    <div className="projector-screen">
      <ProjectorHeader
        workshopTitle={localize(workshop.title)}
        phase={workshop.phase}
        current={session.current}
        serverNow={session.serverNow}
        t={t}
      />
      <div className="projector-main">{spotlight ?? <ProjectorWaiting next={next} t={t} />}</div>
      <aside className="projector-side">
        <ProjectorQueue
          floor={session.floor}
          queue={session.queue}
          delegations={session.delegations}
          serverNow={session.serverNow}
          t={t}
        />
        <ProjectorPresence delegations={session.delegations} />
      </aside>
      <div className="projector-connection">
        <ConnectionStatus />
      </div>
    </div>
  );
}

/** The spotlighted object, read through its own page's data function; null when it is gone. */
async function spotlightContent(
  spotlight: SpotlightView,
  slug: string,
  { user, workshop, member }: MemberContext,
  delegations: SessionView["delegations"],
  locale: Locale,
  t: Translate,
): Promise<ReactNode> {
  if (spotlight.kind === "CLAUSE") {
    const detail = await clauseDetail(workshop, spotlight.id ?? "", { ...member, userId: user.id });
    return detail ? <ProjectorClause detail={detail} t={t} /> : null;
  }
  if (spotlight.kind === "ANALYSIS") {
    // Unfiltered, like the analysis page without a filter.
    const { overlap } = computeAnalysis(await analysisInput(workshop.id), parseFilters({}, []));
    return <ProjectorAnalysis overlap={overlap} delegations={delegations} locale={locale} t={t} />;
  }
  if (spotlight.kind === "DIVISION") {
    const { latest } = await latestProposals(workshop.id);
    return <ProjectorDivision slug={slug} latest={latest} delegations={delegations} locale={locale} t={t} />;
  }
  // Results only as far as the ballot's visibility allows: the loader of the ballot's own pages.
  const { view, frame, live, nextChange } = await loadBallotPage(slug, spotlight.id ?? "");
  return (
    <>
      <TimedRefresh at={nextChange} />
      <ProjectorBallot view={view} frame={frame} live={live} t={t} />
    </>
  );
}
