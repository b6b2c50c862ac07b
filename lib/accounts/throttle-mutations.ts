import "server-only";
import { prisma } from "@/lib/db/client";

// Request limits in a sliding window, counted in the database so every instance agrees.

export interface Limit {
  key: string;
  max: number;
  windowMs: number;
}

/**
 * Counts one request under every key, unless one of them is already at its limit: then nothing is
 * counted and the answer is false. The keys are locked in a fixed order, so concurrent requests
 * neither pass a check made before the others were counted nor wait on each other in a cycle.
 */
export async function withinLimits(limits: Limit[]): Promise<boolean> {
  const ordered = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  return prisma.$transaction(async (tx) => {
    for (const { key } of ordered) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`throttle:${key}`}))`;
    const counts = await Promise.all(
      ordered.map(({ key, windowMs }) =>
        tx.throttleHit.count({ where: { key, createdAt: { gte: new Date(Date.now() - windowMs) } } }),
      ),
    );
    if (ordered.some((limit, i) => counts[i]! >= limit.max)) return false;
    await tx.throttleHit.createMany({ data: ordered.map(({ key }) => ({ key })) });
    // The table stays small: hits older than the longest window no longer matter.
    const longest = Math.max(...ordered.map((limit) => limit.windowMs));
    await tx.throttleHit.deleteMany({
      where: { key: { in: ordered.map((l) => l.key) }, createdAt: { lt: new Date(Date.now() - longest) } },
    });
    return true;
  });
}
