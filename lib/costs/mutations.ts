import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { actorEvent } from "@/lib/live/events";
import * as plan from "@/lib/plan/mutations";
import { asPlanActor } from "@/lib/plan/mutation-support";
import { ensureSections } from "@/lib/workshop/mutations";
import { clauseSchema, statusChangeSchema } from "@/lib/plan/schema";
import { DomainError } from "@/lib/server/result";
import { clauseText, clauseTitle, statesArrangement, type Arrangement } from "./arrangement";
import { arrangementOf, delegationFigures, figureSelect } from "./data";
import { canDeclareUsage, canManageServices, canSetCustomWeight, type CostMember } from "./policy";
import type { FiguresInput, ServiceInput } from "./schema";
import { allow, type Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<CostMember>;

/** Locks the service row for the transaction (scoped to the workshop), so edits, figures and the
 * clause link of one service are serialised. */
async function lockService(tx: Tx, actor: Actor, serviceId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "SharedService" WHERE "id" = ${serviceId} AND "workshopId" = ${actor.workshopId} FOR UPDATE`;
  if (rows.length === 0) throw new DomainError("errors.notFound");
  return tx.sharedService.findUniqueOrThrow({
    where: { id: serviceId },
    include: { figures: { select: figureSelect } },
  });
}

type ClauseState = { id: string; status: string; currentVersion: number; text: string } | null;

/** The service's clause, unless there is none or it was withdrawn (then the service is free again). */
async function liveClause(tx: Tx, actor: Actor, clauseId: string | null): Promise<ClauseState> {
  if (!clauseId) return null;
  const clause = await tx.clause.findFirst({
    where: { id: clauseId, workshopId: actor.workshopId },
    select: {
      id: true,
      status: true,
      currentVersion: true,
      versions: { select: { text: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  if (!clause || clause.status === "WITHDRAWN") return null;
  return { ...clause, text: clause.versions[0]?.text ?? "" };
}

function uniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

const columns = (input: ServiceInput) => ({
  name: input.name,
  description: input.description,
  annualCostMinor: BigInt(input.annualCostMinor),
  currency: input.currency,
  rule: input.rule.map(({ basis, weight }) => ({ basis, weight })),
});

async function withNameCheck<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError("errors.checkFields", { name: "errors.serviceNameTaken" });
    throw error;
  }
}

export async function createService(actor: Actor, input: ServiceInput): Promise<{ id: string }> {
  allow(canManageServices(actor.member));
  return withNameCheck(() =>
    prisma.$transaction(async (tx) => {
      const service = await tx.sharedService.create({
        data: { ...columns(input), workshopId: actor.workshopId },
        select: { id: true },
      });
      await actorEvent(tx, actor, "service.created", { serviceId: service.id });
      return service;
    }),
  );
}

/**
 * Saves an edit made on `version` (a stale version is a conflict). A service whose arrangement is
 * in the plan never diverges from it silently: an agreed clause locks the service; an open one
 * gets an amendment stating the new arrangement, proposed right after the edit is saved.
 */
export async function updateService(
  actor: Actor,
  serviceId: string,
  version: number,
  input: ServiceInput,
  locale: Locale,
): Promise<{ version: number; amendmentId: string | null }> {
  allow(canManageServices(actor.member));
  const saved = await withNameCheck(() =>
    prisma.$transaction(async (tx) => {
      const service = await lockService(tx, actor, serviceId);
      if (service.version !== version) throw new DomainError("errors.editConflict");
      const clause = await liveClause(tx, actor, service.clauseId);
      if (clause?.status === "AGREED") throw new DomainError("errors.serviceAgreed");
      let amendment: { clauseId: string; baseVersion: number; text: string } | null = null;
      if (clause) {
        const next = arrangementOf({ ...service, ...columns(input) }, await delegationFigures(tx, actor.workshopId));
        const text = clauseText(next, locale);
        if (text === null) throw new DomainError("errors.serviceIncomplete");
        if (text !== clause.text) amendment = { clauseId: clause.id, baseVersion: clause.currentVersion, text };
      }
      const { count } = await tx.sharedService.updateMany({
        where: { id: serviceId, workshopId: actor.workshopId, version },
        data: { ...columns(input), version: { increment: 1 } },
      });
      if (count === 0) throw new DomainError("errors.editConflict");
      await actorEvent(tx, actor, "service.updated", { serviceId, amended: amendment !== null });
      return { version: version + 1, amendment };
    }),
  );
  // The plan's mutation runs its own transaction (and its own policy and event). If the clause
  // was agreed or withdrawn in between, the page shows that the clause states an earlier text.
  const amendmentId = saved.amendment ? await amend(actor, saved.amendment, locale) : null;
  return { version: saved.version, amendmentId };
}

async function amend(
  actor: Actor,
  amendment: { clauseId: string; baseVersion: number; text: string },
  locale: Locale,
): Promise<string | null> {
  const rationale = createTranslator(locale)("costs.clause.amendmentRationale");
  try {
    const { id } = await plan.proposeAmendment(asPlanActor(actor), { ...amendment, rationale });
    return id;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Only a service that is not (or no longer) in the plan can be deleted: withdraw its clause first. */
export async function deleteService(actor: Actor, serviceId: string, version: number): Promise<void> {
  allow(canManageServices(actor.member));
  await prisma.$transaction(async (tx) => {
    const service = await lockService(tx, actor, serviceId);
    if (service.version !== version) throw new DomainError("errors.editConflict");
    if (await liveClause(tx, actor, service.clauseId)) throw new DomainError("errors.serviceInPlan");
    await tx.sharedService.delete({ where: { id: serviceId } });
    await actorEvent(tx, actor, "service.deleted", { serviceId, name: service.name });
  });
}

/**
 * Usage (facilitators for anyone, a lead for their own delegation only) and custom weights
 * (facilitators). A figure left undefined is not touched; null clears it. While the arrangement
 * is agreed in the plan its figures are locked like the service itself.
 */
export async function saveFigures(actor: Actor, input: FiguresInput): Promise<void> {
  const { serviceId, delegationId, usage, customWeight } = input;
  if (usage === undefined && customWeight === undefined) throw new DomainError("errors.invalid");
  if (usage !== undefined) allow(canDeclareUsage(actor.member, delegationId));
  if (customWeight !== undefined) allow(canSetCustomWeight(actor.member));
  await prisma.$transaction(async (tx) => {
    const service = await lockService(tx, actor, serviceId);
    const delegation = await tx.delegation.count({ where: { id: delegationId, workshopId: actor.workshopId } });
    if (!delegation) throw new DomainError("errors.notFound");
    if ((await liveClause(tx, actor, service.clauseId))?.status === "AGREED")
      throw new DomainError("errors.serviceAgreed");
    const figures = {
      ...(usage !== undefined && { usage }),
      ...(customWeight !== undefined && { customWeight }),
      updatedById: actor.userId,
    };
    await tx.serviceFigure.upsert({
      where: { serviceId_delegationId: { serviceId, delegationId } },
      create: { serviceId, delegationId, ...figures },
      update: figures,
    });
    await actorEvent(tx, actor, "service.figuresSaved", {
      serviceId,
      delegationId,
      usage: usage === undefined ? "unchanged" : usage === null ? "cleared" : "set",
      customWeight: customWeight === undefined ? "unchanged" : customWeight === null ? "cleared" : "set",
    });
  });
}

/** Reads the service as of `version` and its arrangement; a newer version is a conflict. */
async function currentArrangement(tx: Tx, actor: Actor, serviceId: string, version: number) {
  const service = await lockService(tx, actor, serviceId);
  if (service.version !== version) throw new DomainError("errors.editConflict");
  const arrangement: Arrangement = arrangementOf(service, await delegationFigures(tx, actor.workshopId));
  return { service, arrangement };
}

/**
 * Puts the arrangement into the plan as a clause of the "services" section (through the plan's
 * own mutation, so it goes through stances and consensus like any other clause) and links it to
 * the service. The plan's mutation runs its own transaction, so the link is made afterwards,
 * only if the service is still as it was; otherwise the new clause is withdrawn again.
 */
export async function proposeServiceClause(
  actor: Actor,
  serviceId: string,
  version: number,
  locale: Locale,
): Promise<{ clauseId: string }> {
  allow(canManageServices(actor.member));
  const prepared = await prisma.$transaction(async (tx) => {
    const { service, arrangement } = await currentArrangement(tx, actor, serviceId, version);
    if (await liveClause(tx, actor, service.clauseId)) throw new DomainError("errors.serviceAlreadyInPlan");
    const text = clauseText(arrangement, locale);
    if (text === null) throw new DomainError("errors.serviceIncomplete");
    await ensureSections(tx, actor.workshopId);
    const section = await tx.planSection.findFirst({
      where: { workshopId: actor.workshopId, key: "services" },
      select: { id: true },
    });
    if (!section) throw new DomainError("errors.noServicesSection");
    return {
      previousClauseId: service.clauseId,
      sectionId: section.id,
      title: clauseTitle(service.name, locale),
      text,
    };
  });
  const clause = await plan.proposeClause(
    asPlanActor(actor),
    clauseSchema.parse({ sectionId: prepared.sectionId, title: prepared.title, text: prepared.text, horizon: "BOTH" }),
  );
  const linked = await prisma.$transaction(async (tx) => {
    const { count } = await tx.sharedService.updateMany({
      where: { id: serviceId, workshopId: actor.workshopId, version, clauseId: prepared.previousClauseId },
      data: { clauseId: clause.id, version: { increment: 1 } },
    });
    if (count === 1) await actorEvent(tx, actor, "service.clauseProposed", { serviceId, clauseId: clause.id });
    return count === 1;
  });
  if (!linked) {
    await plan
      .changeStatus(asPlanActor(actor), statusChangeSchema.parse({ clauseId: clause.id, status: "WITHDRAWN" }))
      .catch(() => undefined);
    throw new DomainError("errors.editConflict");
  }
  return { clauseId: clause.id };
}

/**
 * When the figures (usage, weights, population, GDP) changed since the clause was written, the
 * facilitator proposes an amendment that states the arrangement as it is now.
 */
export async function proposeServiceAmendment(
  actor: Actor,
  serviceId: string,
  version: number,
  locale: Locale,
): Promise<{ amendmentId: string }> {
  allow(canManageServices(actor.member));
  const prepared = await prisma.$transaction(async (tx) => {
    const { service, arrangement } = await currentArrangement(tx, actor, serviceId, version);
    const clause = await liveClause(tx, actor, service.clauseId);
    if (!clause) throw new DomainError("errors.serviceNotInPlan");
    if (clause.status === "AGREED") throw new DomainError("errors.serviceAgreed");
    if (statesArrangement(clause.text, arrangement, locales)) throw new DomainError("errors.clauseUpToDate");
    const text = clauseText(arrangement, locale);
    if (text === null) throw new DomainError("errors.serviceIncomplete");
    return { clauseId: clause.id, baseVersion: clause.currentVersion, text };
  });
  const rationale = createTranslator(locale)("costs.clause.amendmentRationale");
  const { id } = await plan.proposeAmendment(asPlanActor(actor), { ...prepared, rationale });
  return { amendmentId: id };
}
