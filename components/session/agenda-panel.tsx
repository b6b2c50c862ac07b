import { ActionButton } from "@/components/ui/action-button";
import type { Translate } from "@/lib/i18n/translate";
import {
  deleteAgendaItemAction,
  endAgendaItemAction,
  extendAgendaItemAction,
  moveAgendaItemDownAction,
  moveAgendaItemUpAction,
  pauseAgendaItemAction,
  startAgendaItemAction,
} from "@/lib/session/actions";
import type { AgendaItemView, SessionView } from "@/lib/session/data";
import { AgendaItemForm } from "./agenda-item-form";
import { Countdown } from "./countdown";

/** What an item is about, in words (or null). */
export function linkLabel(item: AgendaItemView, t: Translate): string | null {
  switch (item.linkKind) {
    case "PHASE":
      return item.linkPhase ? t(`phases.${item.linkPhase as "SUBMIT"}`) : null;
    case "ANALYSIS":
      return t("session.agenda.fields.linkAnalysis");
    case "CLAUSE":
    case "BALLOT":
      return item.linkTitle;
    default:
      return null;
  }
}

const linkValue = (item: AgendaItemView) =>
  item.linkKind === "PHASE"
    ? `PHASE:${item.linkPhase}`
    : item.linkId
      ? `${item.linkKind}:${item.linkId}`
      : item.linkKind;

/** The agenda: every item with its status, the current one's countdown, and the chair's controls. */
export function AgendaPanel({ slug, view, t }: { slug: string; view: SessionView; t: Translate }) {
  const links = { clauses: view.clauses, ballots: view.ballots };
  return (
    <section className="card stack" aria-labelledby="agenda-heading" data-testid="agenda">
      <h2 id="agenda-heading">{t("session.agenda.title")}</h2>
      {view.agenda.length === 0 && <p className="muted">{t("session.agenda.empty")}</p>}
      <ol className="agenda-list">
        {view.agenda.map((item, index) => {
          const about = linkLabel(item, t);
          const { status } = item.timer;
          const current = view.current?.id === item.id;
          return (
            <li
              key={item.id}
              className={current ? "agenda-item agenda-current" : "agenda-item"}
              aria-current={current || undefined}
            >
              <div className="agenda-line">
                <strong>{item.title}</strong>
                <span className="muted">{t("session.agenda.minutes", { minutes: item.plannedMinutes })}</span>
                <span className={`status status-${status.toLowerCase()}`}>{t(`session.agenda.status.${status}`)}</span>
                {(status === "RUNNING" || status === "PAUSED") && (
                  <Countdown timer={item.timer} serverNow={view.serverNow} />
                )}
              </div>
              {about && <p className="muted">{t("session.agenda.about", { what: about })}</p>}
              {view.chair && (
                <div className="actions">
                  {(status === "PENDING" || status === "PAUSED") && (
                    <ActionButton
                      action={startAgendaItemAction.bind(null, slug, item.id)}
                      label={status === "PENDING" ? "session.agenda.start" : "session.agenda.resume"}
                      variant="primary"
                    />
                  )}
                  {status === "RUNNING" && (
                    <ActionButton
                      action={pauseAgendaItemAction.bind(null, slug, item.id)}
                      label="session.agenda.pause"
                    />
                  )}
                  {status !== "DONE" && (
                    <>
                      <ActionButton
                        action={extendAgendaItemAction.bind(null, slug, item.id, 1)}
                        label="session.agenda.extend1"
                      />
                      <ActionButton
                        action={extendAgendaItemAction.bind(null, slug, item.id, 5)}
                        label="session.agenda.extend5"
                      />
                      <ActionButton action={endAgendaItemAction.bind(null, slug, item.id)} label="session.agenda.end" />
                    </>
                  )}
                  {index > 0 && (
                    <ActionButton
                      action={moveAgendaItemUpAction.bind(null, slug, item.id)}
                      label="session.agenda.moveUp"
                    />
                  )}
                  {index < view.agenda.length - 1 && (
                    <ActionButton
                      action={moveAgendaItemDownAction.bind(null, slug, item.id)}
                      label="session.agenda.moveDown"
                    />
                  )}
                  {status !== "RUNNING" && (
                    <ActionButton
                      action={deleteAgendaItemAction.bind(null, slug, item.id)}
                      label="session.agenda.delete"
                      variant="danger"
                    />
                  )}
                </div>
              )}
              {view.chair && status !== "DONE" && (
                <details>
                  <summary>{t("session.agenda.edit")}</summary>
                  <AgendaItemForm
                    slug={slug}
                    {...links}
                    item={{
                      id: item.id,
                      version: item.version,
                      title: item.title,
                      plannedMinutes: item.plannedMinutes,
                      link: linkValue(item),
                    }}
                  />
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {view.chair && (
        <details>
          <summary>{t("session.agenda.add")}</summary>
          <AgendaItemForm slug={slug} {...links} />
        </details>
      )}
    </section>
  );
}
