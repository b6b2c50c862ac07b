// Errors that mean PostgreSQL could not be reached or went away mid-request (stopped, restarting,
// out of connections): nothing was written, and the user is told so in plain words
// (`errors.databaseUnavailable`) rather than "something went wrong", so a voter knows the vote did
// not count and can cast it again once the database is back.
//
// A connection that breaks after PostgreSQL committed but before the answer arrived would be
// reported the same way; every mutation a user repeats after this message is idempotent for the
// user (a vote replaces the voter's vote), so "try again" is always safe advice.

/** SQLSTATE class 08 (connection exception), shutdown and start-up states, too many connections. */
const UNAVAILABLE_STATES = /^(08...|57P01|57P02|57P03|53300)$/;
/** Kinds of Prisma's driver-adapter errors that mean the same. */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Prisma's own codes: can't reach, timed out, server closed the connection, pool timeout. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** node-postgres and Node's socket errors, for the code that talks to pg directly. */
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
      cause?: unknown;
    };
    const adapter = candidate.meta?.driverAdapterError?.cause;
    if (typeof adapter?.kind === "string" && UNAVAILABLE_KINDS.has(adapter.kind)) return true;
    if (typeof adapter?.originalCode === "string" && UNAVAILABLE_STATES.test(adapter.originalCode)) return true;
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_STATES.test(code))
      return true;
    const message = typeof candidate.message === "string" ? candidate.message : "";
    if (UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
    current = candidate.cause;
  }
  return false;
}
