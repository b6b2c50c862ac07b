import "server-only";
import { actorEvent } from "@/lib/live/events";
import { prisma, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/server/result";
import { allow } from "@/lib/server/actor";
import { type Actor } from "./mutation-support";
import { canChair, canManagePlan, ruleChangeable } from "./policy";
import type { ObjectiveInput, RuleChangeInput, SectionMoveInput } from "./schema";
import { canonicalSectionTitle } from "./sections";

// ---- The facilitator's plan settings: sections, strategy objectives, the consensus rule ----

/** Locks the workshop's sections (in position order) for the transaction, so that two moves
 * or a move and a delete cannot interleave. */
async function lockSections(tx: Tx, workshopId: string) {
  return tx.$queryRaw<Array<{ id: string; position: number }>>`
    SELECT "id", "position" FROM "PlanSection" WHERE "workshopId" = ${workshopId}
    ORDER BY "position", "createdAt" FOR UPDATE`;
}

export async function addSection(actor: Actor, input: { title: string }): Promise<{ id: string }> {
  allow(canManagePlan(actor.member));
  return prisma.$transaction(async (tx) => {
    const sections = await lockSections(tx, actor.workshopId);
    const position = sections.reduce((max, s) => Math.max(max, s.position + 1), 0);
    const section = await tx.planSection.create({
      data: { workshopId: actor.workshopId, title: input.title, position },
      select: { id: true },
    });
    await actorEvent(tx, actor, "section.added", { sectionId: section.id });
    return section;
  });
}

/** A renamed default section keeps its key; its title is then shown as written. */
export async function renameSection(actor: Actor, input: { sectionId: string; title: string }): Promise<void> {
  allow(canManagePlan(actor.member));
  await prisma.$transaction(async (tx) => {
    const section = await tx.planSection.findFirst({ where: { id: input.sectionId, workshopId: actor.workshopId } });
    if (!section) throw new DomainError("errors.notFound");
    await tx.planSection.update({
      where: { id: section.id },
      data: { title: canonicalSectionTitle(section.key, input.title) },
    });
    await actorEvent(tx, actor, "section.renamed", { sectionId: input.sectionId });
  });
}

/** Swaps the section with its neighbour above or below; at either end nothing changes. */
export async function moveSection(actor: Actor, input: SectionMoveInput): Promise<void> {
  allow(canManagePlan(actor.member));
  await prisma.$transaction(async (tx) => {
    const sections = await lockSections(tx, actor.workshopId);
    const index = sections.findIndex((s) => s.id === input.sectionId);
    if (index < 0) throw new DomainError("errors.notFound");
    const other = sections[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    const self = sections[index]!;
    // Positions may tie (sorted by creation then): give the pair distinct, swapped positions.
    const [upper, lower] = input.direction === "up" ? [other, self] : [self, other];
    const top = Math.min(upper.position, lower.position);
    const bottom = Math.max(upper.position, lower.position, top + 1);
    await tx.planSection.update({ where: { id: lower.id }, data: { position: top } });
    await tx.planSection.update({ where: { id: upper.id }, data: { position: bottom } });
    await actorEvent(tx, actor, "section.moved", { sectionId: self.id, direction: input.direction });
  });
}

/** Only an empty section can go: clauses (withdrawn ones too) are part of the record. */
export async function deleteSection(actor: Actor, sectionId: string): Promise<void> {
  allow(canManagePlan(actor.member));
  await prisma.$transaction(async (tx) => {
    const sections = await lockSections(tx, actor.workshopId);
    if (!sections.some((s) => s.id === sectionId)) throw new DomainError("errors.notFound");
    if (await tx.clause.count({ where: { sectionId } })) throw new DomainError("errors.sectionNotEmpty");
    await tx.planSection.delete({ where: { id: sectionId } });
    await actorEvent(tx, actor, "section.deleted", { sectionId });
  });
}

async function assertObjectiveCodeFree(tx: Tx, workshopId: string, code: string, exceptId?: string) {
  const clash = await tx.strategyObjective.count({
    where: { workshopId, code: { equals: code, mode: "insensitive" }, id: exceptId ? { not: exceptId } : undefined },
  });
  if (clash) throw new DomainError("errors.checkFields", { code: "errors.objectiveCodeTaken" });
}

export async function addObjective(actor: Actor, input: ObjectiveInput): Promise<{ id: string }> {
  allow(canManagePlan(actor.member));
  return prisma.$transaction(async (tx) => {
    // Serialise with other objective edits of the workshop (the code check then holds).
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE "id" = ${actor.workshopId} FOR UPDATE`;
    await assertObjectiveCodeFree(tx, actor.workshopId, input.code);
    const position = await tx.strategyObjective.count({ where: { workshopId: actor.workshopId } });
    const objective = await tx.strategyObjective.create({
      data: { ...input, workshopId: actor.workshopId, position },
      select: { id: true },
    });
    await actorEvent(tx, actor, "objective.added", { objectiveId: objective.id });
    return objective;
  });
}

export async function editObjective(actor: Actor, objectiveId: string, input: ObjectiveInput): Promise<void> {
  allow(canManagePlan(actor.member));
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE "id" = ${actor.workshopId} FOR UPDATE`;
    await assertObjectiveCodeFree(tx, actor.workshopId, input.code, objectiveId);
    const { count } = await tx.strategyObjective.updateMany({
      where: { id: objectiveId, workshopId: actor.workshopId },
      data: input,
    });
    if (count === 0) throw new DomainError("errors.notFound");
    await actorEvent(tx, actor, "objective.edited", { objectiveId });
  });
}

/** Deleting an objective also unlinks it from every clause, in the same transaction. */
export async function deleteObjective(actor: Actor, objectiveId: string): Promise<{ unlinked: number }> {
  allow(canManagePlan(actor.member));
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.strategyObjective.deleteMany({
      where: { id: objectiveId, workshopId: actor.workshopId },
    });
    if (count === 0) throw new DomainError("errors.notFound");
    const unlinked = await tx.$executeRaw`
      UPDATE "Clause" SET "objectiveIds" = array_remove("objectiveIds", ${objectiveId})
      WHERE "workshopId" = ${actor.workshopId} AND ${objectiveId} = ANY("objectiveIds")`;
    await actorEvent(tx, actor, "objective.deleted", { objectiveId, unlinked });
    return { unlinked };
  });
}

/**
 * The facilitators change the consensus rule until negotiation starts ("errors.ruleLocked"
 * afterwards). Optimistic concurrency on the workshop version: a stale form gets
 * "errors.editConflict" and overwrites nothing.
 */
export async function changeConsensusRule(actor: Actor, input: RuleChangeInput): Promise<void> {
  allow(canChair(actor.member));
  const { version, ...rule } = input;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.workshop.updateMany({
      where: { id: actor.workshopId, version, phase: { in: ["SUBMIT", "ANALYSE"] } },
      data: {
        consensusRule: rule.consensusRule,
        minSupport: rule.minSupport,
        majorityShare: rule.majorityShare ?? null,
        doubleMajority: rule.doubleMajority,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const workshop = await tx.workshop.findUnique({ where: { id: actor.workshopId }, select: { phase: true } });
      if (!workshop) throw new DomainError("errors.notFound");
      throw new DomainError(ruleChangeable(workshop.phase) ? "errors.editConflict" : "errors.ruleLocked");
    }
    await actorEvent(tx, actor, "workshop.ruleChanged", {
      rule: rule.consensusRule,
      minSupport: rule.minSupport,
      majorityShare: rule.majorityShare ?? null,
      doubleMajority: rule.doubleMajority ? 1 : 0,
    });
  });
}
