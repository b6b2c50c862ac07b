import "server-only";
import type { DigestFrequency } from "@/lib/db/generated/enums";
import { prisma, Prisma } from "@/lib/db/client";
import { fromDbLocale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { appUrl } from "@/lib/mail/config";
import { enqueueMail } from "@/lib/mail/mutations";
import { renderMail } from "@/lib/mail/render";
import { wakeMailWorker } from "@/lib/mail/worker";
import { digestSections, type DigestRow } from "./digest";
import { unsubscribeLinks } from "./unsubscribe-token";

// Daily and weekly digests of what changed in a person's workshops. Every instance looks for due
// digests (scheduler.ts); a person's digest is claimed by moving their `digestSentAt` in the same
// transaction that writes it, so two instances never send one twice.

const PERIOD_MS: Record<Exclude<DigestFrequency, "NEVER">, number> = {
  DAILY: 24 * 3600_000,
  WEEKLY: 7 * 24 * 3600_000,
};
const BATCH = 200;

/** Writes the due digests (a person with nothing new gets none, and the next period starts).
 * Answers how many were sent. */
export async function runDueDigests(now = new Date()): Promise<number> {
  let sent = 0;
  for (const frequency of ["DAILY", "WEEKLY"] as const) {
    const since = new Date(now.getTime() - PERIOD_MS[frequency]);
    const due = await prisma.user.findMany({
      where: { digest: frequency, OR: [{ digestSentAt: null }, { digestSentAt: { lte: since } }] },
      select: { id: true, email: true, locale: true, digestSentAt: true },
      take: BATCH,
    });
    for (const user of due) {
      sent += await prisma.$transaction(async (tx) => {
        const { count } = await tx.user.updateMany({
          where: { id: user.id, digestSentAt: user.digestSentAt },
          data: { digestSentAt: now },
        });
        if (count === 0) return 0; // another instance took it
        // A first digest covers one period, not the whole history.
        const from = user.digestSentAt ?? since;
        const rows = await tx.$queryRaw<DigestRow[]>(Prisma.sql`
          SELECT w."id" AS "workshopId", w."title", w."slug", e."type", count(*)::int AS "count"
          FROM "Membership" m
          JOIN "Workshop" w ON w."id" = m."workshopId"
          JOIN "Event" e ON e."workshopId" = w."id"
            AND e."createdAt" > (${from.toISOString()}::timestamptz AT TIME ZONE 'UTC')
            AND e."createdAt" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
            -- A delegation's private events reach only its members, here as in the live room.
            AND (e."audienceDelegationId" IS NULL OR e."audienceDelegationId" = m."delegationId")
          WHERE m."userId" = ${user.id}
          GROUP BY w."id", w."title", w."slug", e."type"
          ORDER BY w."title"`);
        if (rows.length === 0) return 0;
        const locale = fromDbLocale(user.locale);
        const t = createTranslator(locale);
        const unsubscribe = unsubscribeLinks(user.id, "DIGEST");
        const sections = digestSections(t, rows);
        const mail = renderMail(
          {
            subject: t(`digest.subject${frequency}`),
            heading: t(`digest.subject${frequency}`),
            paragraphs: sections.map(
              (s) => `${s.workshop}: ${s.lines.join(t("common.listSeparator"))}. ${appUrl(`/w/${s.slug}`)}`,
            ),
            footer: [t("digest.why"), t("mail.notification.unsubscribe", { url: unsubscribe.page })],
          },
          locale,
        );
        await enqueueMail(tx, {
          ...mail,
          kind: "digest",
          to: user.email,
          locale,
          unsubscribeUrl: unsubscribe.oneClick,
        });
        return 1;
      });
    }
  }
  if (sent > 0) wakeMailWorker();
  return sent;
}
