"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useLive } from "@/components/live/live-provider";
import { NOBODY, presenceGroups, type PresenceDelegation } from "@/components/live/presence-groups";

/** How many people of each delegation are online, in the delegation's colour; counts only, no names. */
export function ProjectorPresence({ delegations }: { delegations: PresenceDelegation[] }) {
  const t = useT();
  const { presence } = useLive();
  const groups = presenceGroups(presence ?? NOBODY, delegations, t);
  return (
    <section className="projector-panel" aria-labelledby="projector-presence-title" data-testid="projector-presence">
      <h2 id="projector-presence-title">
        {presence ? t("projector.presence", { count: presence.total }) : t("projector.presenceHeading")}
      </h2>
      <ul className="projector-presence">
        {groups.map((group) => (
          <li
            key={group.key}
            className={presence && group.count === 0 ? "projector-absent" : undefined}
            data-testid={`projector-presence-${group.key}`}
          >
            <span className="swatch" style={{ background: group.colour ?? "var(--muted)" }} aria-hidden="true" />
            <span className="projector-presence-label">{group.label}</span>
            {presence && (
              <span className="projector-presence-count">
                <span aria-hidden="true">{group.count}</span>
                <span className="visually-hidden">{t("presence.count", { count: group.count })}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
