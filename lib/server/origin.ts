import "server-only";
import { headers } from "next/headers";

// The origin people reach this app at, for links shown to be typed or scanned elsewhere (the join
// QR code). The configured NEXTAUTH_URL wins; without it, the request's Host header and the
// scheme a proxy reports.

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

function configuredOrigin(): string | null {
  const configured = process.env.NEXTAUTH_URL;
  if (!configured) return null;
  try {
    const url = new URL(configured);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

export async function requestOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const h = await headers();
  const host = h.get("host") ?? "";
  const forwarded = h.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const protocol = forwarded === "https" || forwarded === "http" ? forwarded : "http";
  return `${protocol}://${HOST.test(host) ? host : "localhost"}`;
}
