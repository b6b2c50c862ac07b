"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useRoomState } from "./live-provider";

/** The workshop's phase, from the room's pushed state: it changes on every screen at once. */
export function PhaseBadge() {
  const t = useT();
  const { phase } = useRoomState();
  return (
    <p className="phase-badge" data-testid="phase-badge">
      {t("workshop.phaseLabel", { phase: t(`phases.${phase}`) })}
    </p>
  );
}
