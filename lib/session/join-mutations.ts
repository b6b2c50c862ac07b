import "server-only";
import { notify } from "@/lib/notifications/mutations";
import { prisma, type Tx } from "@/lib/db/client";
import { actorEvent, appendEvent } from "@/lib/live/events";
import { DomainError } from "@/lib/server/result";
import { isJoinCodeShape, newJoinCode, normaliseJoinCode } from "./join-code";
import { allow } from "@/lib/server/actor";
import { lockSession, type Actor } from "./mutation-support";
import { canRunSession } from "./policy";
import type { AdmissionInput } from "./schema";

// Joining by code: a person with an account enters the room's code, which files a request; a
// facilitator admits them with a role and delegation (or declines). Codes can be rotated and
// disabled. Wrong codes are throttled per account like failed sign-ins.

/** Wrong codes allowed per account in the window before entering codes is refused for a while. */
export const MAX_WRONG_CODES = 10;
const WINDOW_MS = 15 * 60 * 1000;

/** Issues a fresh code (the old one stops working) and enables it. */
export async function rotateJoinCode(actor: Actor): Promise<{ code: string }> {
  allow(canRunSession(actor.member));
  return prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    for (;;) {
      const code = newJoinCode();
      if ((await tx.liveSession.count({ where: { joinCode: code } })) > 0) continue;
      await tx.liveSession.update({
        where: { workshopId: actor.workshopId },
        data: { joinCode: code, joinCodeEnabled: true, version: { increment: 1 } },
      });
      await actorEvent(tx, actor, "join.codeRotated", {});
      return { code };
    }
  });
}

export async function setJoinCodeEnabled(actor: Actor, enabled: boolean): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: { joinCodeEnabled: enabled, version: { increment: 1 } },
    });
    await actorEvent(tx, actor, enabled ? "join.enabled" : "join.disabled", {});
  });
}

const wrongCodeKey = (userId: string) => `join:${userId}`;

async function wrongCodes(userId: string): Promise<number> {
  return prisma.signInFailure.count({
    where: { key: wrongCodeKey(userId), createdAt: { gt: new Date(Date.now() - WINDOW_MS) } },
  });
}

export type JoinOutcome = { status: "member"; slug: string } | { status: "pending"; slug: string; title: string };

/**
 * Files (or renews) the user's request to join the workshop whose enabled code this is. A member
 * already is one; a declined request can be filed again.
 */
export async function requestToJoin(userId: string, input: string): Promise<JoinOutcome> {
  if ((await wrongCodes(userId)) >= MAX_WRONG_CODES) throw new DomainError("errors.joinThrottled");
  const code = normaliseJoinCode(input);
  const session = isJoinCodeShape(code)
    ? await prisma.liveSession.findFirst({
        where: { joinCode: code, joinCodeEnabled: true },
        select: { workshopId: true, workshop: { select: { slug: true, title: true } } },
      })
    : null;
  if (!session) {
    await prisma.signInFailure.create({ data: { key: wrongCodeKey(userId) } });
    throw new DomainError("errors.checkFields", { code: "errors.joinCode" });
  }
  const { workshopId, workshop } = session;
  return prisma.$transaction(async (tx): Promise<JoinOutcome> => {
    if ((await tx.membership.count({ where: { workshopId, userId } })) > 0)
      return { status: "member", slug: workshop.slug };
    const existing = await tx.joinRequest.findUnique({ where: { workshopId_userId: { workshopId, userId } } });
    if (existing?.status !== "PENDING") {
      await tx.joinRequest.upsert({
        where: { workshopId_userId: { workshopId, userId } },
        create: { workshopId, userId },
        update: { status: "PENDING", decidedAt: null, decidedById: null, createdAt: new Date() },
      });
      await appendEvent(tx, { workshopId, actorId: userId, type: "join.requested", payload: {} });
    }
    return { status: "pending", slug: workshop.slug, title: workshop.title };
  });
}

async function pendingRequest(tx: Tx, actor: Actor, requestId: string) {
  const request = await tx.joinRequest.findFirst({ where: { id: requestId, workshopId: actor.workshopId } });
  if (!request) throw new DomainError("errors.notFound");
  if (request.status !== "PENDING") throw new DomainError("errors.requestDecided");
  return request;
}

/** Admits the person with the role (and delegation) the facilitator chose. */
export async function admit(actor: Actor, input: AdmissionInput): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const request = await pendingRequest(tx, actor, input.requestId);
    if (input.delegationId) {
      const found = await tx.delegation.count({ where: { id: input.delegationId, workshopId: actor.workshopId } });
      if (found === 0) throw new DomainError("errors.checkFields", { delegationId: "errors.notFound" });
    }
    const { count } = await tx.joinRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: "APPROVED", decidedById: actor.userId, decidedAt: new Date() },
    });
    if (count === 0) throw new DomainError("errors.requestDecided");
    if ((await tx.membership.count({ where: { workshopId: actor.workshopId, userId: request.userId } })) === 0)
      await tx.membership.create({
        data: {
          workshopId: actor.workshopId,
          userId: request.userId,
          role: input.role,
          delegationId: input.delegationId ?? null,
        },
      });
    await actorEvent(tx, actor, "member.joined", { role: input.role, delegationId: input.delegationId ?? null });
    await notify(tx, { workshopId: actor.workshopId, kind: "ADMITTED", userIds: [request.userId], page: "" });
  });
}

export async function decline(actor: Actor, requestId: string): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const request = await pendingRequest(tx, actor, requestId);
    await tx.joinRequest.update({
      where: { id: request.id },
      data: { status: "REJECTED", decidedById: actor.userId, decidedAt: new Date() },
    });
    await actorEvent(tx, actor, "join.declined", {});
  });
}

/** The user's own request, for the page that waits for a facilitator's decision. */
export async function ownJoinRequest(userId: string, slug: string) {
  return prisma.joinRequest.findFirst({
    where: { userId, workshop: { slug } },
    select: { status: true, workshop: { select: { slug: true, title: true } } },
  });
}

/** The user's requests still waiting for a facilitator, newest first: a reload of /join, or
 * signing in again, finds the waiting state again, and /workshops lists them. */
export async function pendingJoinRequests(userId: string) {
  return prisma.joinRequest.findMany({
    where: { userId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { status: true, workshop: { select: { slug: true, title: true } } },
  });
}
