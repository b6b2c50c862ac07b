import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { fromDbLocale, toDbLocale, type Locale } from "@/lib/i18n/locales";
import { appendEvent } from "@/lib/live/events";
import { appUrl } from "@/lib/mail/config";
import { enqueueMail } from "@/lib/mail/mutations";
import { wakeMailWorker } from "@/lib/mail/worker";
import { DomainError } from "@/lib/server/result";
import { invitationMail } from "./invitation-mail";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";
import type { EmailInvitationInput, InvitationInput } from "./schema";

// Invitations: a link the facilitator sends themself, or one per address by email. An emailed
// invitation's message is written to the outbox in the invitation's own transaction
// (lib/mail/mutations.ts), so it exists if and only if its message will be delivered; the link's
// token is in the message only. Single use, revocable, expiring.

const DAY_MS = 24 * 60 * 60 * 1000;

export type EmailInvitationReply = {
  emailed: string[];
  /** Left out: already a member of the workshop. */
  members: string[];
  /** Left out: a pending emailed invitation exists (resend it instead). */
  pending: string[];
};

export async function createInvitation(
  workshopId: string,
  actorId: string,
  input: InvitationInput,
): Promise<{ token: string }> {
  const token = newInvitationToken();
  await prisma.$transaction(async (tx) => {
    await delegationOf(tx, workshopId, input.delegationId);
    const invitation = await writeInvitation(tx, { workshopId, actorId, input, token });
    await appendEvent(tx, {
      workshopId,
      actorId,
      type: "invitation.created",
      payload: { invitationId: invitation.id, role: input.role },
    });
  });
  return { token };
}

export async function revokeInvitation(workshopId: string, actorId: string, invitationId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workshopId, revokedAt: null, acceptedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new DomainError("errors.invitationNotPending");
    await appendEvent(tx, { workshopId, actorId, type: "invitation.revoked", payload: { invitationId } });
  });
}

/** Single use: the conditional update lets exactly one of two simultaneous acceptances win. */
export async function acceptInvitation(token: string, userId: string): Promise<{ slug: string }> {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
      select: { id: true, workshopId: true, role: true, delegationId: true, workshop: { select: { slug: true } } },
    });
    if (!invitation) throw new DomainError("errors.invitationInvalid");
    const existing = await tx.membership.count({ where: { workshopId: invitation.workshopId, userId } });
    if (existing) throw new DomainError("errors.alreadyMember");
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: userId },
    });
    if (count === 0) throw new DomainError("errors.invitationInvalid");
    await tx.membership.create({
      data: { workshopId: invitation.workshopId, userId, role: invitation.role, delegationId: invitation.delegationId },
    });
    await appendEvent(tx, {
      workshopId: invitation.workshopId,
      actorId: userId,
      type: "member.joined",
      payload: { role: invitation.role, delegationId: invitation.delegationId },
    });
    return { slug: invitation.workshop.slug };
  });
}

export async function inviteByEmail(
  workshopId: string,
  actorId: string,
  input: EmailInvitationInput,
): Promise<EmailInvitationReply> {
  const reply = await prisma.$transaction(async (tx) => {
    await delegationOf(tx, workshopId, input.delegationId);
    const members = new Set(
      (
        await tx.membership.findMany({
          where: { workshopId, user: { email: { in: input.emails } } },
          select: { user: { select: { email: true } } },
        })
      ).map((m) => m.user.email),
    );
    const pending = new Set(
      (
        await tx.invitation.findMany({
          where: {
            workshopId,
            email: { in: input.emails },
            acceptedAt: null,
            revokedAt: null,
            expiresAt: { gt: new Date() },
          },
          select: { email: true },
        })
      ).map((i) => i.email!),
    );
    const emailed = input.emails.filter((address) => !members.has(address) && !pending.has(address));
    // Someone who already has an account reads it in the language they chose for themself.
    const accounts = await tx.user.findMany({
      where: { email: { in: emailed } },
      select: { email: true, locale: true },
    });
    const ownLocale = new Map(accounts.map((a) => [a.email, fromDbLocale(a.locale)]));
    for (const email of emailed) {
      const token = newInvitationToken();
      const locale = ownLocale.get(email) ?? input.locale;
      const invitation = await writeInvitation(tx, { workshopId, actorId, input: { ...input, locale }, token, email });
      await sendInvitation(tx, { invitationId: invitation.id, token, locale });
      await appendEvent(tx, {
        workshopId,
        actorId,
        type: "invitation.created",
        payload: { invitationId: invitation.id, role: input.role },
      });
    }
    return { emailed, members: [...members], pending: [...pending] };
  });
  if (reply.emailed.length > 0) wakeMailWorker();
  return reply;
}

/** A new link by email for a pending emailed invitation: the old link stops working (only the
 * new token's hash is kept), the expiry stays. */
export async function resendInvitation(workshopId: string, actorId: string, invitationId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const token = newInvitationToken();
    const { count } = await tx.invitation.updateMany({
      where: {
        id: invitationId,
        workshopId,
        email: { not: null },
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: new Date() },
      },
      data: { tokenHash: hashInvitationToken(token) },
    });
    if (count === 0) throw new DomainError("errors.invitationNotPending");
    const { locale } = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { locale: true } });
    await sendInvitation(tx, { invitationId, token, locale: fromDbLocale(locale ?? "en") });
    await appendEvent(tx, { workshopId, actorId, type: "invitation.resent", payload: { invitationId } });
  });
  wakeMailWorker();
}

/** The invitation's delegation must be one of the workshop's (a form field, checked on the field). */
async function delegationOf(tx: Tx, workshopId: string, delegationId: string | undefined): Promise<void> {
  if (!delegationId) return;
  const found = await tx.delegation.count({ where: { id: delegationId, workshopId } });
  if (!found) throw new DomainError("errors.checkFields", { delegationId: "errors.invalid" });
}

/** An invitation row: for a link, or for an address (then in the language its message is in). */
function writeInvitation(
  tx: Tx,
  {
    workshopId,
    actorId,
    input,
    token,
    email,
  }: {
    workshopId: string;
    actorId: string;
    input: InvitationInput | EmailInvitationInput;
    token: string;
    email?: string;
  },
) {
  return tx.invitation.create({
    data: {
      workshopId,
      tokenHash: hashInvitationToken(token),
      role: input.role,
      delegationId: input.delegationId ?? null,
      note: input.note,
      email: email ?? null,
      locale: "locale" in input ? toDbLocale(input.locale) : null,
      createdById: actorId,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
    },
    select: { id: true },
  });
}

async function sendInvitation(tx: Tx, what: { invitationId: string; token: string; locale: Locale }): Promise<void> {
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id: what.invitationId },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      workshop: { select: { title: true } },
      delegation: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  const mail = invitationMail(
    {
      workshop: invitation.workshop.title,
      inviter: invitation.createdBy.name,
      role: invitation.role,
      delegation: invitation.delegation?.name ?? null,
      url: appUrl(`/invite/${what.token}`),
      expiresAt: invitation.expiresAt,
    },
    what.locale,
  );
  await enqueueMail(tx, {
    ...mail,
    kind: "invitation",
    to: invitation.email!,
    locale: what.locale,
    invitationId: what.invitationId,
  });
}
