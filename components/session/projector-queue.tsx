import type { Translate } from "@/lib/i18n/translate";
import type { SessionView } from "@/lib/session/data";
import { Countdown } from "./countdown";
import { speakingTimer } from "@/lib/session/timer";

/** How many lines the waiting hands take on the screen: hands, or hands and a count of the rest. */
const HAND_LINES = 4;

type Delegation = SessionView["delegations"][number];

interface Props {
  floor: SessionView["floor"];
  queue: SessionView["queue"];
  delegations: Delegation[];
  serverNow: number;
  t: Translate;
}

function DelegationTag({ delegation, t }: { delegation: Delegation | undefined; t: Translate }) {
  return (
    <span className="projector-delegation">
      <span className="swatch" style={{ background: delegation?.colour ?? "var(--muted)" }} aria-hidden="true" />
      {delegation?.name ?? t("session.queue.noDelegation")}
    </span>
  );
}

/** Who has the floor (with the speaking time left when there is a limit), then the hands in order. */
export function ProjectorQueue({ floor, queue, delegations, serverNow, t }: Props) {
  // Nobody speaking and no hand up: nothing to show the room (an empty panel would be noise).
  if (!floor && queue.length === 0) return null;
  const timer = floor ? speakingTimer(floor) : null;
  const delegationOf = (id: string | null) => delegations.find((d) => d.id === id);
  const shown = queue.slice(0, queue.length > HAND_LINES ? HAND_LINES - 1 : HAND_LINES);
  return (
    <section className="projector-panel" aria-labelledby="projector-queue-title" data-testid="projector-queue">
      <h2 id="projector-queue-title">{t("session.queue.title")}</h2>
      {floor ? (
        <div
          className="projector-floor"
          style={{ borderColor: delegationOf(floor.delegationId)?.colour }}
          data-testid="projector-floor"
        >
          <p className="projector-eyebrow">{t("projector.floor")}</p>
          <p className="projector-speaker">{floor.name}</p>
          <div className="projector-floor-line">
            <DelegationTag delegation={delegationOf(floor.delegationId)} t={t} />
            {timer && <Countdown timer={timer} serverNow={serverNow} className="projector-speaking-time" />}
          </div>
        </div>
      ) : (
        <p className="projector-quiet">{t("projector.noFloor")}</p>
      )}
      {queue.length === 0 ? (
        <p className="projector-quiet">{t("session.queue.empty")}</p>
      ) : (
        <>
          <h3>{t("projector.hands", { count: queue.length })}</h3>
          <ol className="projector-hands" data-testid="projector-hands">
            {shown.map((hand) => (
              <li key={hand.memberId}>
                <span className="projector-hand-name">{hand.name}</span>
                <DelegationTag delegation={delegationOf(hand.delegationId)} t={t} />
              </li>
            ))}
          </ol>
          {queue.length > shown.length && (
            <p className="projector-quiet">{t("projector.moreHands", { count: queue.length - shown.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
