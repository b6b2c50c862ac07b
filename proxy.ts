import { NextResponse, type NextRequest } from "next/server";
import { log } from "@/lib/server/log";

/**
 * Sets a strict Content-Security-Policy with a fresh nonce per request. Next.js reads the policy
 * from the request headers and puts the nonce on its own scripts, so no inline script without it
 * can run.
 */
export async function proxy(request: NextRequest) {
  // A NUL or another control character in a path names nothing: every route would pass it on to
  // a query that PostgreSQL refuses; a broken percent-encoding (`%`, `%FF`) makes Next.js's own
  // decoding of the route's parameters throw. Not found, before any of it runs.
  if (!usablePath(request.nextUrl.pathname)) return new NextResponse(null, { status: 404 });
  const refused = refusedActionRequest(request) ?? (await unreadableActionBody(request));
  if (refused) {
    log("warn", "server action request refused", { status: refused, path: request.nextUrl.pathname });
    return new NextResponse(null, { status: refused });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return withTransportSecurity(request, NextResponse.next());
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes carry data-driven colours (delegation swatches).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The page asked for, so that a signed-out visitor comes back to it after signing in
  // (requireUser in lib/auth/session.ts), e.g. /join?code=… from a QR code.
  requestHeaders.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(request, response);
}

/**
 * Served over https (directly, or behind a proxy that says so in X-Forwarded-Proto), browsers are
 * told to use nothing else for a year. Over plain http the header is not sent (browsers would
 * ignore it anyway), so `npm start` on a laptop is unaffected.
 */
function withTransportSecurity(request: NextRequest, response: NextResponse): NextResponse {
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? request.nextUrl.protocol.replace(":", "");
  if (proto === "https") response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

/** A server action's id as Next.js writes it (42 hex digits). */
const ACTION_ID = /^[0-9a-f]{42}$/;
/** The server-action body limit (next.config.ts), in bytes. */
const ACTION_BODY_LIMIT = 6 * 1024 * 1024;

/**
 * A server-action request crafted by hand that Next.js would refuse anyway, but with an
 * error-level log line (or a 500, for a foreign Origin): answered here with its proper status and
 * one warn-level line, so that a flood of them cannot fill the error log. Returns the status, or
 * null for a request that is not an action or may go on.
 */
function refusedActionRequest(request: NextRequest): 400 | 403 | 413 | null {
  const action = request.headers.get("next-action");
  if (request.method !== "POST" || action === null) return null;
  if (!ACTION_ID.test(action)) return 400;
  // Same-origin only (Next.js's own CSRF rule; it answers a foreign Origin with a 500).
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && (origin === "null" || hostOf(origin) !== host)) return 403;
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return 413;
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * A server action's arguments arrive as React encodes them: a JSON array (text/plain), or a form
 * (multipart) when one of them is a FormData. Anything else makes Next.js's decoding throw, which
 * it answers 500 with an error-level log: refused here as 400 instead. Only action requests are
 * read (the clone leaves the body to Next.js), and they are at most the 6 MB limit above.
 */
async function unreadableActionBody(request: NextRequest): Promise<400 | null> {
  if (request.method !== "POST" || request.headers.get("next-action") === null) return null;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      await request.clone().formData();
      return null;
    }
    const args: unknown = JSON.parse(await request.clone().text());
    return Array.isArray(args) && plainArguments(args, 0) ? null : 400;
  } catch {
    return 400;
  }
}

/** React escapes a string that starts with `$` as `$$…`; other `$` strings are references. In a
 * text/plain body only these stand for values (undefined, NaN, ±Infinity, -0, a Date): any other
 * points at a part the body does not have, and Next.js logs an error decoding it. Arguments of
 * ours are flat; 32 levels is far beyond any (and keeps React's recursive decoding off the stack
 * limit). */
const VALUE_REFERENCE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D)/;

function plainArguments(value: unknown, depth: number): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || VALUE_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every((item) => plainArguments(item, depth + 1));
  if (value !== null && typeof value === "object")
    return Object.values(value).every((item) => plainArguments(item, depth + 1));
  return true;
}

const UNUSABLE_PATH = /[\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f)/i;

function usablePath(pathname: string): boolean {
  if (UNUSABLE_PATH.test(pathname)) return false;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    // API routes only for the path check above (their responses carry no page, so no policy).
    "/api/:path*",
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
