"use client";

import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { clientClock, formatCountdown, remaining, type TimerState } from "@/lib/session/timer";

interface Props {
  timer: TimerState;
  /** The server's clock when the page was rendered (ms). */
  serverNow: number;
  className?: string;
}

/**
 * An agenda item's countdown in server time: the browser estimates the server's clock from the
 * render timestamp (so a wrong local clock does not matter) and ticks every second. A reload or a
 * reconnection re-renders with a fresh timestamp, so the display never drifts.
 */
export function Countdown({ timer, serverNow, className }: Props) {
  const t = useT();
  // First shown as at the render; then ticking on the browser's estimate of the server's clock,
  // taken afresh for every new render timestamp.
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const clock = clientClock(serverNow, Date.now());
    const timerId = setInterval(() => setNow(clock.serverNow(Date.now())), 250);
    return () => clearInterval(timerId);
  }, [serverNow]);
  const { text, over } = formatCountdown(remaining(timer, now));
  const label = t(over ? "session.timer.over" : "session.timer.left", { time: text });
  return (
    <span className={`countdown${over ? " countdown-over" : ""} ${className ?? ""}`} role="timer" aria-label={label}>
      <span aria-hidden="true">{over ? `+${text}` : text}</span>
      {timer.status === "PAUSED" && <span className="countdown-state"> {t("session.timer.paused")}</span>}
    </span>
  );
}
