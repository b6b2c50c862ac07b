// Spotlight fan-out (issue 6): 1,000 participants (distinct members, each with their own session)
// hold an SSE stream open on ONE production `next start`; the facilitator moves the spotlight 20
// times, ~300 ms apart, through the same mutation the session page uses. Reports, per change, the
// time from the start of the committing call until the LAST participant received it, per-delivery
// latencies, and the server's resident memory per connected participant.
import fs from "node:fs";
import { createMembers, openSseClient, openSseClients, sessionCookie, sseAgent, type SseClient } from "./sse-clients";
import { cpuTicks, isRunning, listeningPid, procMemory, settledMemory, TICKS_PER_SECOND } from "./process";
import { startAppServer } from "./server";
import { sleep, summarise, type BenchContext } from "./stats";

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 1000);
const CHANGES = 20;
const SPACING_MS = 300;
// All at once, as a room joining (with 100 at a time the presence lists make the joins last ~20 min).
const CONNECT_CONCURRENCY = Number(process.env.BENCH_CONNECT_CONCURRENCY ?? PARTICIPANTS);

export async function benchSpotlightFanout(ctx: BenchContext): Promise<void> {
  const { prisma } = ctx;
  const { createWorkshopFixture } = await import("@/test/db");
  const { setSpotlight } = await import("@/lib/session/agenda-mutations");
  const { proposeClause } = await import("@/lib/plan/mutations");
  const { clauseSchema } = await import("@/lib/plan/schema");

  // A workshop of its own: a facilitator, two delegations, one clause to put in the spotlight.
  const { workshop, facilitator, delegations } = await createWorkshopFixture();
  const chairMember = await prisma.membership.findUniqueOrThrow({
    where: { workshopId_userId: { workshopId: workshop.id, userId: facilitator.id } },
    select: { id: true, role: true, delegationId: true, userId: true },
  });
  const chair = { userId: facilitator.id, workshopId: workshop.id, member: chairMember };
  const section = await prisma.planSection.create({
    data: { workshopId: workshop.id, title: "Bench section", position: 0 },
  });
  const clause = await proposeClause(
    chair,
    clauseSchema.parse({ sectionId: section.id, title: "Bench clause", text: "In the spotlight.", horizon: "BOTH" }),
  );
  const members = await createMembers(prisma, workshop.id, PARTICIPANTS, {
    delegationIds: delegations.map((d) => d.id),
  });
  const cookies = await Promise.all(
    members.map((m) => sessionCookie(prisma, { id: m.userId, email: m.email, name: m.name })),
  );
  const chairCookie = await sessionCookie(prisma, facilitator);

  const server = await startAppServer(ctx, { exposeGc: true });
  const agent = sseAgent();
  let clients: SseClient[] = [];
  try {
    const port = Number(new URL(server.baseUrl).port);
    const pid = listeningPid(server.pid, port);
    const base = (await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).eventSeq;
    const url = `${server.baseUrl}/api/w/${workshop.slug}/events?after=${base}`;

    // Baseline: the stream route, Prisma and the hub's LISTEN connection loaded by one stream
    // opened and closed, then no connection at all.
    const warmUp = await openSseClient(url, chairCookie, agent);
    await withTimeout(warmUp.ready, 10_000, "warm-up stream");
    warmUp.close();
    await waitFor(async () => (await prisma.presence.count({ where: { workshopId: workshop.id } })) === 0, 10_000);
    const idle = await settledMemory(pid);
    const idleCpu = cpuTicks(pid);

    // 1,000 streams; each is open once its first presence list arrived (subscribed to the workshop).
    const connectStarted = performance.now();
    clients = await openSseClients(url, cookies, agent, { concurrency: CONNECT_CONCURRENCY });
    const opened = performance.now();
    await withTimeout(Promise.all(clients.map((c) => c.ready)), 120_000, "first presence list on every stream");
    const ready = performance.now();
    // Each join sets off a presence list (every member online) to every stream. Before measuring,
    // wait until every join has landed and everything sent has been read (see waitForQuiet).
    await waitFor(
      async () => (await prisma.presence.count({ where: { workshopId: workshop.id } })) === PARTICIPANTS,
      30 * 60_000,
    );
    const joined = performance.now();
    await waitForQuiet(pid, port, clients);
    const quiet = performance.now();
    const cpuSeconds = (cpuTicks(pid) - idleCpu) / TICKS_PER_SECOND;
    const presence = await prisma.presence.aggregate({
      where: { workshopId: workshop.id },
      _count: true,
      _sum: { connections: true },
    });
    if (presence._count !== PARTICIPANTS || presence._sum.connections !== PARTICIPANTS)
      throw new Error(
        `spotlight: ${presence._count} presence rows / ${presence._sum.connections} connections, expected ${PARTICIPANTS}`,
      );
    const presenceFrames = clients.reduce((sum, c) => sum + c.received.presence, 0);
    const receivedChars = clients.reduce((sum, c) => sum + c.received.chars, 0);
    const connectedFds = fs.readdirSync(`/proc/${pid}/fd`).length;
    const loaded = await settledMemory(pid);

    // End to end: a spotlight change (not measured) reaches a participant only after whatever its
    // stream still had to send. Until one reaches everyone within 1 s (at most 10 tries), the
    // presence lists of the joins were still on their way.
    const warmUps: number[] = [];
    while (warmUps.length < 10 && !(warmUps.at(-1)! < 1000)) {
      const i = warmUps.length;
      const warmUpStarted = performance.now();
      await setSpotlight(chair, { kind: "CLAUSE", targetId: clause.id });
      await waitFor(() => clients.every((c) => c.changes.length > i), 10 * 60_000);
      warmUps.push(Math.max(...clients.map((c) => c.changes[i]!.at)) - warmUpStarted);
    }
    const offset = warmUps.length;

    // The spotlight moves: ANALYSIS, the clause, ANALYSIS, … each started SPACING_MS after the last.
    const started: number[] = [];
    const callMs: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      if (i > 0) await sleep(Math.max(0, started[i - 1]! + SPACING_MS - performance.now()));
      started.push(performance.now());
      await setSpotlight(chair, i % 2 === 0 ? { kind: "ANALYSIS" } : { kind: "CLAUSE", targetId: clause.id });
      callMs.push(performance.now() - started[i]!);
    }
    await waitFor(() => clients.every((c) => c.changes.length >= offset + CHANGES), 60_000).catch(() => {});
    await sleep(500); // anything duplicated or late would show now
    const afterChanges = procMemory(pid);

    // Every participant got every change (warm-ups included) exactly once, in order, and nothing else.
    const expected = Array.from({ length: offset + CHANGES }, (_, i) => base + i + 1);
    const stored = await prisma.event.findMany({
      where: { workshopId: workshop.id, seq: { gt: base } },
      orderBy: { seq: "asc" },
      select: { seq: true, type: true },
    });
    if (stored.map((e) => `${e.seq}:${e.type}`).join() !== expected.map((seq) => `${seq}:spotlight.set`).join())
      throw new Error(`spotlight: stored events ${JSON.stringify(stored)}, expected ${expected.length} spotlight.set`);
    const wrong = clients.flatMap((client, index) => {
      const got = client.changes.map((c) => `${c.seq}:${c.type}`).join();
      return got === expected.map((seq) => `${seq}:spotlight.set`).join() ? [] : [{ index, got }];
    });
    if (wrong.length)
      throw new Error(
        `spotlight: ${wrong.length}/${PARTICIPANTS} participants did not receive seq ${expected[0]}..${expected.at(-1)} ` +
          `exactly once and in order; first: #${wrong[0]!.index} got [${wrong[0]!.got}]`,
      );

    const allReached: number[] = [];
    const firstReached: number[] = [];
    const deliveries: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const times = clients.map((c) => c.changes[offset + i]!.at - started[i]!);
      allReached.push(Math.max(...times));
      firstReached.push(Math.min(...times));
      deliveries.push(...times);
    }

    // Everyone leaves: what the server keeps afterwards was not memory held per connection. Wait
    // until every presence row is gone, or their number stopped moving for 30 s.
    clients.forEach((client) => client.close());
    const ghosts = await settledCount(() => prisma.presence.count({ where: { workshopId: workshop.id } }), 30_000);
    const left = await settledMemory(pid);

    const perParticipantKb = (loaded.rssKb - idle.rssKb) / PARTICIPANTS;
    console.log(
      `spotlight fan-out: ${PARTICIPANTS} participants (distinct members and sessions, one SSE stream each) on one ` +
        `\`next start\` (pid ${pid}), ${CHANGES} setSpotlight commits ${SPACING_MS} ms apart`,
    );
    console.log(
      `  open files limit: bench ${openFilesLimit("self")}, server ${openFilesLimit(pid)}; ` +
        `server fds with ${PARTICIPANTS} streams: ${connectedFds}`,
    );
    console.log(
      `  connect: ${PARTICIPANTS} streams open in ${((opened - connectStarted) / 1000).toFixed(1)} s ` +
        `(${CONNECT_CONCURRENCY} at a time), ` +
        `all with a presence list after ${((ready - connectStarted) / 1000).toFixed(1)} s, all joins recorded after ` +
        `${((joined - connectStarted) / 1000).toFixed(1)} s, presence lists all delivered and read after ` +
        `${((quiet - connectStarted) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  joins: ${presenceFrames.toLocaleString("en")} presence lists received by the participants ` +
        `(${(receivedChars / 1e9).toFixed(2)} GB), server CPU ${cpuSeconds.toFixed(0)} s until quiet`,
    );
    console.log(
      `  drain check: ${offset} unmeasured change(s) before measuring, reached all in ` +
        `${warmUps.map((ms) => ms.toFixed(0)).join(", ")} ms`,
    );
    console.log(
      `  change reached all ${PARTICIPANTS} (commit call start → last arrival): ${summarise(allReached)}; ` +
        `first arrival: p50 ${median(firstReached).toFixed(1)} ms`,
    );
    console.log(`  per delivery (commit call start → arrival): ${summarise(deliveries)}`);
    console.log(`  setSpotlight call (transaction incl. COMMIT): ${summarise(callMs)}`);
    console.log(
      `  server RSS: ${mb(idle.rssKb)} with 0 streams, ${mb(loaded.rssKb)} with ${PARTICIPANTS} ` +
        `(after GC and settling) → ${perParticipantKb.toFixed(1)} KB per connected participant; ` +
        `${mb(afterChanges.rssKb)} after the changes; peak (VmHWM) ${mb(afterChanges.hwmKb)}; ` +
        `${mb(left.rssKb)} once all ${PARTICIPANTS} left (after GC)`,
    );
    if (ghosts > 0)
      console.log(
        `  WARNING: ${ghosts} of the ${PARTICIPANTS} participants still "online" (Presence rows, unchanged for 30 s) after ` +
          `all closed their streams (the presence heartbeat, lib/live/hub.ts, should have removed them within 15 s)`,
      );
  } finally {
    clients.forEach((client) => client.close());
    agent.destroy();
    server.stop();
    await waitFor(() => !isRunning(server.pid), 10_000).catch(() => console.warn(`server ${server.pid} still running`));
    await prisma
      .$transaction([
        prisma.clause.deleteMany({ where: { workshopId: workshop.id } }),
        prisma.workshop.delete({ where: { id: workshop.id } }),
        prisma.user.deleteMany({ where: { id: { in: [facilitator.id, ...members.map((m) => m.userId)] } } }),
      ])
      .catch((error: unknown) => console.warn("spotlight: cleanup failed", error));
  }
}

/**
 * Until, for 5 s in a row: less than 64 KiB wait in the kernel socket queues of the server's port
 * (either end; a ping is 9 bytes, a presence list of 1,000 members ~140 KB), the server used
 * < 10 % of a core, no presence list arrived, and every stream's last presence list is the same.
 * On a busy machine a starved server or client can look idle for a second while gigabytes are
 * still to be sent: hence all four, sampled every second.
 */
async function waitForQuiet(pid: number, port: number, clients: SseClient[]): Promise<void> {
  const deadline = Date.now() + 30 * 60_000;
  let quietSince = performance.now();
  let ticks = cpuTicks(pid);
  while (Date.now() < deadline) {
    await sleep(1000);
    const now = cpuTicks(pid);
    const lastPresence = Math.max(...clients.map((c) => c.received.lastPresenceAt));
    const sameList = new Set(clients.map((c) => c.received.lastPresenceChars)).size === 1;
    if (now - ticks > 0.1 * TICKS_PER_SECOND || queuedBytes(port) > 65_536 || !sameList) quietSince = performance.now();
    quietSince = Math.max(quietSince, lastPresence);
    ticks = now;
    if (performance.now() - quietSince >= 5000) return;
  }
  throw new Error("spotlight: the presence lists of the joins were not all delivered within 30 minutes");
}

/** Bytes waiting in the kernel's send and receive queues of the TCP connections on `port`. */
function queuedBytes(port: number): number {
  const portHex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  let total = 0;
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local = "", remote = "", state, queues = "0:0"] = line.trim().split(/\s+/);
      if (state !== "01" || !(local.endsWith(portHex) || remote.endsWith(portHex))) continue;
      const [tx = "0", rx = "0"] = queues.split(":");
      total += parseInt(tx, 16) + parseInt(rx, 16);
    }
  }
  return total;
}

function openFilesLimit(pid: number | "self"): string {
  const line = /^Max open files\s+(\S+)\s+(\S+)/m.exec(fs.readFileSync(`/proc/${pid}/limits`, "utf8"));
  return line ? `${line[1]} (hard ${line[2]})` : "unknown";
}

/** Polls `count` every second until it is 0 or has not changed for `stableMs`; returns it. */
async function settledCount(count: () => Promise<number>, stableMs: number): Promise<number> {
  const deadline = Date.now() + 10 * 60_000;
  let last = await count();
  let since = Date.now();
  while (last > 0 && Date.now() - since < stableMs && Date.now() < deadline) {
    await sleep(1000);
    const now = await count();
    if (now !== last) [last, since] = [now, Date.now()];
  }
  return last;
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`spotlight: timed out after ${timeoutMs} ms`);
    await sleep(20);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`spotlight: no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
