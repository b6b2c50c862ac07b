import "server-only";
import { prisma, Prisma } from "@/lib/db/client";
import { settleDueBallots } from "@/lib/ballots/ballot-mutations";
import { log } from "@/lib/server/log";
import { notify } from "./mutations";

// Reminders that depend on the clock, not on anyone's click. Every instance runs them
// (scheduler.ts); the notifications' unique key (person, "ballot-closing:<id>") makes a reminder
// once per person however many instances find it due at the same moment.

interface DueReminder {
  ballotId: string;
  workshopId: string;
  title: string;
  /** The moment reminded of. */
  at: Date;
  userIds: string[];
}

/** One round: ballots whose times have passed open or close (their voters are told as they open),
 * and every voter whose lead time before a ballot opens or closes has come is reminded. Answers
 * how many people were reminded. */
export async function runDueReminders(now = new Date()): Promise<number> {
  const settling = await prisma.ballot.findMany({
    where: {
      OR: [
        { status: "DRAFT", opensAt: { lte: now } },
        { status: "OPEN", closesAt: { lte: now } },
      ],
    },
    distinct: ["workshopId"],
    select: { workshopId: true },
  });
  for (const { workshopId } of settling) {
    await settleDueBallots(workshopId).catch((error: unknown) =>
      log("warn", "reminders: settle failed", { workshopId, error }),
    );
  }

  let reminded = 0;
  for (const moment of MOMENTS) reminded += await remindBefore(moment, now);
  return reminded;
}

/** A ballot's moment a reminder comes before: its opening (a draft with a time) or its closing. */
const MOMENTS = [
  { kind: "BALLOT_OPENING", status: "DRAFT", column: "opensAt", key: "ballot-opening" },
  { kind: "BALLOT_CLOSING", status: "OPEN", column: "closesAt", key: "ballot-closing" },
] as const;

/** Reminds every voter whose lead time before the moment has come, once each. */
async function remindBefore(moment: (typeof MOMENTS)[number], now: Date): Promise<number> {
  // The columns hold UTC without a zone (Prisma's TIMESTAMP(3)): compare with `now` as such.
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const time = Prisma.raw(`b."${moment.column}"`);
  const due = await prisma.$queryRaw<DueReminder[]>(Prisma.sql`
    SELECT b."id" AS "ballotId", b."workshopId", b."title", ${time} AS "at", array_agg(m."userId") AS "userIds"
    FROM "Ballot" b
    JOIN "Membership" m ON m."workshopId" = b."workshopId"
      AND m."role" IN ('LEAD_DELEGATE', 'DELEGATE') AND m."delegationId" IS NOT NULL
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN "NotificationPreference" p ON p."userId" = m."userId" AND p."kind"::text = ${moment.kind}
    WHERE b."status"::text = ${moment.status} AND ${time} > ${at}
      AND ${time} <= ${at} + u."reminderLeadMinutes" * interval '1 minute'
      AND (coalesce(p."inApp", TRUE) OR coalesce(p."email", TRUE))
      AND NOT EXISTS (
        SELECT 1 FROM "Notification" n WHERE n."userId" = m."userId" AND n."dedupeKey" = ${`${moment.key}:`} || b."id")
    GROUP BY b."id"`);
  let reminded = 0;
  for (const ballot of due) {
    const minutes = Math.max(1, Math.ceil((ballot.at.getTime() - now.getTime()) / 60_000));
    reminded += await prisma.$transaction((tx) =>
      notify(tx, {
        workshopId: ballot.workshopId,
        kind: moment.kind,
        userIds: ballot.userIds,
        params: { ballot: ballot.title, count: minutes },
        page: `ballots/${ballot.ballotId}`,
        dedupeKey: `${moment.key}:${ballot.ballotId}`,
      }),
    );
  }
  return reminded;
}
