// A workshop ready for the division-of-labour optimiser (issue 16): three delegations (Alpha, Beta,
// Gamma) with submitted plans, a draft of Gamma's, and an economic base.
import { ballotWorkshop } from "./ballots";
import { prisma } from "./db";

export async function divisionWorkshop() {
  const w = await ballotWorkshop();
  const entry = (
    delegationId: string,
    industryCode: string,
    investment: number,
    status: "SUBMITTED" | "DRAFT" = "SUBMITTED",
  ) => ({
    workshopId: w.workshopId,
    delegationId,
    industryCode,
    horizon: "MEDIUM" as const,
    investmentAmount: investment,
    investmentCurrency: "CNY",
    priority: 3,
    status,
    createdById: w.chair.userId,
    updatedById: w.chair.userId,
  });
  await prisma.planEntry.createMany({
    data: [
      entry(w.alpha.id, "36", 100),
      entry(w.beta.id, "36", 300),
      entry(w.beta.id, "27", 50),
      entry(w.gamma.id, "13", 80),
      // A draft is the delegation's own business: the optimiser must not see it.
      entry(w.gamma.id, "36", 999, "DRAFT"),
    ],
  });
  await prisma.industryBaseline.createMany({
    data: [
      { workshopId: w.workshopId, delegationId: w.alpha.id, industryCode: "36", employment: 10_000 },
      { workshopId: w.workshopId, delegationId: w.alpha.id, industryCode: "13", employment: 30_000 },
      { workshopId: w.workshopId, delegationId: w.beta.id, industryCode: "36", employment: 50_000 },
      { workshopId: w.workshopId, delegationId: w.beta.id, industryCode: "27", employment: 5_000 },
      { workshopId: w.workshopId, delegationId: w.gamma.id, industryCode: "13", employment: 40_000 },
    ],
  });
  return w;
}
