"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useLive } from "./live-provider";
import { presenceGroups, type PresenceDelegation } from "./presence-groups";

/** Who is online, per delegation (facilitators and observers in their own groups). */
export function PresencePanel({ delegations }: { delegations: PresenceDelegation[] }) {
  const t = useT();
  const { online } = useLive();
  const groups = presenceGroups(online, delegations, t);
  return (
    <section className="presence" aria-labelledby="presence-title" data-testid="presence">
      <h2 id="presence-title">{t("presence.title", { count: online.length })}</h2>
      <ul>
        {groups.map((group) => (
          <li key={group.key} data-testid={`presence-${group.key}`}>
            <span className="swatch" style={{ background: group.colour ?? "var(--muted)" }} aria-hidden="true" />
            <strong>{group.label}</strong>{" "}
            <span className="count">{t("presence.count", { count: group.people.length })}</span>
            {group.people.length > 0 && (
              <span className="people">
                {t("presence.people", { names: group.people.map((p) => p.name).join(t("common.listSeparator")) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
