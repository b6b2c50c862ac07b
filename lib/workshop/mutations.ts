import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Phase } from "@/lib/db/generated/enums";
import { appendEvent } from "@/lib/live/events";
import { defaultSectionKeys, defaultSectionTitles } from "./plan-outline";
import { DomainError } from "@/lib/server/result";
import type { DelegationInput, WorkshopInput } from "./schema";
import { slugify } from "./slug";

export async function createWorkshop(userId: string, input: WorkshopInput): Promise<{ slug: string }> {
  return prisma.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: {
        ...input,
        slug: slugify(input.title),
        majorityShare: input.majorityShare ?? null,
        memberships: { create: { userId, role: "FACILITATOR" } },
      },
      select: { id: true, slug: true },
    });
    await ensureSections(tx, workshop.id);
    await appendEvent(tx, {
      workshopId: workshop.id,
      actorId: userId,
      type: "workshop.created",
      payload: { title: input.title },
    });
    return { slug: workshop.slug };
  });
}

export async function changePhase(workshopId: string, actorId: string, from: Phase, to: Phase): Promise<void> {
  await prisma.$transaction(async (tx) => {
    // Conditional update: if someone else moved the phase meanwhile, nothing matches.
    const { count } = await tx.workshop.updateMany({
      where: { id: workshopId, phase: from },
      data: { phase: to, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("errors.phaseConflict");
    await appendEvent(tx, { workshopId, actorId, type: "workshop.phaseChanged", payload: { from, to } });
  });
}

export async function createDelegation(workshopId: string, actorId: string, input: DelegationInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertDelegationUnique(tx, workshopId, input);
    const delegation = await tx.delegation.create({ data: { workshopId, ...input }, select: { id: true } });
    await appendEvent(tx, {
      workshopId,
      actorId,
      type: "delegation.created",
      payload: { delegationId: delegation.id, name: input.name },
    });
  });
}

export async function updateDelegation(
  workshopId: string,
  actorId: string,
  delegationId: string,
  version: number,
  input: DelegationInput,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertDelegationUnique(tx, workshopId, input, delegationId);
    const { count } = await tx.delegation.updateMany({
      where: { id: delegationId, workshopId, version },
      data: { ...nullable(input), version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.delegation.count({ where: { id: delegationId, workshopId } });
      throw new DomainError(exists ? "errors.editConflict" : "errors.notFound");
    }
    await appendEvent(tx, { workshopId, actorId, type: "delegation.updated", payload: { delegationId } });
  });
}

/** Optional figures cleared in the form must be cleared in the row too. */
function nullable(input: DelegationInput) {
  const { population, populationUnit, populationYear, gdp, gdpUnit, gdpYear, ...rest } = input;
  return {
    ...rest,
    population: population ?? null,
    populationUnit: populationUnit ?? null,
    populationYear: populationYear ?? null,
    gdp: gdp ?? null,
    gdpUnit: gdpUnit ?? null,
    gdpYear: gdpYear ?? null,
  };
}

async function assertDelegationUnique(
  tx: Tx,
  workshopId: string,
  input: DelegationInput,
  exceptId?: string,
): Promise<void> {
  const clash = await tx.delegation.findFirst({
    where: {
      workshopId,
      id: exceptId ? { not: exceptId } : undefined,
      OR: [{ name: input.name }, { code: input.code }],
    },
    select: { name: true, code: true },
  });
  if (!clash) return;
  throw new DomainError(
    "errors.checkFields",
    clash.code === input.code ? { code: "errors.codeTaken" } : { name: "errors.nameTaken" },
  );
}

/** Gives a workshop the default plan outline if it has no section yet (workshops created before
 * the outline existed get it when the plan is first written to). */
export async function ensureSections(tx: Tx, workshopId: string): Promise<void> {
  if ((await tx.planSection.count({ where: { workshopId } })) > 0) return;
  await tx.planSection.createMany({
    data: defaultSectionKeys.map((key, position) => ({ workshopId, key, title: defaultSectionTitles[key], position })),
  });
}
