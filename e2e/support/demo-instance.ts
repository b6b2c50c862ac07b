// A spec's own copy of the demo: a temporary embedded PostgreSQL, migrated and seeded with the
// demo, served by an app instance of its own. For specs that must not share the e2e server's
// database: one that stops PostgreSQL, one that changes the demo accounts' languages.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { startTemporaryDatabase, type TemporaryDatabase } from "../../lib/db/temporary-database";
import { startInstance, type AppInstance } from "./instance";

export interface DemoInstance {
  database: TemporaryDatabase;
  instance: AppInstance;
  /** Runs one statement on the demo's database (setting a language, finding an id). */
  query<Row extends object>(sql: string, values?: unknown[]): Promise<Row[]>;
  dispose(): Promise<void>;
}

export async function startDemoInstance(prefix: string): Promise<DemoInstance> {
  const database = await startTemporaryDatabase(prefix);
  // The seed script migrates and loads the demo (it needs the react-server condition, which a
  // Playwright worker does not run with).
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/seed.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: "ignore",
  });
  // As `npm start` runs it: the sign-in page names the demo accounts.
  const instance = await startInstance({ databaseUrl: database.url, env: { ROUNDTABLE_DEMO: "1" } });
  return {
    database,
    instance,
    async query<Row extends object>(sql: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query<Row>(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    async dispose() {
      await instance.stop();
      await database.dispose();
    },
  };
}
