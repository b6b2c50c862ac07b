// The demo's economic base (issue 16): employment per province and industry for the industries the
// demo plans name. Illustrative figures in the right proportions for the early 2000s (Liaoning's
// equipment and petrochemicals, Jilin's automobiles, Heilongjiang's oil, food processing and power
// equipment), not official statistics; the source says so on every row.
import type { PrismaClient } from "@/lib/db/generated/client";

export const DEMO_BASELINE_SOURCE = "Illustrative figures for the demo, not official statistics";
export const DEMO_BASELINE_YEAR = 2003;

/** Persons employed, in thousands, by delegation code then GB/T 4754 division. */
const employment: Record<string, Record<string, number>> = {
  LN: { "07": 60, "13": 95, "25": 120, "26": 140, "27": 45, "31": 210, "34": 260, "36": 150, "37": 85, "38": 110 },
  JL: { "07": 45, "13": 120, "25": 35, "26": 90, "27": 110, "31": 50, "34": 60, "36": 330, "37": 70, "38": 40 },
  HLJ: { "07": 180, "13": 170, "25": 95, "26": 60, "27": 50, "31": 40, "34": 90, "36": 45, "37": 55, "38": 95 },
};

/** Adds the economic base where the workshop has none (so edits are never undone). */
export async function seedBaseline(prisma: PrismaClient, workshopId: string): Promise<void> {
  if ((await prisma.industryBaseline.count({ where: { workshopId } })) > 0) return;
  const delegations = await prisma.delegation.findMany({ where: { workshopId }, select: { id: true, code: true } });
  await prisma.industryBaseline.createMany({
    data: delegations.flatMap((delegation) =>
      Object.entries(employment[delegation.code] ?? {}).map(([industryCode, thousands]) => ({
        workshopId,
        delegationId: delegation.id,
        industryCode,
        employment: thousands * 1000,
        source: DEMO_BASELINE_SOURCE,
        year: DEMO_BASELINE_YEAR,
      })),
    ),
  });
}
