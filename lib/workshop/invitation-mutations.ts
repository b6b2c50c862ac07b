import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { fromDbLocale, type Locale } from "@/lib/i18n/locales";
import { appendEvent } from "@/lib/live/events";
import { appUrl } from "@/lib/mail/config";
import { enqueueMail } from "@/lib/mail/mutations";
import { wakeMailWorker } from "@/lib/mail/worker";
import { DomainError } from "@/lib/server/result";
import { invitationMail } from "./invitation-mail";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";
import type { EmailInvitationInput } from "./schema";

// Invitations sent by email. Each address gets its own single-use link; the message is written to
// the outbox in the invitation's own transaction (lib/mail/mutations.ts), so an invitation exists
// if and only if its message will be delivered. The link's token is in the message only.

const DAY_MS = 24 * 60 * 60 * 1000;

export type EmailInvitationReply = {
  emailed: string[];
  /** Left out: already a member of the workshop. */
  members: string[];
  /** Left out: a pending emailed invitation exists (resend it instead). */
  pending: string[];
};

export async function inviteByEmail(
  workshopId: string,
  actorId: string,
  input: EmailInvitationInput,
): Promise<EmailInvitationReply> {
  const reply = await prisma.$transaction(async (tx) => {
    const delegation = input.delegationId
      ? await tx.delegation.findFirst({ where: { id: input.delegationId, workshopId }, select: { name: true } })
      : null;
    if (input.delegationId && !delegation)
      throw new DomainError("errors.checkFields", { delegationId: "errors.invalid" });
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
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
    for (const email of emailed) {
      const token = newInvitationToken();
      const invitation = await tx.invitation.create({
        data: {
          workshopId,
          tokenHash: hashInvitationToken(token),
          role: input.role,
          delegationId: input.delegationId ?? null,
          note: input.note,
          email,
          locale: input.locale === "zh-CN" ? "zh_CN" : "en",
          createdById: actorId,
          expiresAt,
        },
        select: { id: true },
      });
      await sendInvitation(tx, { invitationId: invitation.id, token, locale: input.locale });
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
