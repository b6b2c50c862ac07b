import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { verifyChain, type ChainReport } from "./chain";

/** Checks a workshop's audit chain against the database (by slug). Null when there is no such workshop. */
export async function auditWorkshop(
  prisma: PrismaClient,
  slug: string,
): Promise<(ChainReport & { workshop: string }) | null> {
  const workshop = await prisma.workshop.findUnique({ where: { slug }, select: { id: true, lastEventHash: true } });
  if (!workshop) return null;
  const events = await prisma.event.findMany({
    where: { workshopId: workshop.id },
    orderBy: { seq: "asc" },
    select: {
      seq: true,
      type: true,
      actorId: true,
      payload: true,
      audienceDelegationId: true,
      createdAt: true,
      hash: true,
    },
  });
  return { workshop: slug, ...verifyChain(events, workshop.lastEventHash) };
}
