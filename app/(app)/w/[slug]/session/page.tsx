import Link from "next/link";
import { AgendaPanel } from "@/components/session/agenda-panel";
import { JoinPanel } from "@/components/session/join-panel";
import { QuestionsPanel } from "@/components/session/questions-panel";
import { QueuePanel } from "@/components/session/queue-panel";
import { SpotlightControl } from "@/components/session/spotlight-control";
import { getTranslator } from "@/lib/i18n/server";
import { requestOrigin } from "@/lib/server/origin";
import { sessionView } from "@/lib/session/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("session.title") };
}

/** The live session: the facilitator's controls, and what every participant does in the room. */
export default async function SessionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const t = await getTranslator();
  const view = await sessionView(workshop.id, slug, member);
  const spotlightValue = view.spotlight
    ? view.spotlight.kind === "ANALYSIS"
      ? "ANALYSIS"
      : `${view.spotlight.kind}:${view.spotlight.id}`
    : null;
  return (
    <div className="stack">
      <div className="page-heading">
        <h1>{t("session.title")}</h1>
        <Link className="button" href={`/w/${slug}/projector`}>
          {t("session.projector")}
        </Link>
      </div>
      <p className="muted">{t("session.intro")}</p>
      <div className="session-grid">
        <AgendaPanel slug={slug} view={view} t={t} />
        <section className="card stack" aria-labelledby="spotlight-heading" data-testid="spotlight-panel">
          <h2 id="spotlight-heading">{t("session.spotlight.title")}</h2>
          <p>
            {view.spotlight ? (
              <>
                {t("session.spotlight.showing", {
                  what:
                    view.spotlight.kind === "ANALYSIS" ? t("session.spotlight.analysis") : (view.spotlight.title ?? ""),
                })}{" "}
                <Link href={view.spotlight.href}>{t("session.spotlight.goThere")}</Link>
              </>
            ) : (
              t("session.spotlight.none")
            )}
          </p>
          {view.chair && (
            <SpotlightControl slug={slug} clauses={view.clauses} ballots={view.ballots} current={spotlightValue} />
          )}
        </section>
        <QueuePanel slug={slug} view={view} memberId={member.id} t={t} />
        <QuestionsPanel slug={slug} view={view} t={t} />
        {view.join && (
          <JoinPanel slug={slug} join={view.join} delegations={view.delegations} t={t} origin={await requestOrigin()} />
        )}
      </div>
    </div>
  );
}
