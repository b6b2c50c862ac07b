import type { PresenceSummary } from "@/lib/live/types";
import type { Translate } from "@/lib/i18n/translate";

/** Nobody online: the groups before the stream has said who is. */
export const NOBODY: PresenceSummary = { total: 0, groups: {} };

export interface PresenceDelegation {
  id: string;
  name: string;
  colour: string;
}

export interface PresenceGroup {
  key: string;
  label: string;
  /** The delegation's colour; none for facilitation and observers. */
  colour: string | undefined;
  count: number;
  /** Names, for small groups only (lib/live/presence.ts); null when the group is too large. */
  names: string[] | null;
}

/** Who is online, per delegation, then facilitation and observers in their own groups. */
export function presenceGroups(
  presence: PresenceSummary,
  delegations: PresenceDelegation[],
  t: Translate,
): PresenceGroup[] {
  const group = (key: string, label: string, colour?: string): PresenceGroup => ({
    key,
    label,
    colour,
    count: presence.groups[key]?.count ?? 0,
    names: presence.groups[key]?.names ?? [],
  });
  return [
    ...delegations.map((d) => group(d.id, d.name, d.colour)),
    group("facilitation", t("presence.facilitation")),
    group("observers", t("presence.observers")),
  ];
}
