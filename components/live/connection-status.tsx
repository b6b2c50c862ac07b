"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useLive } from "./live-provider";

export function ConnectionStatus() {
  const t = useT();
  const { status } = useLive();
  return (
    <p className={`connection connection-${status}`} role="status" aria-live="polite" data-testid="connection-status">
      <span aria-hidden="true" className="connection-dot" />
      {t(`live.status.${status}`)}
    </p>
  );
}
