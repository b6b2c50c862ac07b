import "server-only";
import type { Tx } from "@/lib/db/client";
import type { EventPayload, EventType } from "@/lib/live/event-types";
import { appendEvent } from "@/lib/live/events";
import type { BallotMember } from "./policy";
import type { Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<BallotMember & { id: string }>;

/** Every ballot and brand change is an event. `actorId` null hides who acted (a secret vote). */
export const ballotEvent = <T extends EventType>(
  tx: Tx,
  workshopId: string,
  actorId: string | null,
  type: T,
  payload: EventPayload<T>,
) => appendEvent(tx, { workshopId, actorId, type, payload });

export function uniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/**
 * A proposal is locked once a ballot listing it has opened: its names, sponsors and existence are
 * then part of a vote. Reads under the caller's lock on the proposal row.
 */
export async function isProposalLocked(tx: Tx, proposalId: string): Promise<boolean> {
  const used = await tx.ballotOption.count({ where: { proposalId, ballot: { status: { not: "DRAFT" } } } });
  return used > 0;
}
