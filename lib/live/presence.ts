import type { OnlineMember, PresenceSummary } from "./types";

/** A group lists its people's names only up to this size; beyond it, the count says enough. */
export const NAMES_LIMIT = 30;

/** The group a member is shown in: their delegation, else facilitation or observers. */
export function presenceGroupOf(member: Pick<OnlineMember, "role" | "delegationId">): string {
  if (member.delegationId) return member.delegationId;
  if (member.role === "FACILITATOR" || member.role === "CO_FACILITATOR") return "facilitation";
  if (member.role === "OBSERVER") return "observers";
  return "other";
}

/**
 * Who is online, as every stream of a workshop receives it: a count per group and, for groups of
 * at most `namesLimit`, the names. Its size does not grow with the room (a room of 5,000 gets
 * counts), so sending it to every participant after each change is linear in the room's size,
 * not quadratic. Names are sorted, so equal rooms give equal summaries.
 */
export function summarisePresence(members: readonly OnlineMember[], namesLimit = NAMES_LIMIT): PresenceSummary {
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.userId)) continue;
    seen.add(member.userId);
    const key = presenceGroupOf(member);
    const names = groups.get(key) ?? [];
    names.push(member.name);
    groups.set(key, names);
  }
  return {
    total: seen.size,
    groups: Object.fromEntries(
      [...groups].map(([key, names]) => [
        key,
        { count: names.length, names: names.length <= namesLimit ? names.sort((a, b) => a.localeCompare(b)) : null },
      ]),
    ),
  };
}
