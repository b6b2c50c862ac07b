// Demo regional brands ("famous brands backed by the whole region rather than developed by one
// province alone") and a draft ballot over them, for the facilitator to open in the Vote phase.
// The brand names are illustrative.
import type { PrismaClient } from "@/lib/db/generated/client";
import { appendEvent } from "@/lib/live/events";

export const DEMO_BALLOT_TITLE = "Regional brand to promote first";

export const demoBrands = [
  {
    nameEn: "Northeast Rice",
    nameZh: "东北大米",
    industryCode: "13",
    description: "Rice from the black-soil plains, marketed under one regional label.",
    sponsors: ["HLJ", "JL", "LN"],
  },
  {
    nameEn: "Northeast Automobiles",
    nameZh: "东北汽车",
    industryCode: "36",
    description: "One regional name for the vehicles and parts of the Changchun and Shenyang clusters.",
    sponsors: ["JL", "LN"],
  },
  {
    nameEn: "Northeast Equipment",
    nameZh: "东北装备",
    industryCode: "35",
    description: "Heavy and special-purpose machinery from the region's old industrial bases.",
    sponsors: ["LN"],
  },
  {
    nameEn: "Northeast Ice and Snow",
    nameZh: "东北冰雪",
    industryCode: "90",
    description: "Winter sports and ice-and-snow tourism sold as one destination.",
    sponsors: ["HLJ", "JL"],
  },
];

/** Only for a workshop without brand proposals, so what users changed is never overwritten. */
export async function seedBrands(prisma: PrismaClient, workshopId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if ((await tx.brandProposal.count({ where: { workshopId } })) > 0) return;
    const facilitator = await tx.membership.findFirstOrThrow({
      where: { workshopId, role: "FACILITATOR" },
      select: { userId: true },
    });
    const delegations = await tx.delegation.findMany({ where: { workshopId }, select: { id: true, code: true } });
    const idOf = new Map(delegations.map((d) => [d.code, d.id]));
    const proposalIds: string[] = [];
    for (const { sponsors, ...brand } of demoBrands) {
      const sponsorIds = sponsors.flatMap((code) => (idOf.has(code) ? [idOf.get(code)!] : []));
      if (sponsorIds.length === 0) continue;
      const row = await tx.brandProposal.create({
        data: {
          ...brand,
          workshopId,
          proposedById: facilitator.userId,
          sponsors: { create: sponsorIds.map((delegationId) => ({ delegationId })) },
        },
        select: { id: true },
      });
      proposalIds.push(row.id);
      await appendEvent(tx, {
        workshopId,
        actorId: facilitator.userId,
        type: "brand.proposed",
        payload: { proposalId: row.id, seeded: true },
      });
    }
    if (proposalIds.length < 2) return;
    const ballot = await tx.ballot.create({
      data: {
        workshopId,
        title: DEMO_BALLOT_TITLE,
        method: "SCHULZE",
        secret: true,
        resultsVisibility: "LIVE",
        regionWideThreshold: 0.5,
        createdById: facilitator.userId,
        options: { create: proposalIds.map((proposalId, position) => ({ proposalId, position })) },
      },
      select: { id: true },
    });
    await appendEvent(tx, {
      workshopId,
      actorId: facilitator.userId,
      type: "ballot.created",
      payload: { ballotId: ballot.id, seeded: true },
    });
  });
}
