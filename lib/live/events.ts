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
  // One statement, so the workshop row is locked for as few round trips as possible (a room voting
  // at once queues on it). `updatedAt` moves as it did when Prisma wrote the row: the workshop
  // list orders workshops by their latest activity.
  const payload = JSON.stringify(event.payload ?? {});
  const rows = await tx.$queryRaw<Array<{ seq: number }>>`
    WITH next AS (
      UPDATE "Workshop" SET "eventSeq" = "eventSeq" + 1, "updatedAt" = now()
      WHERE "id" = ${event.workshopId} RETURNING "eventSeq"
    ), inserted AS (
      INSERT INTO "Event" ("workshopId", "seq", "actorId", "type", "payload", "audienceDelegationId")
      SELECT ${event.workshopId}, "eventSeq", ${event.actorId}, ${event.type}, ${payload}::jsonb,
        ${event.audienceDelegationId ?? null}
      FROM next RETURNING "seq"
    )
    -- Delivered by PostgreSQL only when the transaction commits.
    SELECT "seq", pg_notify(${EVENTS_CHANNEL}, ${event.workshopId} || ':' || "seq")::text AS "notified" FROM inserted`;
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error(`appendEvent: no workshop ${event.workshopId}`);
  return seq;
}
