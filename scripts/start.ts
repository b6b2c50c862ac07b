// `npm start` (production build) and `npm run dev` (`--dev`): database up, migrated and seeded,
// then Next.js. Ctrl-C stops Next.js and then the embedded database, cleanly.
import { spawn } from "node:child_process";
import { networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import { build, buildIsStale } from "./support/build";
import { prepareDatabase } from "./support/database";
import { prepareMail } from "./support/mail";
import { nextServerArgs } from "./support/next-server";
import { ensureAuthSecret } from "./support/secrets";

const root = fileURLToPath(new URL("..", import.meta.url));
const dev = process.argv.includes("--dev");
const started = Date.now();

const seed = process.env.ROUNDTABLE_SEED !== "0";
const database = await prepareDatabase({ seed });
const mail = await prepareMail(`${root}/.data/mail`);
const port = process.env.PORT ?? "3000";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: ensureAuthSecret(root),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  ...mail.env,
  // The demo is loaded: the sign-in page says which accounts it has (app/(auth)/sign-in/page.tsx).
  ...(seed ? { ROUNDTABLE_DEMO: "1" } : {}),
};

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await mail.stop().catch(() => {});
    await database.stop().catch(() => {});
  }
  process.exit(code);
}

try {
  if (!dev && buildIsStale(root)) build(root, { ...env, NODE_ENV: "production" });
} catch (error) {
  console.error(String(error));
  await shutdown(1);
}

const next = spawn(process.execPath, nextServerArgs(root, port, dev ? "dev" : "start"), {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
next.stdout.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (text.includes("Ready")) {
    console.log(
      `Roundtable is ready on ${env.NEXTAUTH_URL} (${((Date.now() - started) / 1000).toFixed(1)} s after start)`,
    );
    // Next.js listens on every interface: phones and laptops on the same network reach it here.
    for (const address of lanAddresses())
      console.log(`From another device in the room (same network): http://${address}:${port}`);
  }
});

/** This machine's IPv4 addresses on its networks (not the loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((nic) => nic !== undefined && nic.family === "IPv4" && !nic.internal)
    .map((nic) => nic!.address);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // A terminal's Ctrl-C reaches the whole process group (tsx forwards it too): act once.
  process.once(signal, () => {
    console.log(`\n${signal}: stopping Roundtable…`);
    next.kill("SIGTERM");
    process.on(signal, () => {});
  });
}
next.on("exit", (code) => void shutdown(stopping ? 0 : (code ?? 0)));
