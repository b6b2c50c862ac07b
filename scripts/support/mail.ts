// Mail for `npm start` / `npm run dev` and the e2e server: the configured SMTP_URL, or else the local
// mail catcher (lib/mail/catcher.ts), which keeps every message for the development mailbox page.
import { startMailCatcher } from "@/lib/mail/catcher";

export interface PreparedMail {
  /** What the Next.js server needs in its environment. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function prepareMail(dir: string): Promise<PreparedMail> {
  if (process.env.SMTP_URL) {
    console.log(`mail: sent through SMTP_URL (${new URL(process.env.SMTP_URL).host})`);
    return { env: {}, stop: async () => {} };
  }
  const catcher = await startMailCatcher({ dir, port: Number(process.env.MAIL_CATCHER_PORT) || 0 });
  console.log(`mail: caught locally (${catcher.url}), read it at /dev/mailbox; set SMTP_URL to send real mail`);
  return { env: { SMTP_URL: catcher.url, MAIL_CATCHER_DIR: catcher.dir }, stop: catcher.stop };
}
