import "server-only";
import { prisma, Prisma, type Tx } from "@/lib/db/client";
import { toDbLocale, type Locale } from "@/lib/i18n/locales";
import { appendEvent } from "@/lib/live/events";
import type { RenderedMail } from "./render";

// The outbox's writes. A mutation that sends mail calls enqueueMail inside its own transaction, so
// the message exists if and only if the change does; the worker (worker.ts) delivers it.

export interface OutgoingMail extends RenderedMail {
  kind: "invitation" | "passwordReset" | "notification" | "digest";
  to: string;
  locale: Locale;
  invitationId?: string;
  /** Where a mail client's one-click unsubscribe posts (RFC 8058). */
  unsubscribeUrl?: string;
}

export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<void> {
  await enqueueMails(tx, [mail]);
}

/** Many messages in one statement: a ballot opening before a room of hundreds writes them all
 * while its transaction holds the workshop's row, so round trips count. */
export async function enqueueMails(tx: Tx, mails: OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.outboxMessage.createMany({
    data: mails.map((mail) => ({
      kind: mail.kind,
      to: mail.to,
      locale: toDbLocale(mail.locale),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      invitationId: mail.invitationId ?? null,
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
    })),
  });
}

export interface ClaimedMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
  unsubscribeUrl: string | null;
}

/**
 * Claims up to `limit` due messages for this worker until `leaseMs` from now, in one statement:
 * `FOR UPDATE SKIP LOCKED` lets workers on several instances claim side by side without waiting
 * for each other, and none claims a row another has claimed. A claim whose lease ran out (its
 * instance died mid-send) is due again.
 */
export async function claimDueMessages(limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
  return prisma.$queryRaw<ClaimedMessage[]>(Prisma.sql`
    UPDATE "OutboxMessage" SET "status" = 'SENDING', "attempts" = "attempts" + 1,
      "lockedUntil" = now() + ${leaseMs} * interval '1 millisecond'
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= now())
         OR ("status" = 'SENDING' AND "lockedUntil" < now())
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "html", "attempts", "unsubscribeUrl"`);
}

/** Delivered: the body (which may hold a secret link) is erased; the subject stays as a record. */
export async function markSent(id: string): Promise<void> {
  await settle(id, { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null, text: "", html: "" });
}

/** Not delivered: tried again after `retryInMs`, or given up for good when it is null. */
export async function markFailed(id: string, error: string, retryInMs: number | null): Promise<void> {
  const lastError = error.slice(0, 500);
  await settle(
    id,
    retryInMs === null
      ? { status: "FAILED", lockedUntil: null, lastError, text: "", html: "" }
      : { status: "PENDING", lockedUntil: null, lastError, nextAttemptAt: new Date(Date.now() + retryInMs) },
  );
}

/** Writes the outcome; an invitation's final outcome is also an event, so the facilitator's
 * members page shows "delivered" or "failed" as it happens. */
async function settle(id: string, data: Prisma.OutboxMessageUpdateInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const message = await tx.outboxMessage.update({
      where: { id },
      data,
      select: { status: true, invitation: { select: { id: true, workshopId: true } } },
    });
    if (!message.invitation || (message.status !== "SENT" && message.status !== "FAILED")) return;
    await appendEvent(tx, {
      workshopId: message.invitation.workshopId,
      actorId: null,
      type: "invitation.delivery",
      payload: { invitationId: message.invitation.id, status: message.status },
    });
  });
}

/** Settled messages older than `days` go (their bodies were erased when they settled; an
 * invitation's delivery is in the event log). Answers how many. */
export async function pruneSettled(days = 30): Promise<number> {
  const { count } = await prisma.outboxMessage.deleteMany({
    where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: new Date(Date.now() - days * 24 * 3600_000) } },
  });
  return count;
}
