import "server-only";
import type { Tx } from "@/lib/db/client";
import type { SessionMember } from "./policy";
import type { Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<SessionMember>;

export type LockedSession = {
  currentItemId: string | null;
  floorMemberId: string | null;
  queueMode: "FIFO" | "ALTERNATE";
  speakerHistory: string[];
  /** The database's clock for this transaction, in ms: the one time every instance agrees on. */
  now: number;
};

/**
 * Locks the workshop's session row for the transaction (creating it on first use), so that the
 * session's changes are serialised, and reads the database clock.
 */
export async function lockSession(tx: Tx, workshopId: string): Promise<LockedSession> {
  await tx.$executeRaw`
    INSERT INTO "LiveSession" ("workshopId", "updatedAt") VALUES (${workshopId}, now()) ON CONFLICT DO NOTHING`;
  const rows = await tx.$queryRaw<Array<Omit<LockedSession, "now"> & { now: Date }>>`
    SELECT "currentItemId", "floorMemberId", "queueMode"::text AS "queueMode", "speakerHistory", now() AS "now"
    FROM "LiveSession" WHERE "workshopId" = ${workshopId} FOR UPDATE`;
  const row = rows[0]!;
  return { ...row, now: row.now.getTime() };
}
