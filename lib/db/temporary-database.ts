// A throw-away PostgreSQL for tests and benchmarks: an embedded server in a fresh temp folder on a
// free port, removed by dispose(). Not for the app (which uses resolve-database.ts).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface TemporaryDatabase {
  url: string;
  adminUrl: string;
  dispose(): Promise<void>;
}

export async function startTemporaryDatabase(prefix = "roundtable-tmp-"): Promise<TemporaryDatabase> {
  const { startEmbeddedPostgres } = await import("./embedded");
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
