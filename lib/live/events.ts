import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendStatement } from "./event-mutations";
import type { Actor } from "@/lib/server/actor";
import type { EventPayload, EventType } from "./event-types";

/** An event as a mutation appends it; the catalogue (lib/live/event-types.ts) types the payload. */
export interface NewEvent<T extends EventType> {
  workshopId: string;
  actorId: string | null;
  type: T;
  payload: EventPayload<T>;
  /** Only this delegation's members hear of it (private caucus); everyone else never does. */
  audienceDelegationId?: string;
}

/**
 * Appends an event inside the caller's transaction. Every mutation calls this, so the domain rows,
 * the audit entry and the notification commit (or roll back) together.
 *
 * Incrementing Workshop.eventSeq row-locks the workshop until commit, so events of one workshop
 * get gap-free sequence numbers in commit order: a stream that has seen seq n has seen every
 * event before it, and resuming "after n" can never skip one that committed late.
 */
export async function appendEvent<T extends EventType>(tx: Tx, event: NewEvent<T>): Promise<number> {
  // One statement, so the workshop row is locked for as few round trips as possible (a room voting
  // at once queues on it).
  const rows = await tx.$queryRaw<Array<{ seq: number }>>(appendStatement(event));
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error(`appendEvent: no workshop ${event.workshopId}`);
  return seq;
}

/** The usual case: an event by the acting member, in their workshop. */
export function actorEvent<T extends EventType>(
  tx: Tx,
  actor: Actor<unknown>,
  type: T,
  payload: EventPayload<T>,
  audienceDelegationId?: string,
): Promise<number> {
  return appendEvent(tx, { workshopId: actor.workshopId, actorId: actor.userId, type, payload, audienceDelegationId });
}
