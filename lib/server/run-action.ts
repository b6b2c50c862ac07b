import "server-only";
import { headers } from "next/headers";
import { randomUUID } from "node:crypto";
import { badInputCode } from "./bad-input";
import { isDatabaseUnavailable } from "./database-unavailable";
import { DomainError, type ActionResult } from "./result";
import { log } from "./log";

/**
 * Wraps the body of every server action: expected failures (DomainError) become typed results,
 * anything else is logged with its context and shown to the user as a generic, translated error,
 * never as a stack trace.
 */
export async function runAction<T extends object>(
  name: string,
  body: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const started = Date.now();
  try {
    const result = await body();
    log("info", "action", {
      action: name,
      ok: result.ok,
      code: result.ok ? undefined : result.code,
      ms: Date.now() - started,
    });
    return result;
  } catch (error) {
    if (error instanceof DomainError) {
      log("info", "action", { action: name, ok: false, code: error.code, ms: Date.now() - started });
      return error.toResult();
    }
    // Next.js signals redirect()/notFound() by throwing; let them through.
    if (isNextControlFlow(error)) throw error;
    // Input the schemas let through but the database refuses (a NUL byte, a number beyond the
    // column): the caller's mistake, answered as such and logged as a warning, not an error.
    const bad = badInputCode(error);
    if (bad) {
      log("warn", "action refused bad input", { action: name, code: bad, ms: Date.now() - started });
      return { ok: false, code: bad };
    }
    // PostgreSQL stopped or unreachable: nothing was written, and the user is told so.
    if (isDatabaseUnavailable(error)) {
      log("warn", "action: database unavailable", { action: name, ms: Date.now() - started, error });
      return { ok: false, code: "errors.databaseUnavailable" };
    }
    const requestId = randomUUID();
    log("error", "action failed", { action: name, requestId, path: await referer(), error });
    return { ok: false, code: "errors.unexpected", detail: { requestId } };
  }
}

/** The page the action was sent from, for the log; none outside a request (a test, a script). */
async function referer(): Promise<string | null> {
  try {
    return (await headers()).get("referer");
  } catch {
    return null;
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND")
  );
}
