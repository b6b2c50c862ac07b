import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { canEditEntries, canReopenList, canSubmitList, canWriteList, type PlanMember } from "@/lib/industries/policy";
import { appendEvent } from "@/lib/live/events";
import type { Actor } from "@/lib/server/actor";
import { DomainError } from "@/lib/server/result";
import { STANCE_FIELD, type PositionInput } from "./schema";

// A delegation's position for the optimiser (issue 16) follows the rules of its plan list
// (lib/industries/policy.ts): its delegates edit the draft, its lead delegate submits and
// reopens it, and nobody else sees it until it is submitted.

type Status = "OPEN" | "SUBMITTED";

/**
 * Locks the delegation's position (its advisory lock: the row may not exist yet) and checks the
 * rule against its status. A stranger is refused before anything about the position is read.
 */
async function lockPosition(
  tx: Tx,
  actor: Actor<PlanMember>,
  delegationId: string,
  allowed: (member: PlanMember, list: { delegationId: string; planStatus: Status }) => boolean,
): Promise<void> {
  if (!canWriteList(actor.member, delegationId)) throw new DomainError("errors.forbidden");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`position:${delegationId}`}))`;
  const position = await tx.divisionPosition.findUnique({
    where: { delegationId_workshopId: { delegationId, workshopId: actor.workshopId } },
    select: { submittedAt: true },
  });
  const planStatus: Status = position?.submittedAt ? "SUBMITTED" : "OPEN";
  if (!allowed(actor.member, { delegationId, planStatus })) {
    throw new DomainError(planStatus === "SUBMITTED" ? "errors.positionSubmitted" : "errors.forbidden");
  }
}

/** Saves the draft. Every stance must be on one of the delegation's planned industries. */
export async function savePosition(actor: Actor<PlanMember>, input: PositionInput): Promise<void> {
  const { delegationId } = input;
  await prisma.$transaction(async (tx) => {
    await lockPosition(tx, actor, delegationId, canEditEntries);
    const planned = new Set(
      (
        await tx.planEntry.findMany({
          where: { workshopId: actor.workshopId, delegationId },
          select: { industryCode: true },
          distinct: ["industryCode"],
        })
      ).map((e) => e.industryCode),
    );
    const stray = Object.keys(input.stances).filter((code) => !planned.has(code));
    if (stray.length > 0) {
      throw new DomainError(
        "errors.checkFields",
        Object.fromEntries(stray.map((code) => [`${STANCE_FIELD}${code}`, "errors.notPlanned" as const])),
      );
    }
    const having = (stance: string) =>
      Object.entries(input.stances)
        .filter(([, s]) => s === stance)
        .map(([code]) => code)
        .sort();
    const data = {
      mustLead: having("lead"),
      willingToCede: having("cede"),
      minPillars: input.minPillars ?? null,
      maxPillars: input.maxPillars ?? null,
      envelopeMedium: input.envelopeMedium ?? null,
      envelopeLong: input.envelopeLong ?? null,
      updatedById: actor.userId,
    };
    await tx.divisionPosition.upsert({
      where: { delegationId_workshopId: { delegationId, workshopId: actor.workshopId } },
      create: { workshopId: actor.workshopId, delegationId, ...data },
      update: data,
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.positionSaved",
      payload: { delegationId },
    });
  });
}

/** The lead delegate submits the position: from now on everyone sees it and the optimiser uses it. */
export async function submitPosition(actor: Actor<PlanMember>, delegationId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockPosition(tx, actor, delegationId, canSubmitList);
    const { count } = await tx.divisionPosition.updateMany({
      where: { delegationId, workshopId: actor.workshopId },
      data: { submittedAt: new Date(), updatedById: actor.userId },
    });
    if (count === 0) throw new DomainError("errors.notFound");
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.positionSubmitted",
      payload: { delegationId },
    });
  });
}

/** The lead delegate takes the position back to a draft (the next proposal no longer uses it). */
export async function reopenPosition(actor: Actor<PlanMember>, delegationId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockPosition(tx, actor, delegationId, canReopenList);
    await tx.divisionPosition.update({
      where: { delegationId_workshopId: { delegationId, workshopId: actor.workshopId } },
      data: { submittedAt: null, updatedById: actor.userId },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.positionReopened",
      payload: { delegationId },
    });
  });
}
