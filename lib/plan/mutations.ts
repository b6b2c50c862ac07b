import "server-only";
import { leadDelegates, notify } from "@/lib/notifications/mutations";
import { actorEvent } from "@/lib/live/events";
import { prisma, type Tx } from "@/lib/db/client";
import { allow } from "@/lib/server/actor";
import { type Actor } from "./mutation-support";
import { DomainError } from "@/lib/server/result";
import { evaluateConsensus, type ConsensusResult } from "./consensus";
import {
  canAmend,
  canChair,
  canComment,
  canPropose,
  canProposeStance,
  canRecordOfficialStance,
  canWithdraw,
  type ClauseStatus,
} from "./policy";
import type { AmendmentInput, ClauseInput, CommentInput, StanceInput, StatusChangeInput } from "./schema";

export type { Actor };

/** Locks the clause row for the transaction: amendments, stances and status changes of one
 * clause are serialised, so a stance can never land on a version that was just replaced. */
async function lockClause(tx: Tx, actor: Actor, clauseId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Clause" WHERE "id" = ${clauseId} AND "workshopId" = ${actor.workshopId} FOR UPDATE`;
  if (rows.length === 0) throw new DomainError("errors.notFound");
  return tx.clause.findUniqueOrThrow({ where: { id: clauseId } });
}

export async function proposeClause(actor: Actor, input: ClauseInput): Promise<{ id: string }> {
  allow(canPropose(actor.member));
  return prisma.$transaction((tx) => insertClause(tx, actor, input));
}

/**
 * Writes a new clause at the end of its section, with its first version and its event, inside
 * the caller's transaction (a division of labour writes several at once, all or none). The caller
 * has checked `canPropose`.
 */
export async function insertClause(
  tx: Tx,
  actor: Actor,
  input: ClauseInput & { delegationIds?: string[] },
  { askLeads = true }: { askLeads?: boolean } = {},
): Promise<{ id: string }> {
  const { text, ...fields } = input;
  const section = await tx.planSection.findFirst({ where: { id: input.sectionId, workshopId: actor.workshopId } });
  if (!section) throw new DomainError("errors.checkFields", { sectionId: "errors.invalid" });
  const position = await tx.clause.count({ where: { sectionId: section.id } });
  const clause = await tx.clause.create({
    data: {
      ...fields,
      workshopId: actor.workshopId,
      position,
      proposedById: actor.userId,
      proposedByDelegationId: actor.member.delegationId,
      versions: { create: { number: 1, text, createdById: actor.userId } },
    },
    select: { id: true },
  });
  await actorEvent(tx, actor, "clause.proposed", { clauseId: clause.id });
  if (askLeads) await askForStances(tx, actor, [{ id: clause.id, title: input.title }]);
  return clause;
}

/** The lead delegates (but the proposer) are told their delegation's stance is awaited: on the
 * clause, or, for several proposed together (a division of labour's), once on the plan. */
export async function askForStances(
  tx: Tx,
  actor: Actor,
  clauses: Array<{ id: string; title: string }>,
): Promise<void> {
  if (clauses.length === 0) return;
  await notify(tx, {
    workshopId: actor.workshopId,
    kind: "STANCE_NEEDED",
    userIds: await leadDelegates(tx, actor.workshopId, actor.userId),
    params: { clause: clauses[0]!.title, count: clauses.length },
    page: clauses.length === 1 ? `plan/${clauses[0]!.id}` : "plan",
  });
}

export async function proposeAmendment(actor: Actor, input: AmendmentInput): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const clause = await lockClause(tx, actor, input.clauseId);
    allow(canAmend(actor.member, clause));
    if (input.baseVersion > clause.currentVersion) throw new DomainError("errors.invalid");
    const amendment = await tx.amendment.create({
      data: {
        clauseId: clause.id,
        baseVersion: input.baseVersion,
        text: input.text,
        rationale: input.rationale,
        proposedById: actor.userId,
      },
      select: { id: true },
    });
    await actorEvent(tx, actor, "amendment.proposed", { clauseId: clause.id, amendmentId: amendment.id });
    return amendment;
  });
}

/**
 * Accepting an amendment makes its text the next version of the clause. Stances were recorded
 * against the old version: they stay as history and no longer count (a new version resets them).
 * An amendment written against an older version is a conflict: its author must rebase it.
 */
export async function decideAmendment(
  actor: Actor,
  amendmentId: string,
  decision: "ACCEPTED" | "REJECTED",
): Promise<void> {
  allow(canChair(actor.member));
  await prisma.$transaction(async (tx) => {
    const found = await tx.amendment.findFirst({
      where: { id: amendmentId, clause: { workshopId: actor.workshopId } },
    });
    if (!found) throw new DomainError("errors.notFound");
    const clause = await lockClause(tx, actor, found.clauseId);
    const amendment = await tx.amendment.findUniqueOrThrow({ where: { id: amendmentId } });
    if (amendment.status !== "OPEN") throw new DomainError("errors.amendmentDecided");
    if (decision === "ACCEPTED") {
      if (clause.status === "AGREED" || clause.status === "WITHDRAWN") throw new DomainError("errors.clauseLocked");
      if (amendment.baseVersion !== clause.currentVersion) throw new DomainError("errors.amendmentOutdated");
      const number = clause.currentVersion + 1;
      await tx.clauseVersion.create({
        data: { clauseId: clause.id, number, text: amendment.text, createdById: actor.userId, amendmentId },
      });
      await tx.clause.update({ where: { id: clause.id }, data: { currentVersion: number, version: { increment: 1 } } });
    }
    await tx.amendment.update({
      where: { id: amendmentId },
      data: { status: decision, decidedById: actor.userId, decidedAt: new Date() },
    });
    await actorEvent(tx, actor, decision === "ACCEPTED" ? "amendment.accepted" : "amendment.rejected", {
      clauseId: clause.id,
      amendmentId,
    });
  });
}

/**
 * Records a delegation's stance on the clause's current version (or on one of its open
 * amendments). The same state replaces the delegation's earlier one; an official stance also
 * settles any pending proposal. Proposals and caucus drafts stay inside the delegation (their
 * events reach only its members) until the lead makes them official.
 */
export async function recordStance(actor: Actor, input: StanceInput): Promise<{ id: string }> {
  if (input.mode === "official") allow(canRecordOfficialStance(actor.member, input.delegationId));
  else allow(canProposeStance(actor.member, input.delegationId));
  return prisma.$transaction(async (tx) => {
    const clause = await lockClause(tx, actor, input.clauseId);
    if (clause.status === "AGREED" || clause.status === "WITHDRAWN") throw new DomainError("errors.clauseLocked");
    const delegation = await tx.delegation.count({ where: { id: input.delegationId, workshopId: actor.workshopId } });
    if (!delegation) throw new DomainError("errors.notFound");
    if (input.amendmentId) {
      const open = await tx.amendment.count({ where: { id: input.amendmentId, clauseId: clause.id, status: "OPEN" } });
      if (!open) throw new DomainError("errors.amendmentDecided");
    }
    const state = input.mode === "official" ? "OFFICIAL" : input.mode === "proposed" ? "PROPOSED" : "PRIVATE";
    const scope = {
      clauseId: clause.id,
      clauseVersion: clause.currentVersion,
      amendmentId: input.amendmentId ?? null,
      delegationId: input.delegationId,
      supersededAt: null,
    };
    await tx.stance.updateMany({
      where: { ...scope, state: state === "OFFICIAL" ? { in: ["OFFICIAL", "PROPOSED"] } : state },
      data: { supersededAt: new Date() },
    });
    const stance = await tx.stance.create({
      data: {
        ...scope,
        workshopId: actor.workshopId,
        position: input.position,
        reason: input.reason,
        state,
        recordedById: actor.userId,
      },
      select: { id: true },
    });
    const payload = {
      clauseId: clause.id,
      delegationId: input.delegationId,
      stanceId: stance.id,
      amendmentId: input.amendmentId ?? null,
    };
    await actorEvent(tx, actor, `stance.${input.mode}`, payload, state === "OFFICIAL" ? undefined : input.delegationId);
    return stance;
  });
}

/** The lead confirms a stance proposed by one of the delegation's delegates. */
export async function confirmStance(actor: Actor, stanceId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const proposed = await tx.stance.findFirst({
      where: { id: stanceId, workshopId: actor.workshopId, state: "PROPOSED", supersededAt: null },
    });
    if (!proposed) throw new DomainError("errors.notFound");
    allow(canRecordOfficialStance(actor.member, proposed.delegationId));
    const clause = await lockClause(tx, actor, proposed.clauseId);
    if (proposed.clauseVersion !== clause.currentVersion) throw new DomainError("errors.stanceOutdated");
    await tx.stance.updateMany({
      where: {
        clauseId: clause.id,
        clauseVersion: clause.currentVersion,
        amendmentId: proposed.amendmentId,
        delegationId: proposed.delegationId,
        state: "OFFICIAL",
        supersededAt: null,
      },
      data: { supersededAt: new Date() },
    });
    await tx.stance.update({ where: { id: stanceId }, data: { state: "OFFICIAL", confirmedById: actor.userId } });
    await actorEvent(tx, actor, "stance.confirmed", {
      clauseId: clause.id,
      delegationId: proposed.delegationId,
      stanceId,
      amendmentId: proposed.amendmentId,
    });
  });
}

/** Publishes the delegation's caucus drafts on current versions as its official stances, at once. */
export async function publishCaucus(actor: Actor, delegationId: string): Promise<{ published: number }> {
  allow(canRecordOfficialStance(actor.member, delegationId));
  return prisma.$transaction(async (tx) => {
    const drafts = await tx.stance.findMany({
      where: { workshopId: actor.workshopId, delegationId, state: "PRIVATE", supersededAt: null },
    });
    let published = 0;
    for (const draft of drafts) {
      const clause = await lockClause(tx, actor, draft.clauseId);
      if (draft.clauseVersion !== clause.currentVersion || clause.status === "AGREED" || clause.status === "WITHDRAWN")
        continue;
      await tx.stance.updateMany({
        where: {
          clauseId: clause.id,
          clauseVersion: clause.currentVersion,
          amendmentId: draft.amendmentId,
          delegationId,
          state: { in: ["OFFICIAL", "PROPOSED"] },
          supersededAt: null,
        },
        data: { supersededAt: new Date() },
      });
      await tx.stance.update({ where: { id: draft.id }, data: { state: "OFFICIAL", confirmedById: actor.userId } });
      published++;
    }
    await actorEvent(tx, actor, "caucus.published", { delegationId, published });
    return { published };
  });
}

export async function consensusOf(
  tx: Tx,
  workshopId: string,
  clause: { id: string; currentVersion: number },
): Promise<ConsensusResult> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: workshopId } });
  const delegations = await tx.delegation.findMany({
    where: { workshopId },
    select: { id: true, name: true, population: true },
  });
  const stances = await tx.stance.findMany({
    where: {
      clauseId: clause.id,
      clauseVersion: clause.currentVersion,
      amendmentId: null,
      state: "OFFICIAL",
      supersededAt: null,
    },
    select: { delegationId: true, position: true },
  });
  return evaluateConsensus(
    {
      kind: workshop.consensusRule,
      minSupport: workshop.minSupport,
      majorityShare: workshop.majorityShare === null ? null : Number(workshop.majorityShare),
      doubleMajority: workshop.doubleMajority,
    },
    delegations.map((d) => ({ ...d, population: d.population === null ? null : Number(d.population) })),
    stances,
  );
}

/**
 * Moves a clause through its statuses. Agreeing needs the consensus rule met, or an explicit
 * override with a reason (kept on the clause and in the record); reopening an agreed clause
 * needs a reason too.
 */
export async function changeStatus(actor: Actor, input: StatusChangeInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const clause = await lockClause(tx, actor, input.clauseId);
    const from = clause.status as ClauseStatus;
    if (input.status === "WITHDRAWN") allow(canWithdraw(actor.member, clause));
    else allow(canChair(actor.member));
    if (from === input.status) return;
    if (from === "WITHDRAWN") throw new DomainError("errors.clauseLocked");
    if (from === "AGREED" && !input.reason)
      throw new DomainError("errors.checkFields", { reason: "errors.reasonRequired" });
    let overrideReason: string | null = null;
    if (input.status === "AGREED") {
      const consensus = await consensusOf(tx, actor.workshopId, clause);
      if (!consensus.met && !input.override) throw new DomainError("errors.consensusNotMet");
      if (!consensus.met) {
        if (!input.reason) throw new DomainError("errors.checkFields", { reason: "errors.reasonRequired" });
        overrideReason = input.reason;
      }
    }
    const agreed = input.status === "AGREED";
    await tx.clause.update({
      where: { id: clause.id },
      data: {
        status: input.status,
        agreedAt: agreed ? new Date() : null,
        agreedById: agreed ? actor.userId : null,
        overrideReason,
        version: { increment: 1 },
      },
    });
    await actorEvent(tx, actor, "clause.statusChanged", {
      clauseId: clause.id,
      from,
      to: input.status,
      reason: input.reason || null,
      override: overrideReason ? 1 : 0,
    });
  });
}

export async function addComment(actor: Actor, input: CommentInput): Promise<{ id: string }> {
  allow(canComment(actor.member));
  return prisma.$transaction(async (tx) => {
    const clause = await tx.clause.findFirst({
      where: { id: input.clauseId, workshopId: actor.workshopId },
      select: { id: true },
    });
    if (!clause) throw new DomainError("errors.notFound");
    if (input.amendmentId && !(await tx.amendment.count({ where: { id: input.amendmentId, clauseId: clause.id } })))
      throw new DomainError("errors.notFound");
    if (input.parentId && !(await tx.comment.count({ where: { id: input.parentId, clauseId: clause.id } })))
      throw new DomainError("errors.notFound");
    const comment = await tx.comment.create({
      data: { ...input, workshopId: actor.workshopId, authorId: actor.userId },
      select: { id: true },
    });
    await actorEvent(tx, actor, "comment.added", { clauseId: clause.id, commentId: comment.id });
    return comment;
  });
}
