"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { useRoomState } from "@/components/live/live-provider";
import { ActionButton } from "@/components/ui/action-button";
import { LocalTime } from "@/components/ui/local-time";
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
import type { AgendaItemView } from "@/lib/session/data";
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

type Titled = Array<{ id: string; title: string }>;

/**
 * The agenda: every item with its status, the current one's countdown, and the chair's controls.
 * The items and their timers are the room's pushed state: starting, pausing or extending an item
 * reaches every screen without a server render.
 */
export function AgendaPanel({
  slug,
  chair,
  clauses,
  ballots,
}: {
  slug: string;
  chair: boolean;
  clauses: Titled;
  ballots: Titled;
}) {
  const t = useT();
  const locale = useLocale();
  const view = useRoomState().session;
  const links = { clauses, ballots };
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
                {item.startsAt && (
                  <span className="muted">
                    {t("session.agenda.startsAt")} <LocalTime iso={item.startsAt} locale={locale} /> ·{" "}
                    <a href={`/api/w/${slug}/agenda/${item.id}/ics`} download data-testid="agenda-ics">
                      {t("calendar.addItem")}
                    </a>
                  </span>
                )}
                <span className={`status status-${status.toLowerCase()}`}>{t(`session.agenda.status.${status}`)}</span>
                {(status === "RUNNING" || status === "PAUSED") && (
                  <Countdown timer={item.timer} serverNow={view.serverNow} />
                )}
              </div>
              {about && <p className="muted">{t("session.agenda.about", { what: about })}</p>}
              {chair && (
                <div className="actions">
                  {(status === "PENDING" || status === "PAUSED") && (
                    <ActionButton
                      pushed
                      action={startAgendaItemAction.bind(null, slug, item.id)}
                      label={status === "PENDING" ? "session.agenda.start" : "session.agenda.resume"}
                      variant="primary"
                    />
                  )}
                  {status === "RUNNING" && (
                    <ActionButton
                      pushed
                      action={pauseAgendaItemAction.bind(null, slug, item.id)}
                      label="session.agenda.pause"
                    />
                  )}
                  {status !== "DONE" && (
                    <>
                      <ActionButton
                        pushed
                        action={extendAgendaItemAction.bind(null, slug, item.id, 1)}
                        label="session.agenda.extend1"
                      />
                      <ActionButton
                        pushed
                        action={extendAgendaItemAction.bind(null, slug, item.id, 5)}
                        label="session.agenda.extend5"
                      />
                      <ActionButton
                        pushed
                        action={endAgendaItemAction.bind(null, slug, item.id)}
                        label="session.agenda.end"
                      />
                    </>
                  )}
                  {index > 0 && (
                    <ActionButton
                      pushed
                      action={moveAgendaItemUpAction.bind(null, slug, item.id)}
                      label="session.agenda.moveUp"
                    />
                  )}
                  {index < view.agenda.length - 1 && (
                    <ActionButton
                      pushed
                      action={moveAgendaItemDownAction.bind(null, slug, item.id)}
                      label="session.agenda.moveDown"
                    />
                  )}
                  {status !== "RUNNING" && (
                    <ActionButton
                      pushed
                      action={deleteAgendaItemAction.bind(null, slug, item.id)}
                      label="session.agenda.delete"
                      variant="danger"
                    />
                  )}
                </div>
              )}
              {chair && status !== "DONE" && (
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
                      startsAt: item.startsAt,
                      link: linkValue(item),
                    }}
                  />
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {chair && (
        <details>
          <summary>{t("session.agenda.add")}</summary>
          <AgendaItemForm slug={slug} {...links} />
        </details>
      )}
    </section>
  );
}
