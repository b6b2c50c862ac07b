"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useLive } from "./live-provider";
import { NOBODY, presenceGroups, type PresenceDelegation } from "./presence-groups";

/** Who is online, per delegation (facilitators and observers in their own groups); names for
 * small groups, counts alone for large ones. */
export function PresencePanel({ delegations }: { delegations: PresenceDelegation[] }) {
  const t = useT();
  const { presence } = useLive();
  const groups = presenceGroups(presence ?? NOBODY, delegations, t);
  return (
    <section className="presence" aria-labelledby="presence-title" data-testid="presence">
      <h2 id="presence-title">{presence ? t("presence.title", { count: presence.total }) : t("presence.heading")}</h2>
      <ul>
        {groups.map((group) => (
          <li key={group.key} data-testid={`presence-${group.key}`}>
            <span className="swatch" style={{ background: group.colour ?? "var(--muted)" }} aria-hidden="true" />
            <strong>{group.label}</strong>{" "}
            {presence && <span className="count">{t("presence.count", { count: group.count })}</span>}
            {group.names && group.names.length > 0 && (
              <span className="people">
                {t("presence.people", { names: group.names.join(t("common.listSeparator")) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
