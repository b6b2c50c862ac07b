// Loads the demo scenario. Idempotent: running it again creates only what is missing and never
// touches what users changed since (a renamed delegation stays renamed).
import { hashPassword } from "@/lib/accounts/password";
import type { PrismaClient } from "@/lib/db/generated/client";
import { appendEvent } from "@/lib/live/events";
import { ensureSections } from "@/lib/workshop/mutations";
import { DEMO_PASSWORD, demoAccounts, demoDelegations, demoWorkshop } from "./demo-data";
import { demoObjectives } from "./demo-objectives";
import { demoClusters, demoPlans, demoReferences } from "./demo-plans";
import { seedBrands } from "./demo-brands";
import { seedBaseline } from "./demo-baseline";
import { seedGlossary } from "./demo-glossary";
import { seedServices } from "./demo-services";

export async function seedDemo(prisma: PrismaClient): Promise<{ created: boolean }> {
  const users = new Map<string, string>();
  for (const account of demoAccounts) {
    const existing = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    const user =
      existing ??
      (await prisma.user.create({
        data: {
          email: account.email,
          name: account.name,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          locale: account.locale ?? "en",
        },
        select: { id: true },
      }));
    users.set(account.email, user.id);
  }

  const existing = await prisma.workshop.findUnique({ where: { slug: demoWorkshop.slug }, select: { id: true } });
  if (existing) {
    await seedPlans(prisma, existing.id);
    await seedServices(prisma, existing.id);
    await seedBrands(prisma, existing.id);
    await seedGlossary(prisma, existing.id);
    await seedBaseline(prisma, existing.id);
    return { created: false };
  }

  await prisma.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({ data: demoWorkshop, select: { id: true } });
    const delegationIds = new Map<string, string>();
    for (const delegation of demoDelegations) {
      const row = await tx.delegation.create({
        data: { ...delegation, workshopId: workshop.id },
        select: { id: true },
      });
      delegationIds.set(delegation.code, row.id);
    }
    for (const account of demoAccounts) {
      await tx.membership.create({
        data: {
          workshopId: workshop.id,
          userId: users.get(account.email)!,
          role: account.role,
          delegationId: account.delegation ? delegationIds.get(account.delegation)! : null,
        },
      });
    }
    const facilitator = users.get(demoAccounts[0]!.email)!;
    await appendEvent(tx, {
      workshopId: workshop.id,
      actorId: facilitator,
      type: "workshop.seeded",
      payload: { scenario: "northeast-china-2003" },
    });
  });
  const created = await prisma.workshop.findUniqueOrThrow({ where: { slug: demoWorkshop.slug }, select: { id: true } });
  await seedPlans(prisma, created.id);
  await seedServices(prisma, created.id);
  await seedBrands(prisma, created.id);
  await seedGlossary(prisma, created.id);
  await seedBaseline(prisma, created.id);
  return { created: true };
}

/** Clusters, plans and references, each only where none exist yet (so edits are never undone). */
async function seedPlans(prisma: PrismaClient, workshopId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await ensureSections(tx, workshopId);
    const facilitator = await tx.membership.findFirstOrThrow({
      where: { workshopId, role: "FACILITATOR" },
      select: { userId: true },
    });
    if ((await tx.cityCluster.count({ where: { workshopId } })) === 0) {
      await tx.cityCluster.createMany({ data: demoClusters.map((cluster) => ({ ...cluster, workshopId })) });
    }
    const clusters = new Map((await tx.cityCluster.findMany({ where: { workshopId } })).map((c) => [c.name, c.id]));
    for (const delegation of await tx.delegation.findMany({ where: { workshopId } })) {
      const plans = demoPlans[delegation.code];
      if (!plans || (await tx.planEntry.count({ where: { delegationId: delegation.id } })) > 0) continue;
      const lead = await tx.membership.findFirst({
        where: { workshopId, delegationId: delegation.id, role: "LEAD_DELEGATE" },
      });
      const author = lead?.userId ?? facilitator.userId;
      await tx.planEntry.createMany({
        data: plans.map((plan) => ({
          workshopId,
          delegationId: delegation.id,
          industryCode: plan.industryCode,
          horizon: plan.horizon,
          targetValue: plan.target?.[0] ?? null,
          targetUnit: plan.target?.[1] ?? null,
          investmentAmount: plan.investmentBn === undefined ? null : plan.investmentBn * 1e9,
          investmentCurrency: plan.investmentBn === undefined ? null : "CNY",
          hubCities: plan.hubCities,
          priority: plan.priority,
          rationale: plan.rationale,
          clusterId: plan.cluster ? (clusters.get(plan.cluster) ?? null) : null,
          status: "SUBMITTED" as const,
          createdById: author,
          updatedById: author,
        })),
      });
      await tx.delegation.update({
        where: { id: delegation.id },
        data: { planStatus: "SUBMITTED", planSubmittedAt: new Date(), planSubmittedBy: author },
      });
      await appendEvent(tx, {
        workshopId,
        actorId: author,
        type: "plan.submitted",
        payload: { delegationId: delegation.id, seeded: true },
      });
    }
    if ((await tx.strategyObjective.count({ where: { workshopId } })) === 0) {
      await tx.strategyObjective.createMany({
        data: demoObjectives.map((objective, position) => ({ ...objective, workshopId, position })),
      });
    }
    if ((await tx.regionalReference.count({ where: { workshopId } })) === 0) {
      await tx.regionalReference.createMany({ data: demoReferences.map((r) => ({ ...r, workshopId })) });
    }
  });
}
