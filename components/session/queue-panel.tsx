import { ActionButton } from "@/components/ui/action-button";
import type { Translate } from "@/lib/i18n/translate";
import {
  clearQueueAction,
  endFloorAction,
  giveFloorToAction,
  giveFloorToNextAction,
  lowerHandAction,
  raiseHandAction,
  setQueueModeAction,
} from "@/lib/session/actions";
import type { SessionView } from "@/lib/session/data";
import { Countdown } from "./countdown";
import { SpeakingLimitForm } from "./speaking-limit-form";

/** The speaking timer: a countdown over the turn's limit, started when the floor was given. */
export const speakingTimer = (floor: { since: number; limitSeconds: number | null }) =>
  floor.limitSeconds === null
    ? null
    : {
        plannedMs: floor.limitSeconds * 1000,
        extensionMs: 0,
        elapsedMs: 0,
        runningSince: floor.since,
        status: "RUNNING" as const,
      };

/** Who has the floor, the queue in the order the floor will be given, and the controls. */
export function QueuePanel({
  slug,
  view,
  memberId,
  t,
}: {
  slug: string;
  view: SessionView;
  memberId: string;
  t: Translate;
}) {
  const delegationName = (id: string | null) =>
    view.delegations.find((d) => d.id === id)?.name ?? t("session.queue.noDelegation");
  const timer = view.floor ? speakingTimer(view.floor) : null;
  const otherMode = view.queueMode === "FIFO" ? "ALTERNATE" : "FIFO";
  return (
    <section className="card stack" aria-labelledby="queue-heading" data-testid="queue">
      <h2 id="queue-heading">{t("session.queue.title")}</h2>
      <p data-testid="floor">
        {view.floor ? (
          <>
            <strong>{t("session.queue.floor", { name: view.floor.name })}</strong> (
            {delegationName(view.floor.delegationId)}) {timer && <Countdown timer={timer} serverNow={view.serverNow} />}
          </>
        ) : (
          t("session.queue.noFloor")
        )}
      </p>
      {view.queue.length === 0 ? (
        <p className="muted">{t("session.queue.empty")}</p>
      ) : (
        <ol className="queue-list" data-testid="hands">
          {view.queue.map((hand) => (
            <li key={hand.memberId}>
              <span>
                {hand.name} <span className="muted">({delegationName(hand.delegationId)})</span>
              </span>
              {view.chair && (
                <span className="actions">
                  <ActionButton
                    action={giveFloorToAction.bind(null, slug, hand.memberId)}
                    label="session.queue.giveTo"
                    params={{ name: hand.name }}
                  />
                  <ActionButton
                    action={lowerHandAction.bind(null, slug, hand.memberId)}
                    label="session.queue.lowerFor"
                    params={{ name: hand.name }}
                  />
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="actions">
        {view.ownHandRaised ? (
          <ActionButton action={lowerHandAction.bind(null, slug, memberId)} label="session.queue.lower" />
        ) : (
          <ActionButton action={raiseHandAction.bind(null, slug)} label="session.queue.raise" variant="primary" />
        )}
      </div>
      {view.chair && (
        <>
          <div className="actions">
            <ActionButton
              action={giveFloorToNextAction.bind(null, slug)}
              label="session.queue.giveNext"
              variant="primary"
            />
            {view.floor && <ActionButton action={endFloorAction.bind(null, slug)} label="session.queue.endFloor" />}
            <ActionButton action={clearQueueAction.bind(null, slug)} label="session.queue.clear" variant="danger" />
          </div>
          <p>
            {t("session.queue.mode")}: <strong>{t(`session.queue.modes.${view.queueMode}`)}</strong>
          </p>
          <ActionButton
            action={setQueueModeAction.bind(null, slug, otherMode)}
            label="session.queue.useMode"
            params={{ mode: t(`session.queue.modes.${otherMode}`) }}
          />
          <SpeakingLimitForm slug={slug} seconds={view.speakingLimitSeconds} />
        </>
      )}
    </section>
  );
}
