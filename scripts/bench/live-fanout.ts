// Live fan-out: 200 SSE clients (one production `next start`, one fresh embedded PostgreSQL) are
// connected to the demo workshop; the benchmark commits phase changes through the same mutation
// the app uses and measures, per client, the time from the start of the committing call to the
// arrival of the event on the client's stream. Reports p50/p99/max over all deliveries.
import { DEMO_PASSWORD, DEMO_WORKSHOP_SLUG } from "@/prisma/seed/demo-data";
import { signInOverHttp } from "../support/session";
import { startAppServer } from "./server";
import { openSseClients, sseAgent } from "./sse-clients";
import { sleep, summarise, type BenchContext } from "./stats";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);

export async function benchLiveFanout(ctx: BenchContext): Promise<void> {
  const { prisma } = ctx;
  const { baseUrl, stop } = await startAppServer(ctx);
  try {
    const cookie = await signInOverHttp(baseUrl, "facilitator@roundtable.demo", DEMO_PASSWORD);
    const workshop = await prisma.workshop.findUniqueOrThrow({ where: { slug: DEMO_WORKSHOP_SLUG } });
    const facilitator = await prisma.user.findUniqueOrThrow({ where: { email: "facilitator@roundtable.demo" } });

    const arrivals = new Map<number, number[]>();
    const agent = sseAgent();
    const url = `${baseUrl}/api/w/${DEMO_WORKSHOP_SLUG}/events?after=${workshop.eventSeq}`;
    const connected = await openSseClients(url, Array<string>(CLIENTS).fill(cookie), agent, {
      onChange: ({ seq, at }) => {
        const list = arrivals.get(seq) ?? [];
        list.push(at);
        arrivals.set(seq, list);
      },
    });
    await sleep(1000); // let the burst of presence updates from the joins settle

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
      latencies.push(...times.map((t) => t - started));
      await sleep(50);
    }
    console.log(`live fan-out: ${CLIENTS} SSE clients x ${CHANGES} committed changes (${latencies.length} deliveries)`);
    console.log(`  commit → arrival: ${summarise(latencies)}`);
    connected.forEach((client) => client.close());
    agent.destroy();
  } finally {
    stop();
  }
}
