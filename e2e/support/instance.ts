// A second `next start` on another free port against the E2E database, with the same session
// secret as the first (playwright.config.ts keeps both in process.env).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../lib/db/temporary-database";

export interface AppInstance {
  baseURL: string;
  stop(): Promise<void>;
}

export async function startSecondInstance(): Promise<AppInstance> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const secret = process.env.E2E_NEXTAUTH_SECRET;
  if (!databaseUrl || !secret)
    throw new Error("E2E_DATABASE_URL / E2E_NEXTAUTH_SECRET are not set (see playwright.config.ts)");
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const root = process.cwd();
  let output = "";
  // Its own process group, so that stop() reaches everything it started.
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
      },
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // If the test process dies first, do not leave the server behind.
  const killOnExit = () => signal(child, "SIGKILL");
  process.on("exit", killOnExit);

  const stop = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signal(child, "SIGTERM");
    const timer = setTimeout(() => signal(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`second instance exited early (code ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseURL}/sign-in`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`second instance did not answer on ${baseURL} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseURL, stop };
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, name);
  } catch {
    // already gone
  }
}
