// Global setup of the `integration` Vitest project: one fresh, migrated database for the run.
// - With DATABASE_URL: creates `roundtable_test_<random>` on that server (its user needs CREATEDB)
//   and drops it afterwards. The database named in DATABASE_URL is never touched.
// - Without: starts an embedded PostgreSQL in a new temp dir on a free port, removed afterwards.
//
// Tests should read the URL with `inject("databaseUrl")` from "vitest" (typed below). It is also
// put in process.env.DATABASE_URL, which test workers inherit, for code that reads the environment
// (lib/db/url.ts). `inject("adminUrl")` connects to the same server for CREATE/DROP DATABASE.
import crypto from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../lib/db/migrations";
import { startTemporaryDatabase } from "../lib/db/temporary-database";

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
  const database = serverUrl ? await createOnServer(serverUrl) : await startTemporaryDatabase("roundtable-test-");
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

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
