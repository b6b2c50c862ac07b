// `npm run bench`: measured figures, never asserted in tests. Loopback only, bounded in time.
//
// live fan-out: 200 SSE clients (one production `next start`, one fresh embedded PostgreSQL) are
// connected to the demo workshop; the benchmark commits phase changes through the same mutation
// the app uses and measures, per client, the time from the start of the committing call to the
// arrival of the event on the client's stream. Reports p50/p99/max over all deliveries.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { freePort, startTemporaryDatabase } from "@/lib/db/temporary-database";
import { DEMO_PASSWORD, DEMO_WORKSHOP_SLUG } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/demo";
import { build, buildIsStale } from "./support/build";
import { signInOverHttp } from "./support/session";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const root = fileURLToPath(new URL("..", import.meta.url));

const database = await startTemporaryDatabase("roundtable-bench-");
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: "bench-secret",
  NEXTAUTH_URL: baseUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
};
process.env.DATABASE_URL = database.url;
let server: ReturnType<typeof spawn> | undefined;

try {
  await applyMigrations(database.url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  await seedDemo(prisma);
  if (buildIsStale(root)) build(root, env);
  server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  await waitForServer(baseUrl);

  const cookie = await signInOverHttp(baseUrl, "facilitator@roundtable.demo", DEMO_PASSWORD);
  const workshop = await prisma.workshop.findUniqueOrThrow({ where: { slug: DEMO_WORKSHOP_SLUG } });
  const facilitator = await prisma.user.findUniqueOrThrow({ where: { email: "facilitator@roundtable.demo" } });

  const arrivals = new Map<number, number[]>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const connected = await Promise.all(
    Array.from({ length: CLIENTS }, () =>
      openClient(`${baseUrl}/api/w/${DEMO_WORKSHOP_SLUG}/events?after=${workshop.eventSeq}`, cookie, agent, arrivals),
    ),
  );
  console.log(`connected ${connected.length} SSE clients`);
  await sleep(1000); // let the burst of presence updates from 200 joins settle

  const { changePhase } = await import("@/lib/workshop/mutations");
  const latencies: number[] = [];
  const phases = ["SUBMIT", "ANALYSE"] as const;
  for (let i = 0; i < CHANGES; i++) {
    const started = performance.now();
    await changePhase(workshop.id, facilitator.id, phases[i % 2]!, phases[(i + 1) % 2]!);
    const seq = workshop.eventSeq + i + 1;
    const deadline = Date.now() + 5000;
    while ((arrivals.get(seq)?.length ?? 0) < CLIENTS && Date.now() < deadline) await sleep(2);
    const times = arrivals.get(seq) ?? [];
    if (times.length < CLIENTS) throw new Error(`event ${seq} reached ${times.length}/${CLIENTS} clients`);
    const these = times.map((t) => t - started);
    if (process.env.BENCH_VERBOSE) console.log(`  change ${i + 1}: max ${Math.max(...these).toFixed(1)} ms`);
    latencies.push(...these);
    await sleep(50);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  console.log(`live fan-out, ${CLIENTS} SSE clients x ${CHANGES} committed changes (${latencies.length} deliveries):`);
  console.log(`  p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  connected.forEach((close) => close());
  agent.destroy();
  await prisma.$disconnect();
} finally {
  server?.kill("SIGTERM");
  await database.dispose();
}
process.exit(0);

function openClient(
  url: string,
  cookie: string,
  agent: http.Agent,
  arrivals: Map<number, number[]>,
): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`SSE HTTP ${response.statusCode}`));
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(frame)?.[1];
          if (id && frame.includes("event: change")) {
            const list = arrivals.get(Number(id)) ?? [];
            list.push(now);
            arrivals.set(Number(id), list);
          }
        }
      });
      resolve(() => request.destroy());
    });
    request.on("error", reject);
  });
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error("server did not start");
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
