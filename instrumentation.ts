// Next.js calls register() once when a server instance starts: each instance runs its own outbox
// worker (lib/mail/worker.ts) and reminder scheduler (lib/notifications/scheduler.ts); several
// instances on one database share the work safely.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
  const { startReminderScheduler } = await import("@/lib/notifications/scheduler");
  startReminderScheduler();
}
