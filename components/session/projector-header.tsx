import type { Translate } from "@/lib/i18n/translate";
import type { AgendaItemView } from "@/lib/session/data";
import type { Phase } from "@/lib/db/generated/enums";
import { Countdown } from "./countdown";

interface Props {
  workshopTitle: string;
  phase: Phase;
  current: AgendaItemView | null;
  serverNow: number;
  t: Translate;
}

/** The top of the room's screen: workshop, phase, the running agenda item and its countdown. */
export function ProjectorHeader({ workshopTitle, phase, current, serverNow, t }: Props) {
  // An ended item stays the session's current one until the next starts; the room sees it is over.
  const item = current?.timer.status === "DONE" ? null : current;
  return (
    <header className="projector-top" data-testid="projector-header">
      <div className="projector-top-text">
        <p className="projector-eyebrow">
          {item && <>{workshopTitle} · </>}
          <span data-testid="projector-phase">{t("projector.phase", { phase: t(`phases.${phase}`) })}</span>
        </p>
        {/* Between items the screen names the workshop: the room reads one thing, not what is missing. */}
        <h1 data-testid="projector-item">{item ? item.title : workshopTitle}</h1>
      </div>
      {item && <Countdown timer={item.timer} serverNow={serverNow} className="projector-countdown" />}
    </header>
  );
}
