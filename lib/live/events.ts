import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import { EVENTS_CHANNEL } from "./channels";

export interface NewEvent {
  workshopId: string;
  actorId: string | null;
  type: string;
  payload?: Prisma.InputJsonValue;
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
export async function appendEvent(tx: Tx, event: NewEvent): Promise<number> {
  const { eventSeq: seq } = await tx.workshop.update({
    where: { id: event.workshopId },
    data: { eventSeq: { increment: 1 } },
    select: { eventSeq: true },
  });
  await tx.event.create({
    data: {
      workshopId: event.workshopId,
      seq,
      actorId: event.actorId,
      type: event.type,
      payload: event.payload ?? {},
      audienceDelegationId: event.audienceDelegationId ?? null,
    },
  });
  // Delivered by PostgreSQL only when the transaction commits.
  await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${`${event.workshopId}:${seq}`})`;
  return seq;
}
