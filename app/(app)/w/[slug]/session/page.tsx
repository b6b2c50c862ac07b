import Link from "next/link";
import { LiveScope } from "@/components/live/live-scope";
import { AgendaPanel } from "@/components/session/agenda-panel";
import { JoinPanel } from "@/components/session/join-panel";
import { QuestionsPanel } from "@/components/session/questions-panel";
import { QueuePanel } from "@/components/session/queue-panel";
import { SpotlightPanel } from "@/components/session/spotlight-panel";
import { getTranslator } from "@/lib/auth/request-locale";
import { requestOrigin } from "@/lib/server/origin";
import { sessionPageView } from "@/lib/session/data";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("session.title") };
}

/**
 * The live session: the facilitator's controls, and what every participant does in the room. The
 * agenda, spotlight, queue, floor and questions are pushed state (they follow the room without a
 * refresh); the join requests and the lists the controls offer are rendered here.
 */
export default async function SessionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, localize, read] = await Promise.all([
    getTranslator(),
    getLocalize(workshop),
    sessionPageView(workshop.id, member),
  ]);
  const view = { ...read, delegations: read.delegations.map((d) => ({ ...d, name: localize(d.name) })) };
  const lists = { clauses: view.clauses, ballots: view.ballots };
  return (
    <div className="stack">
      {/* Only the chair's controls list clauses and ballots and show join requests: everyone else's
          session page is all pushed state, and re-renders only when the delegations change. */}
      <LiveScope reads={view.chair ? ["session:join", "plan", "clauses", "ballots", "workshop"] : ["workshop"]} />
      <div className="page-heading">
        <h1>{t("session.title")}</h1>
        <Link className="button" href={`/w/${slug}/projector`} prefetch={false}>
          {t("session.projector")}
        </Link>
      </div>
      <p className="muted">{t("session.intro")}</p>
      <div className="session-grid">
        <AgendaPanel slug={slug} chair={view.chair} {...lists} />
        <SpotlightPanel slug={slug} chair={view.chair} {...lists} />
        <QueuePanel slug={slug} memberId={member.id} chair={view.chair} delegations={view.delegations} />
        <QuestionsPanel slug={slug} chair={view.chair} questions={view.questions} mine={view.mine} />
        {view.join && (
          <JoinPanel slug={slug} join={view.join} delegations={view.delegations} t={t} origin={await requestOrigin()} />
        )}
      </div>
    </div>
  );
}
