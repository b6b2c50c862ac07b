// Another `next start` against the E2E database, with the same session secret as the shared e2e
// server (playwright.config.ts keeps both in process.env). A spec that owns one may stop it, kill it
// (as a crash would) and start it again on the same port, without disturbing the shared server.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { freePort } from "../../lib/db/temporary-database";
import { nextServerArgs } from "../../scripts/support/next-server";

export interface AppInstance {
  baseURL: string;
  port: number;
  /** SIGTERM (SIGKILL after 10 s); resolves when the process has exited, saying whether it
   * had to be killed. */
  stop(): Promise<{ forced: boolean }>;
  /** Sends `signal` (default SIGKILL: a crash) to the whole process group and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on the same port (stopping it first if it still runs). */
  restart(): Promise<void>;
  /** What the server printed so far, for failure messages. */
  output(): string;
}

const READY_TIMEOUT_MS = 60_000;

export async function startInstance({
  port: fixedPort,
  databaseUrl = process.env.E2E_DATABASE_URL,
  env: extraEnv = {},
}: {
  port?: number;
  /** More environment for the server (ROUNDTABLE_DEMO=1, as `npm start` sets it). */
  env?: Record<string, string>;
  /** Another database than the shared e2e one (a spec that stops its database). */
  databaseUrl?: string;
} = {}): Promise<AppInstance> {
  const secret = process.env.E2E_NEXTAUTH_SECRET;
  if (!databaseUrl || !secret)
    throw new Error("E2E_DATABASE_URL / E2E_NEXTAUTH_SECRET are not set (see playwright.config.ts)");
  const port = fixedPort ?? (await freePort());
  const baseURL = `http://localhost:${port}`;
  const root = process.cwd();
  let output = "";
  let child: ChildProcess | null = null;

  const running = () => child !== null && child.exitCode === null && child.signalCode === null;
  // If the test process dies first, do not leave the server behind.
  const killOnExit = () => child && signal(child, "SIGKILL");

  const terminate = async (first: NodeJS.Signals): Promise<{ forced: boolean }> => {
    process.off("exit", killOnExit);
    const current = child;
    if (!current || !running()) return { forced: false };
    const exited = new Promise((resolve) => current.once("exit", resolve));
    let forced = false;
    signal(current, first);
    const timer =
      first === "SIGKILL"
        ? undefined
        : setTimeout(() => {
            forced = true;
            signal(current, "SIGKILL");
          }, 10_000);
    await exited;
    clearTimeout(timer);
    return { forced };
  };

  const launch = async () => {
    await waitForFreePort(port);
    output += `--- next start -p ${port} (${new Date().toISOString()}) ---\n`;
    // Its own process group, so that a signal reaches everything it started.
    const started: ChildProcess = spawn(process.execPath, nextServerArgs(root, port), {
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
        ...extraEnv,
      },
    });
    child = started;
    started.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    started.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    process.on("exit", killOnExit);

    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (started.exitCode !== null || started.signalCode !== null)
        throw new Error(
          `app instance on ${baseURL} exited early (${started.exitCode ?? started.signalCode}):\n${output}`,
        );
      try {
        const response = await fetch(`${baseURL}/sign-in`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await terminate("SIGTERM");
        throw new Error(`app instance did not answer on ${baseURL} within ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  await launch();
  return {
    baseURL,
    port,
    stop: () => terminate("SIGTERM"),
    kill: async (name = "SIGKILL") => void (await terminate(name)),
    restart: async () => {
      await terminate("SIGTERM");
      await launch();
    },
    output: () => output,
  };
}

/** A second instance on a free port (two instances behind a load balancer). */
export function startSecondInstance(): Promise<AppInstance> {
  return startInstance();
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, name);
  } catch {
    // already gone
  }
}

/** After a kill the port is free as soon as the process is gone; wait for it rather than fail. */
async function waitForFreePort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
    if (free) return;
    if (Date.now() > deadline) throw new Error(`port ${port} is still in use after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
