import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/live/events";
import { DomainError } from "@/lib/server/result";
import type { BallotMember } from "./policy";

export interface Actor {
  userId: string;
  workshopId: string;
  /** The membership as read from the database for this request. */
  member: BallotMember & { id: string };
}

export function allow(condition: boolean): void {
  if (!condition) throw new DomainError("errors.forbidden");
}

/** Every ballot and brand change is an event. `actorId` null hides who acted (a secret vote). */
export const ballotEvent = (
  tx: Tx,
  workshopId: string,
  actorId: string | null,
  type: string,
  payload: Record<string, string | number | null>,
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
