import type { OnlineMember } from "@/lib/live/types";
import type { Translate } from "@/lib/i18n/translate";

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
  people: OnlineMember[];
}

/** Who is online, per delegation, then facilitation and observers in their own groups. */
export function presenceGroups(
  online: OnlineMember[],
  delegations: PresenceDelegation[],
  t: Translate,
): PresenceGroup[] {
  return [
    ...delegations.map((d) => ({
      key: d.id,
      label: d.name,
      colour: d.colour,
      people: online.filter((m) => m.delegationId === d.id),
    })),
    {
      key: "facilitation",
      label: t("presence.facilitation"),
      colour: undefined,
      people: online.filter((m) => m.role === "FACILITATOR" || m.role === "CO_FACILITATOR"),
    },
    {
      key: "observers",
      label: t("presence.observers"),
      colour: undefined,
      people: online.filter((m) => m.role === "OBSERVER"),
    },
  ];
}
