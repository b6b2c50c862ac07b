import "server-only";
import { headers } from "next/headers";

/** The client's address. Our servers rewrite X-Forwarded-For before Next.js reads it
 * (scripts/support/forwarded.mjs): one address, the socket's or the one the configured proxies
 * vouch for (TRUSTED_PROXY_HOPS), never one the client chose. The last entry is taken in case an
 * unconfigured server passes a list. */
export function clientAddress(forwardedFor: unknown): string {
  const value = typeof forwardedFor === "string" ? forwardedFor : "";
  const last = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last ?? "unknown";
}

/** The address of the request a server action or page is answering; "unknown" when the code runs
 * outside a request (a script, an integration test calling a declared action). */
export async function requestAddress(): Promise<string> {
  try {
    return clientAddress((await headers()).get("x-forwarded-for"));
  } catch {
    return "unknown";
  }
}
