import "server-only";
import type { Tx } from "@/lib/db/client";
import { appendEvent } from "@/lib/live/events";
import { DomainError } from "@/lib/server/result";
import type { NegotiationMember } from "./policy";

export interface Actor {
  userId: string;
  workshopId: string;
  member: NegotiationMember;
}

export function allow(condition: boolean): void {
  if (!condition) throw new DomainError("errors.forbidden");
}

export const planEvent = (
  tx: Tx,
  actor: Actor,
  type: string,
  payload: Record<string, string | number | null>,
  audienceDelegationId?: string,
) => appendEvent(tx, { workshopId: actor.workshopId, actorId: actor.userId, type, payload, audienceDelegationId });
