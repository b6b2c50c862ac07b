// Errors that mean the request carried input no schema should have let through, found where the
// database refuses it: answered as bad input (a translated message, a warn-level log line), never
// as an unexpected failure. A safety net under the schemas, not a replacement for them.

import type { ErrorCode } from "./result";

/** PostgreSQL's "invalid byte sequence" (a NUL byte in text) and "value out of range" classes. */
const BAD_INPUT_CODES = new Set(["22021", "22P05", "22003", "22008", "22007"]);

/** The message key for a database error caused by bad input, or null for any other error. */
export function badInputCode(error: unknown): ErrorCode | null {
  const code = postgresCode(error);
  if (code === null || !BAD_INPUT_CODES.has(code)) return null;
  return code === "22021" || code === "22P05" ? "errors.invalidCharacters" : "errors.invalid";
}

/** The SQLSTATE of a PostgreSQL error, as Prisma's driver adapter reports it, or as pg does. */
function postgresCode(error: unknown): string | null {
  const adapter = (error as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } } | null)?.meta
    ?.driverAdapterError?.cause;
  const candidates = [
    // Prisma's driver adapter: `originalCode` is PostgreSQL's SQLSTATE for every kind of error.
    adapter?.originalCode,
    adapter?.code,
    (error as { code?: unknown } | null)?.code,
  ];
  const code = candidates.find((value) => typeof value === "string" && /^[0-9A-Z]{5}$/.test(value));
  return (code as string | undefined) ?? null;
}
