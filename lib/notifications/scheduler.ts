import "server-only";
import { log } from "@/lib/server/log";
import { pruneSettled } from "@/lib/mail/mutations";
import { runDueDigests } from "./digest-mutations";
import { runDueReminders } from "./reminder-mutations";

// Each instance looks for due reminders and digests every REMINDER_POLL_MS (30 s by default): a
// reminder comes at most that late. Rounds never overlap on one instance; across instances they are safe.
const POLL_MS = Number(process.env.REMINDER_POLL_MS) || 30_000;

const globalForScheduler = globalThis as unknown as { roundtableReminders?: NodeJS.Timeout };

export function startReminderScheduler(): void {
  if (globalForScheduler.roundtableReminders) return;
  let running = false;
  let prunedAt = 0;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      await runDueReminders();
      await runDueDigests();
      // Once an hour, the outbox forgets what it settled a month ago.
      if (Date.now() - prunedAt > 3600_000) {
        prunedAt = Date.now();
        await pruneSettled();
      }
    } catch (error) {
      log("warn", "reminders: round failed", { error });
    } finally {
      running = false;
    }
  };
  globalForScheduler.roundtableReminders = setInterval(() => void round(), POLL_MS).unref();
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => clearInterval(globalForScheduler.roundtableReminders));
}
