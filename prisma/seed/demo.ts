// Loads the demo scenario. Idempotent: running it again creates only what is missing and never
// touches what users changed since (a renamed delegation stays renamed).
import { hashPassword } from "@/lib/accounts/password";
import type { PrismaClient } from "@/lib/db/generated/client";
import { appendEvent } from "@/lib/live/events";
import { DEMO_PASSWORD, demoAccounts, demoDelegations, demoWorkshop } from "./demo-data";

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
  if (existing) return { created: false };

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
  return { created: true };
}
