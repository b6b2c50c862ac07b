// A production `next start` on the bench database (built first if the build is stale).
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "@/lib/db/temporary-database";
import { build, buildIsStale } from "../support/build";
import { sleep, type BenchContext } from "./stats";

export async function startAppServer({ root, databaseUrl }: BenchContext): Promise<{ baseUrl: string; stop(): void }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "bench-secret",
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    LOG_LEVEL: "warn",
  };
  if (buildIsStale(root)) build(root, env);
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      env,
      stdio: "ignore",
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
      return { baseUrl, stop: () => server.kill("SIGTERM") };
    await sleep(200);
  }
  server.kill("SIGTERM");
  throw new Error("server did not start");
}
