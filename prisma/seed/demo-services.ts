// Demo shared services and how their annual costs are shared. ALL FIGURES ARE ILLUSTRATIVE: the
// costs are invented for the exercise; the allocation uses the demo delegations' (illustrative)
// population and GDP.
import type { PrismaClient } from "@/lib/db/generated/client";
import { appendEvent } from "@/lib/live/events";

export const demoServices = [
  {
    name: "Regional logistics platform",
    description:
      "Shared freight information system and bonded logistics hubs across the three provinces. Illustrative figures.",
    /** CN¥120,000,000.00 a year, in fen. */
    annualCostMinor: 12_000_000_000n,
    currency: "CNY",
    rule: [
      { basis: "EQUAL", weight: 0.5 },
      { basis: "POPULATION", weight: 0.5 },
    ],
  },
  {
    name: "Joint R&D centre for automotive technology",
    description: "Joint research centre serving the automobile clusters of the region. Illustrative figures.",
    /** CN¥60,000,000.00 a year, in fen. */
    annualCostMinor: 6_000_000_000n,
    currency: "CNY",
    rule: [{ basis: "GDP", weight: 1 }],
  },
];

/** Only for a workshop without services, so what users changed is never overwritten. */
export async function seedServices(prisma: PrismaClient, workshopId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if ((await tx.sharedService.count({ where: { workshopId } })) > 0) return;
    const facilitator = await tx.membership.findFirstOrThrow({
      where: { workshopId, role: "FACILITATOR" },
      select: { userId: true },
    });
    for (const service of demoServices) {
      const row = await tx.sharedService.create({ data: { ...service, workshopId }, select: { id: true } });
      await appendEvent(tx, {
        workshopId,
        actorId: facilitator.userId,
        type: "service.created",
        payload: { serviceId: row.id, seeded: true },
      });
    }
  });
}
