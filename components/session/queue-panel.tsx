"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useRoomState } from "@/components/live/live-provider";
import { ActionButton } from "@/components/ui/action-button";
import {
  clearQueueAction,
  endFloorAction,
  giveFloorToAction,
  giveFloorToNextAction,
  lowerHandAction,
  raiseHandAction,
  setQueueModeAction,
} from "@/lib/session/actions";
import { speakingTimer } from "@/lib/session/timer";
import { Countdown } from "./countdown";
import { SpeakingLimitForm } from "./speaking-limit-form";

/**
 * Who has the floor, the queue in the order the floor will be given, and the controls. The queue
 * and the floor are the room's pushed state: a raised hand appears on every screen without a
 * server render.
 */
export function QueuePanel({
  slug,
  memberId,
  chair,
  delegations,
}: {
  slug: string;
  memberId: string;
  chair: boolean;
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const view = useRoomState().session;
  const ownHandRaised = view.queue.some((hand) => hand.memberId === memberId);
  const delegationName = (id: string | null) =>
    delegations.find((d) => d.id === id)?.name ?? t("session.queue.noDelegation");
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
              {chair && (
                <span className="actions">
                  <ActionButton
                    pushed
                    action={giveFloorToAction.bind(null, slug, hand.memberId)}
                    label="session.queue.giveTo"
                    params={{ name: hand.name }}
                  />
                  <ActionButton
                    pushed
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
        {ownHandRaised ? (
          <ActionButton pushed action={lowerHandAction.bind(null, slug, memberId)} label="session.queue.lower" />
        ) : (
          <ActionButton
            pushed
            action={raiseHandAction.bind(null, slug)}
            label="session.queue.raise"
            variant="primary"
          />
        )}
      </div>
      {chair && (
        <>
          <div className="actions">
            <ActionButton
              pushed
              action={giveFloorToNextAction.bind(null, slug)}
              label="session.queue.giveNext"
              variant="primary"
            />
            {view.floor && (
              <ActionButton pushed action={endFloorAction.bind(null, slug)} label="session.queue.endFloor" />
            )}
            <ActionButton
              pushed
              action={clearQueueAction.bind(null, slug)}
              label="session.queue.clear"
              variant="danger"
            />
          </div>
          <p>
            {t("session.queue.mode")}: <strong>{t(`session.queue.modes.${view.queueMode}`)}</strong>
          </p>
          <ActionButton
            pushed
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
