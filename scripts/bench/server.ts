// A production `next start` on the bench database (built first if the build is stale).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { freePort } from "@/lib/db/temporary-database";
import { build, buildIsStale } from "../support/build";
import { nextServerArgs } from "../support/next-server";
import { sleep, type BenchContext } from "./stats";

/** The server's NEXTAUTH_SECRET: sections may mint session cookies with it. */
export const BENCH_SECRET = "bench-secret";

// With `exposeGc`, SIGUSR2 runs a full garbage collection in the server (for memory figures).
const GC_ON_SIGUSR2 = `data:text/javascript,process.on("SIGUSR2", () => globalThis.gc())`;

export async function startAppServer(
  { root, databaseUrl }: BenchContext,
  { exposeGc = false }: { exposeGc?: boolean } = {},
): Promise<{ baseUrl: string; pid: number; stop(): void }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: BENCH_SECRET,
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    LOG_LEVEL: "warn",
  };
  if (buildIsStale(root)) build(root, env);
  const server = spawn(
    process.execPath,
    [
      ...(exposeGc ? ["--expose-gc", "--import", GC_ON_SIGUSR2] : []),
      // BENCH_PROFILE=dir: the server writes a CPU profile there when it stops.
      ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      // BENCH_HEAP=dir: the server writes a heap snapshot there on SIGUSR1 (the room part sends it
      // once every participant is connected), to see what a connected participant holds.
      ...(process.env.BENCH_HEAP
        ? ["--heapsnapshot-signal=SIGUSR1", `--diagnostic-dir=${process.env.BENCH_HEAP}`]
        : []),
      ...nextServerArgs(root, port),
    ],
    {
      cwd: root,
      env,
      // BENCH_SERVER_LOG=file: the server's output is appended there (warnings and errors).
      stdio: process.env.BENCH_SERVER_LOG
        ? ["ignore", fs.openSync(process.env.BENCH_SERVER_LOG, "a"), fs.openSync(process.env.BENCH_SERVER_LOG, "a")]
        : "ignore",
    },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${baseUrl}/sign-in`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { baseUrl, pid: server.pid!, stop: () => server.kill("SIGTERM") };
    await sleep(200);
  }
  server.kill("SIGTERM");
  throw new Error("server did not start");
}
