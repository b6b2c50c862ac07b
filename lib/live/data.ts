import "server-only";
import { prisma } from "@/lib/db/client";
import { effectsOf, type Payload } from "@/lib/room/effects";
import { PRESENCE_CHANNEL } from "./channels";
import type { OnlineMember, StoredEvent } from "./types";

const PRESENCE_TTL_MS = 45_000;
const REPLAY_LIMIT = 1000;

/** Events after `afterSeq`, oldest first, with what they change (their effects). Payloads are read
 * only to name those effects (a clause's id): they stay on the server. */
export async function eventsAfter(workshopId: string, afterSeq: number, upToSeq?: number): Promise<StoredEvent[]> {
  const rows = await prisma.event.findMany({
    where: { workshopId, seq: { gt: afterSeq, ...(upToSeq === undefined ? {} : { lte: upToSeq }) } },
    orderBy: { seq: "asc" },
    take: REPLAY_LIMIT,
    select: { seq: true, type: true, createdAt: true, audienceDelegationId: true, payload: true },
  });
  return rows.map((row) => {
    const payload = row.payload !== null && typeof row.payload === "object" ? (row.payload as Payload) : {};
    const { topics, reads } = effectsOf(row.type, payload);
    return {
      seq: row.seq,
      type: row.type,
      at: row.createdAt.toISOString(),
      audienceDelegationId: row.audienceDelegationId,
      topics,
      reads,
    };
  });
}

export async function latestSeq(workshopId: string): Promise<number> {
  const workshop = await prisma.workshop.findUnique({ where: { id: workshopId }, select: { eventSeq: true } });
  return workshop?.eventSeq ?? 0;
}

/**
 * Writes what an instance knows of some people's open streams (absolute counts; 0 removes the
 * row), in one transaction that also notifies each workshop concerned once. The hub batches every
 * join and leave of ~100 ms into one call, so a room joining at once costs a few statements, not
 * two per person (which exhausted the connection pool). Returns the workshops notified.
 */
export async function writePresence(instanceId: string, streams: OpenStreams): Promise<string[]> {
  if (streams.length === 0) return [];
  const open = streams.filter((s) => s.connections > 0);
  const closed = streams.filter((s) => s.connections <= 0);
  const workshopIds = [...new Set(streams.map((s) => s.workshopId))];
  await prisma.$transaction([
    prisma.$executeRaw`
      INSERT INTO "Presence" ("workshopId", "userId", "instanceId", "connections", "lastSeen")
      SELECT o."workshopId", o."userId", ${instanceId}, o."connections", now()
      FROM unnest(${open.map((o) => o.workshopId)}::text[], ${open.map((o) => o.userId)}::text[],
        ${open.map((o) => o.connections)}::int[]) AS o("workshopId", "userId", "connections")
      ON CONFLICT ("workshopId", "userId", "instanceId")
      DO UPDATE SET "connections" = EXCLUDED."connections", "lastSeen" = now()`,
    prisma.$executeRaw`
      DELETE FROM "Presence" p
      USING unnest(${closed.map((c) => c.workshopId)}::text[], ${closed.map((c) => c.userId)}::text[])
        AS c("workshopId", "userId")
      WHERE p."instanceId" = ${instanceId} AND p."workshopId" = c."workshopId" AND p."userId" = c."userId"`,
    prisma.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, w) FROM unnest(${workshopIds}::text[]) AS w`,
  ]);
  return workshopIds;
}

async function notifyPresence(workshopId: string): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${workshopId})`;
}

/** The streams an instance has open, per workshop and user. */
export type OpenStreams = ReadonlyArray<{ workshopId: string; userId: string; connections: number }>;

/**
 * Makes this instance's presence rows equal to the streams it has open (`open`, counted in memory
 * by the hub) and keeps them alive; rows of an instance that stopped (crashed) expire. A join or
 * leave whose write failed (a pool exhausted when a whole room disconnects) is thus corrected
 * within one heartbeat instead of leaving a ghost "online". Returns the workshops whose list of
 * people changed, for the hub to announce.
 */
export async function heartbeatPresence(instanceId: string, open: OpenStreams): Promise<string[]> {
  const workshops = open.map((o) => o.workshopId);
  const users = open.map((o) => o.userId);
  const counts = open.map((o) => o.connections);
  const changed = await prisma.$transaction(async (tx) => {
    const removed = await tx.$queryRaw<Array<{ workshopId: string }>>`
      DELETE FROM "Presence" p
      WHERE p."instanceId" = ${instanceId}
        AND NOT EXISTS (
          SELECT 1 FROM unnest(${workshops}::text[], ${users}::text[]) AS o("workshopId", "userId")
          WHERE o."workshopId" = p."workshopId" AND o."userId" = p."userId")
      RETURNING p."workshopId"`;
    const added = await tx.$queryRaw<Array<{ workshopId: string; inserted: boolean }>>`
      INSERT INTO "Presence" ("workshopId", "userId", "instanceId", "connections", "lastSeen")
      SELECT o."workshopId", o."userId", ${instanceId}, o."connections", now()
      FROM unnest(${workshops}::text[], ${users}::text[], ${counts}::int[]) AS o("workshopId", "userId", "connections")
      ON CONFLICT ("workshopId", "userId", "instanceId")
      DO UPDATE SET "connections" = EXCLUDED."connections", "lastSeen" = now()
      RETURNING "workshopId", (xmax = 0) AS inserted`;
    return [...removed.map((r) => r.workshopId), ...added.filter((r) => r.inserted).map((r) => r.workshopId)];
  });
  await prisma.presence.deleteMany({ where: { lastSeen: { lt: new Date(Date.now() - 4 * PRESENCE_TTL_MS) } } });
  const workshopIds = [...new Set(changed)];
  for (const workshopId of workshopIds) await notifyPresence(workshopId);
  return workshopIds;
}

export async function onlineMembers(workshopId: string): Promise<OnlineMember[]> {
  const rows = await prisma.presence.findMany({
    where: { workshopId, lastSeen: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } },
    distinct: ["userId"],
    select: { userId: true },
  });
  if (rows.length === 0) return [];
  const members = await prisma.membership.findMany({
    where: { workshopId, userId: { in: rows.map((row) => row.userId) } },
    select: { userId: true, role: true, delegationId: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role, delegationId: m.delegationId }));
}
