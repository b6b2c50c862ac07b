// Where mail goes and what it links to. SMTP_URL names the server (smtp://user:pass@host:587,
// smtps://… for TLS); `npm start` without it runs the local mail catcher (lib/mail/catcher.ts)
// and sets it. MAIL_FROM is the sender; links are absolute from NEXTAUTH_URL.

export function smtpUrl(): string | null {
  return process.env.SMTP_URL || null;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Roundtable <roundtable@localhost>";
}

/** An absolute link into the app, for a message read outside it. */
export function appUrl(path: string): string {
  return new URL(path, process.env.NEXTAUTH_URL || "http://localhost:3000").toString();
}

/** The local catcher's folder, set only when the app runs with it: the development mailbox page
 * exists only then. */
export function mailCatcherDir(): string | null {
  return process.env.MAIL_CATCHER_DIR || null;
}
