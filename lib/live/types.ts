import type { Role } from "@/lib/db/generated/enums";

/** What the stream tells a browser: that something of `type` changed, in order, and which
 * server-rendered data it touched (`reads`, see lib/room/effects.ts): a page refreshes only when
 * it shows some of it. The event's payload never leaves the server. */
export interface LiveEvent {
  seq: number;
  type: string;
  at: string;
  reads: string[];
}

/** As read on the server: with the audience, which never leaves it. */
export interface StoredEvent extends LiveEvent {
  audienceDelegationId: string | null;
  /** Pushed models it makes stale (lib/room/effects.ts): the stream sends the new ones after it. */
  topics: string[];
}

export interface OnlineMember {
  userId: string;
  name: string;
  role: Role;
  delegationId: string | null;
}

/** Who is online, per group (a delegation's id, "facilitation", "observers"): counts, and names
 * for small groups only (lib/live/presence.ts). */
export interface PresenceSummary {
  total: number;
  groups: Record<string, { count: number; names: string[] | null }>;
}
