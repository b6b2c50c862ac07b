import "server-only";
import { Prisma } from "@/lib/db/client";
import { eventBody } from "./chain";
import { EVENTS_CHANNEL } from "./channels";
import type { EventType } from "./event-types";
import type { NewEvent } from "./events";

/**
 * The SQL that appends an event, as common table expressions a statement can share with its own
 * writes: `next` advances the workshop's sequence and audit chain (lib/live/chain.ts: the new
 * head is computed from the head on the locked row, so the chain follows commit order),
 * `inserted` writes the event. Nothing is appended unless `when` holds. `updatedAt` moves as it
 * did when Prisma wrote the row: the workshop list orders by latest activity.
 */
export function eventTables<T extends EventType>(event: NewEvent<T>, when: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const createdAt = new Date();
  const payload = event.payload as Prisma.InputJsonValue;
  const audience = event.audienceDelegationId ?? null;
  const body = eventBody({
    type: event.type,
    actorId: event.actorId,
    payload,
    audienceDelegationId: audience,
    createdAt,
  });
  return Prisma.sql`
    next AS (
      UPDATE "Workshop" SET "eventSeq" = "eventSeq" + 1, "updatedAt" = now(),
        "lastEventHash" = encode(sha256(convert_to(
          coalesce("lastEventHash", '') || '|' || ("eventSeq" + 1)::text || '|' || ${body}, 'UTF8')), 'hex')
      WHERE "id" = ${event.workshopId} AND ${when} RETURNING "eventSeq", "lastEventHash"
    ), inserted AS (
      INSERT INTO "Event" ("workshopId", "seq", "actorId", "type", "payload", "audienceDelegationId", "hash", "createdAt")
      SELECT ${event.workshopId}, "eventSeq", ${event.actorId}, ${event.type}, ${JSON.stringify(payload)}::jsonb,
        ${audience}, "lastEventHash", (${createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      FROM next RETURNING "seq"
    )`;
}

/** `pg_notify` of the appended event (delivered by PostgreSQL only when the transaction commits),
 * as a column of the statement's final SELECT; its value is the seq, or null when none was appended. */
export function notifyAppended(workshopId: string): Prisma.Sql {
  return Prisma.sql`(SELECT ("seq" || pg_notify(${EVENTS_CHANNEL}, ${workshopId} || ':' || "seq")::text)::int FROM inserted)`;
}

/** The statement appendEvent runs: the event alone, answering its seq. */
export function appendStatement<T extends EventType>(event: NewEvent<T>): Prisma.Sql {
  return Prisma.sql`WITH ${eventTables(event)}
    SELECT "seq", pg_notify(${EVENTS_CHANNEL}, ${event.workshopId} || ':' || "seq")::text AS "notified" FROM inserted`;
}
