// Mail (issue 17): the outbox worker's send throughput to the local SMTP server (the mail
// catcher, a real SMTP server in this process), against a floor measured in the same run:
// nodemailer sending the same messages straight to it, with no database. Then a ballot's
// "closes in 1 hour" moment with 1,000 voters: how long until their reminders are written and
// until every one is delivered. (In a running app the scheduler looks every 30 s, so a reminder
// can start up to that late; that wait is not measured here.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startMailCatcher } from "@/lib/mail/catcher";
import { enqueueMail } from "@/lib/mail/mutations";
import { createTransport, deliverDue } from "@/lib/mail/worker";
import { runDueReminders } from "@/lib/notifications/reminder-mutations";
import type { BenchContext } from "./stats";

const MESSAGES = 1000;
const VOTERS = 1000;

function caught(dir: string): number {
  return fs.readdirSync(dir).filter((name) => name.endsWith(".eml")).length;
}

async function drain(transport: ReturnType<typeof createTransport>): Promise<void> {
  while ((await deliverDue(transport, { batch: 100 })).claimed > 0);
}

export async function benchMail({ prisma }: BenchContext): Promise<void> {
  // Unsubscribe links are signed with the session secret.
  process.env.NEXTAUTH_SECRET ??= "bench-secret";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-bench-mail-"));
  const catcher = await startMailCatcher({ dir });
  const transport = createTransport(catcher.url);
  const body = { subject: "Bench", text: "Hello\n".repeat(20), html: `<p>${"Hello ".repeat(20)}</p>` };
  try {
    // Floor: the same SMTP work with no outbox, 50 at a time over the same pooled transport.
    let started = performance.now();
    for (let i = 0; i < MESSAGES; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => transport.sendMail({ to: `floor${i + k}@bench.test`, ...body })),
      );
    }
    const floor = MESSAGES / ((performance.now() - started) / 1000);

    // The outbox: written in transactions of 100 (as an invitation to many would), then drained.
    for (let i = 0; i < MESSAGES; i += 100) {
      await prisma.$transaction(async (tx) => {
        for (let k = 0; k < 100; k++)
          await enqueueMail(tx, { kind: "notification", to: `outbox${i + k}@bench.test`, locale: "en", ...body });
      });
    }
    started = performance.now();
    await drain(transport);
    const outbox = MESSAGES / ((performance.now() - started) / 1000);
    console.log(
      `mail: outbox worker ${outbox.toFixed(0)} messages/s to the local SMTP server ` +
        `(floor, nodemailer alone: ${floor.toFixed(0)} messages/s; ${MESSAGES} messages each)`,
    );

    // A ballot closing in an hour, 1,000 voters with the default 60-minute lead time.
    const workshop = await prisma.workshop.findFirstOrThrow({ select: { id: true } });
    const delegation = await prisma.delegation.findFirstOrThrow({ where: { workshopId: workshop.id } });
    const chair = await prisma.membership.findFirstOrThrow({ where: { workshopId: workshop.id, role: "FACILITATOR" } });
    const users = await prisma.user.createManyAndReturn({
      data: Array.from({ length: VOTERS }, (_, i) => ({
        email: `voter${i}@bench.test`,
        name: `Voter ${i}`,
        passwordHash: "bench",
      })),
      select: { id: true },
    });
    await prisma.membership.createMany({
      data: users.map((u) => ({
        workshopId: workshop.id,
        userId: u.id,
        role: "DELEGATE" as const,
        delegationId: delegation.id,
      })),
    });
    const now = new Date();
    await prisma.ballot.create({
      data: {
        workshopId: workshop.id,
        title: "Bench ballot",
        method: "PLURALITY",
        status: "OPEN",
        openedAt: now,
        closesAt: new Date(now.getTime() + 60 * 60_000),
        createdById: chair.userId,
      },
    });
    const before = caught(dir);
    started = performance.now();
    const reminded = await runDueReminders(now);
    const written = performance.now() - started;
    await drain(transport);
    const delivered = performance.now() - started;
    console.log(
      `mail: ballot closing in 1 hour, ${reminded} voters reminded: notifications and messages written in ` +
        `${written.toFixed(0)} ms, all ${caught(dir) - before} reminders delivered ${(delivered / 1000).toFixed(1)} s ` +
        `after the moment`,
    );
  } finally {
    transport.close();
    await catcher.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
