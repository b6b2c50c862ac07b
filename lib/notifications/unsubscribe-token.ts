import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { appUrl } from "@/lib/mail/config";
import { isUnsubscribeTarget, type UnsubscribeTarget } from "./kinds";

// The one-click unsubscribe link in each notification email: who and what, signed with the
// server's secret, so the link works without signing in and cannot be forged for someone else.
// It can only turn emails off.

function signature(body: string): string {
  return createHmac("sha256", authSecret()).update(`unsubscribe:${body}`).digest("base64url");
}

export function unsubscribeToken(userId: string, target: UnsubscribeTarget): string {
  const body = `${userId}.${target}`;
  return `${body}.${signature(body)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; target: UnsubscribeTarget } | null {
  const [userId, target, given, ...rest] = token.split(".");
  if (!userId || !target || !given || rest.length > 0 || !isUnsubscribeTarget(target)) return null;
  const expected = Buffer.from(signature(`${userId}.${target}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { userId, target };
}

/** An email's two unsubscribe links: the page its footer names (a button, since mail scanners open
 * links), and where a mail client's one-click unsubscribe posts (RFC 8058, List-Unsubscribe). */
export function unsubscribeLinks(userId: string, target: UnsubscribeTarget): { page: string; oneClick: string } {
  const token = unsubscribeToken(userId, target);
  return { page: appUrl(`/unsubscribe/${token}`), oneClick: appUrl(`/api/unsubscribe/${token}`) };
}
