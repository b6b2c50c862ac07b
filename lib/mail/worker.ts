import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { log } from "@/lib/server/log";
import { defaultRetryPolicy, retryDelay, type RetryPolicy } from "./backoff";
import { mailFrom, smtpUrl } from "./config";
import { claimDueMessages, markFailed, markSent } from "./mutations";

// The outbox worker. Every app instance runs one (instrumentation.ts): it claims due messages
// (several instances never claim the same one), hands them to the SMTP server, and records the
// outcome: delivered (the body erased), tried again later with back-off, or failed for good.
//
// Delivery is at least once: an instance that dies after the SMTP server accepted a message but
// before it recorded so leaves the claim to expire, and the message is sent again.

export interface DeliveryOptions {
  batch?: number;
  leaseMs?: number;
  retry?: RetryPolicy;
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

export function createTransport(url: string): Transporter {
  const parsed = new URL(url);
  // One pool of connections per instance, reused across messages; 10 side by side (nodemailer's 5
  // halved the throughput to the local server: npm run bench -- mail). SMTP_URL's own
  // ?maxConnections= wins, for a server that allows fewer.
  if (!parsed.searchParams.has("pool")) parsed.searchParams.set("pool", "true");
  if (!parsed.searchParams.has("maxConnections")) parsed.searchParams.set("maxConnections", "10");
  return nodemailer.createTransport(parsed.toString(), { from: mailFrom() });
}

/** One round: claims due messages and sends them side by side. */
export async function deliverDue(transport: Transporter, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { batch = 50, leaseMs = 120_000, retry = defaultRetryPolicy } = options;
  const claimed = await claimDueMessages(batch, leaseMs);
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (message) => {
      try {
        await transport.sendMail({
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          ...(message.unsubscribeUrl && {
            headers: {
              "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
          }),
        });
      } catch (error) {
        // A permanent refusal (5xx: no such mailbox) will not change by waiting.
        const code = (error as { responseCode?: number }).responseCode;
        const delay = code !== undefined && code >= 500 ? null : retryDelay(message.attempts, retry);
        await markFailed(message.id, error instanceof Error ? error.message : String(error), delay);
        report[delay === null ? "failed" : "retrying"]++;
        log("warn", "mail.notDelivered", {
          messageId: message.id,
          attempts: message.attempts,
          retryInMs: delay,
          error,
        });
        return;
      }
      await markSent(message.id);
      report.sent++;
    }),
  );
  return report;
}

const POLL_MS = Number(process.env.MAIL_POLL_MS) || 2_000;

class MailWorker {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(private readonly transport: Transporter) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => this.stop());
  }

  /** Soon, rather than at the next poll: a message was just written on this instance. */
  wake(): void {
    this.schedule(0);
  }

  schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        const report = await deliverDue(this.transport);
        if (report.claimed > 0) this.again = true;
      } while (this.again && !this.stopped);
    } catch (error) {
      // The database is away: the next poll tries again; nothing was lost.
      log("warn", "mail.workerRound", { error });
    } finally {
      this.running = false;
      this.schedule(POLL_MS);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.transport.close();
  }
}

const globalForWorker = globalThis as unknown as { roundtableMailWorker?: MailWorker | null };

/** Starts this instance's worker once; without SMTP_URL there is none (messages wait). */
export function startMailWorker(): void {
  if (globalForWorker.roundtableMailWorker !== undefined) return;
  const url = smtpUrl();
  if (!url) {
    globalForWorker.roundtableMailWorker = null;
    log("warn", "mail.disabled", { reason: "SMTP_URL is not set: messages wait in the outbox" });
    return;
  }
  const worker = new MailWorker(createTransport(url));
  globalForWorker.roundtableMailWorker = worker;
  worker.schedule(0);
}

export function wakeMailWorker(): void {
  globalForWorker.roundtableMailWorker?.wake();
}
