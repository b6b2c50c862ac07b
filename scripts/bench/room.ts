// The live room (issue 22): N participants, each a distinct member with their own session and
// stream on ONE production `next start`, simulated as their open page behaves (./participants.ts,
// replaying the requests recorded from Chromium in ./page-requests.json). For N = 100 and 1,000:
// - joining: all N open their streams at once; seconds until every participant sees all N
//   present, and the presence bytes they received;
// - on the session page and on an open ballot's page, a pushed change (the spotlight moved; a
//   vote) and a structural change (a clause proposed; the ballot's closing time changed): time
//   from the start of the committing call until each participant's view is current (the pushed
//   model applied, or the refresh's responses read to the end), p50 and p99 over every
//   participant and change, and the server's CPU time per participant per change;
// - the same pushed changes on a floor in the same run: a bare Node SSE server fed by one LISTEN
//   (./floor-server.mjs), whose streams only relay the notification;
// - server memory per connected participant (RSS after GC, N streams vs none).
// Writes .bench/room.json. Bounded: BENCH_ROOM_SIZES (default "100,1000") and the figures below.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { freePort } from "@/lib/db/temporary-database";
import { readRecording, refreshRequests, type PageName } from "./page-requests";
import { failureReasons, Participant } from "./participants";
import { cpuTicks, isRunning, listeningPid, settledMemory, TICKS_PER_SECOND } from "./process";
import { BENCH_SECRET, startAppServer } from "./server";
import { createMembers, sessionCookie } from "./sse-clients";
import { percentile, round, sleep, waitUntil, type BenchContext } from "./stats";
import { benchVote, type VoteRun } from "./votes";

// `npm run bench -- room --n 5000` runs that size alone, without the vote and instances parts
// unless their variables ask for them (opt in: run it under
// `../shared/tools/bounded --mem 12G --time 1200`).
const sizeArgument = process.argv.indexOf("--n");
const SIZES = (sizeArgument > 0 ? (process.argv[sizeArgument + 1] ?? "") : (process.env.BENCH_ROOM_SIZES ?? "100,1000"))
  .split(",")
  .filter(Boolean)
  .map(Number);
// The vote part: "voters:watchers" runs (./votes.ts).
const VOTE_RUNS = (process.env.BENCH_VOTE_RUNS ?? (sizeArgument > 0 ? "" : "500:0,500:500"))
  .split(",")
  .filter(Boolean)
  .map((run) => {
    const [voters, watchers] = run.split(":").map(Number);
    return { voters: voters!, watchers: watchers ?? 0 };
  });
// The instances part: these room sizes again on TWO instances behind a round-robin proxy
// (./proxy.mjs), participants split between them; default twice the largest size above.
const INSTANCE_SIZES = (process.env.BENCH_INSTANCE_SIZES ?? (sizeArgument > 0 ? "" : String(2 * Math.max(0, ...SIZES))))
  .split(",")
  .filter((size) => Number(size) > 0)
  .map(Number);
// BENCH_ROOM_STRUCTURAL=0 skips the structural changes (a room of 5,000 re-rendering at once
// takes longer than their time limit on 2 cores): joining, memory and pushed changes only.
const STRUCTURAL = process.env.BENCH_ROOM_STRUCTURAL !== "0";
const PUSHED_CHANGES = 10;
const STRUCTURAL_CHANGES = 3;
const SPACING_MS = 500;

/** Everyone joining at once: until all were present, and how many connections had to be retried. */
interface Join {
  n: number;
  seconds: number;
  presence_bytes: number;
  reconnects: number;
}

interface Run {
  page: PageName;
  change: "pushed" | "structural";
  n: number;
  p50_ms: number;
  p99_ms: number;
  floor_p99_ms: number | null;
  cpu_ms_per_participant_change: number;
  rss_kb_per_participant: number;
}

export async function benchRoom(ctx: BenchContext): Promise<void> {
  // Votes are cast in this process: their voter keys must be derived from the server's secret.
  process.env.NEXTAUTH_SECRET = BENCH_SECRET;
  const report = {
    runs: [] as Run[],
    join: [] as Join[],
    vote: [] as VoteRun[],
    instances: [] as Run[],
    instances_join: [] as Join[],
  };
  const server = await startAppServer(ctx, { exposeGc: true });
  const floor = await startFloor(ctx.databaseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  try {
    const pid = listeningPid(server.pid, Number(new URL(server.baseUrl).port));
    for (const n of SIZES)
      await benchSize(ctx, n, { baseUrl: server.baseUrl, pids: [pid], floorUrl: floor.url, agent }, report);
    for (const n of INSTANCE_SIZES) {
      const second = await startAppServer(ctx, { exposeGc: true });
      const proxy = await startProxy([server.baseUrl, second.baseUrl]);
      try {
        const pids = [pid, listeningPid(second.pid, Number(new URL(second.baseUrl).port))];
        await benchSize(
          ctx,
          n,
          { baseUrl: proxy.url, pids, floorUrl: floor.url, agent, label: "2 instances" },
          {
            runs: report.instances,
            join: report.instances_join,
          },
        );
      } finally {
        proxy.stop();
        second.stop();
      }
    }
    for (const run of VOTE_RUNS) {
      const figures = await benchVote(ctx, run, { baseUrl: server.baseUrl, agent });
      report.vote.push(figures);
      console.log(
        `room: ${run.voters} voters through HTTP (${figures.votes} votes, ${figures.failed} failed), ${run.watchers} watching: ` +
          `${figures.votes_per_s} votes/s (floor in-process ${figures.floor_votes_per_s}), cast p50 ${figures.cast_p50_ms} ms ` +
          `p99 ${figures.cast_p99_ms} ms; every watcher current ${figures.converged_ms} ms after the last vote`,
      );
    }
  } finally {
    agent.destroy();
    server.stop();
    floor.stop();
    await waitUntil(() => !isRunning(server.pid), 10_000, "room").catch(() =>
      console.warn(`server ${server.pid} still running`),
    );
  }
  const file = path.join(ctx.root, ".bench", "room.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`room: figures written to ${path.relative(ctx.root, file)}`);
}

async function benchSize(
  ctx: BenchContext,
  n: number,
  env: { baseUrl: string; pids: number[]; floorUrl: string; agent: http.Agent; label?: string },
  report: { runs: Run[]; join: Join[] },
): Promise<void> {
  const { prisma } = ctx;
  const { ballot, ballotWorkshop, brand } = await import("@/test/ballots");
  const { setSpotlight } = await import("@/lib/session/agenda-mutations");
  const { createDelegation } = await import("@/lib/workshop/mutations");
  const { delegationSchema } = await import("@/lib/workshop/schema");
  const { castVote } = await import("@/lib/ballots/vote-mutations");
  const { setClosingTime } = await import("@/lib/ballots/ballot-mutations");

  // A workshop of its own: a chair, three delegations, an open ballot.
  const fixture = await ballotWorkshop();
  const { workshop, facilitator, chair } = fixture;
  const delegations = [fixture.alpha, fixture.beta, fixture.gamma];
  const options = [
    (await brand(chair, "Rice", [delegations[0]!.id])).id,
    (await brand(chair, "Ice", [delegations[1]!.id])).id,
  ];
  const ballotId = await ballot(chair, options, { method: "PLURALITY", secret: "on", resultsVisibility: "LIVE" });
  const members = await createMembers(prisma, workshop.id, n, { delegationIds: delegations.map((d) => d.id) });
  const cookies = await Promise.all(
    members.map((m) => sessionCookie(prisma, { id: m.userId, email: m.email, name: m.name })),
  );
  const recording = readRecording();
  const ids = { slug: workshop.slug, ballotId };
  const pages = {
    session: { reads: recording.pages.session.reads, refresh: await refreshRequests(recording, "session", ids) },
    ballot: {
      reads: recording.pages.ballot.reads.map((read) => read.replaceAll("{ballotId}", ballotId)),
      refresh: await refreshRequests(recording, "ballot", ids),
    },
  };

  const participants = cookies.map((cookie) => new Participant(env.baseUrl, cookie, env.agent));
  const floorClients = cookies.map(() => new Participant(env.floorUrl, "", env.agent));
  try {
    // Baseline: the stream route and the hub's connection loaded by one stream, then none open.
    const warmUp = new Participant(env.baseUrl, await sessionCookie(prisma, facilitator), env.agent);
    await warmUp.open(`/api/w/${workshop.slug}/events`);
    await waitUntil(() => warmUp.presence.at > 0, 30_000, "room");
    warmUp.close();
    await sleep(1000);
    const idle = await settledMemory(env.pids);
    const after = (await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).eventSeq;

    // Everyone joins at once.
    const joinStarted = performance.now();
    await Promise.all(participants.map((p) => p.open(`/api/w/${workshop.slug}/events?after=${after}`)));
    await waitUntil(() => participants.every((p) => p.presence.total >= n), 120_000, "room");
    const allPresent = Math.max(...participants.map((p) => p.presence.at));
    const presenceBytes = participants.reduce((sum, p) => sum + p.presence.bytes, 0);
    const reconnects = participants.reduce((sum, p) => sum + p.reconnects, 0);
    report.join.push({
      n,
      seconds: round((allPresent - joinStarted) / 1000, 2),
      presence_bytes: presenceBytes,
      reconnects,
    });
    await sleep(1000);
    const loaded = await settledMemory(env.pids);
    const rssPerParticipant = round((loaded.rssKb - idle.rssKb) / n, 1);
    if (process.env.BENCH_HEAP) {
      for (const pid of env.pids) process.kill(pid, "SIGUSR1");
      await sleep(30_000); // writing a snapshot stops the server while it lasts
    }
    await Promise.all(floorClients.map((p) => p.open(`/?workshop=${workshop.id}`)));

    const seqNow = async () => (await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).eventSeq;
    // A pushed change is current for a participant when a model of its topic at least as new as
    // the event arrived; for the floor, when the event's notification arrived.
    const measurePushed = async (page: PageName, topic: string, change: (i: number) => Promise<unknown>) => {
      participants.forEach((p) => (p.page = pages[page]));
      const samples: number[] = [];
      const floorSamples: number[] = [];
      const ticks = cpuTicks(env.pids);
      for (let i = 0; i < PUSHED_CHANGES; i++) {
        const started = performance.now();
        await change(i);
        const seq = await seqNow();
        await waitUntil(
          () =>
            participants.every((p) => (p.pushed.get(topic)?.seq ?? 0) >= seq) &&
            floorClients.every((p) => p.lastSeq >= seq),
          60_000,
          "room",
        );
        samples.push(...participants.map((p) => p.pushed.get(topic)!.at - started));
        floorSamples.push(...floorClients.map((p) => arrivalOf(p, seq) - started));
        await sleep(SPACING_MS);
      }
      const cpuMs = ((cpuTicks(env.pids) - ticks) / TICKS_PER_SECOND) * 1000;
      report.runs.push({
        page,
        change: "pushed",
        n,
        p50_ms: percentile(samples, 0.5),
        p99_ms: percentile(samples, 0.99),
        floor_p99_ms: percentile(floorSamples, 0.99),
        cpu_ms_per_participant_change: round(cpuMs / (n * PUSHED_CHANGES), 3),
        rss_kb_per_participant: rssPerParticipant,
      });
    };
    // A structural change is current for a participant when their page's refresh has been read.
    const measureStructural = async (page: PageName, change: (i: number) => Promise<unknown>) => {
      participants.forEach((p) => (p.page = pages[page]));
      const samples: number[] = [];
      const ticks = cpuTicks(env.pids);
      const failuresBefore = participants.reduce((sum, p) => sum + p.failures, 0);
      for (let i = 0; i < STRUCTURAL_CHANGES; i++) {
        const started = performance.now();
        await change(i);
        const seq = await seqNow();
        await waitUntil(() => participants.every((p) => p.refreshed.has(seq)), 240_000, "room");
        samples.push(...participants.map((p) => p.refreshed.get(seq)! - started));
        await sleep(SPACING_MS);
      }
      const cpuMs = ((cpuTicks(env.pids) - ticks) / TICKS_PER_SECOND) * 1000;
      const failures = participants.reduce((sum, p) => sum + p.failures, 0) - failuresBefore;
      if (failures > 0)
        console.warn(
          `room: ${failures} refresh requests failed (${page}, n = ${n}): ` +
            [...failureReasons].map(([reason, count]) => `${reason} ×${count}`).join(", "),
        );
      failureReasons.clear();
      report.runs.push({
        page,
        change: "structural",
        n,
        p50_ms: percentile(samples, 0.5),
        p99_ms: percentile(samples, 0.99),
        floor_p99_ms: null,
        cpu_ms_per_participant_change: round(cpuMs / (n * STRUCTURAL_CHANGES), 3),
        rss_kb_per_participant: rssPerParticipant,
      });
    };

    const actor = (i: number) => ({
      userId: members[i]!.userId,
      workshopId: workshop.id,
      member: {
        id: members[i]!.membershipId,
        role: "DELEGATE" as const,
        delegationId: delegations[i % delegations.length]!.id,
        userId: members[i]!.userId,
      },
    });
    await measurePushed("session", "room", (i) =>
      setSpotlight(chair, i % 2 === 0 ? { kind: "ANALYSIS" } : { kind: "BALLOT", targetId: ballotId }),
    );
    // What still re-renders a delegate's session page: the delegations (header, presence list).
    if (STRUCTURAL)
      await measureStructural("session", (i) =>
        createDelegation(
          workshop.id,
          facilitator.id,
          delegationSchema.parse({ name: `Bench ${i}`, code: `B${i}`, colour: "#336699" }),
        ),
      );
    await measurePushed("ballot", `ballot:${ballotId}`, (i) =>
      castVote(actor(i), ballotId, { choice: options[i % 2]! }),
    );
    if (STRUCTURAL)
      await measureStructural("ballot", (i) =>
        setClosingTime(chair, ballotId, new Date(Date.now() + (i + 2) * 3_600_000)),
      );
    const where = env.label ? ` on ${env.label}` : "";
    for (const run of report.runs.filter((r) => r.n === n))
      console.log(
        `room: n = ${n}${where}, ${run.page} page, ${run.change} change → every view current: p50 ${run.p50_ms} ms, ` +
          `p99 ${run.p99_ms} ms${run.floor_p99_ms === null ? "" : ` (floor p99 ${run.floor_p99_ms} ms)`}; ` +
          `server CPU ${run.cpu_ms_per_participant_change} ms per participant per change`,
      );
    const join = report.join.at(-1)!;
    console.log(
      `room: n = ${n}${where}, joining at once: all present on every screen after ${join.seconds} s ` +
        `(${join.reconnects} connections retried), ` +
        `${(join.presence_bytes / 1e6).toFixed(2)} MB of presence frames; server RSS ${rssPerParticipant} KB per participant`,
    );
  } finally {
    [...participants, ...floorClients].forEach((p) => p.close());
    await sleep(500);
    await prisma
      .$transaction([
        prisma.clause.deleteMany({ where: { workshopId: workshop.id } }),
        prisma.ballot.deleteMany({ where: { workshopId: workshop.id } }),
        prisma.workshop.delete({ where: { id: workshop.id } }),
        prisma.user.deleteMany({ where: { id: { in: [facilitator.id, ...members.map((m) => m.userId)] } } }),
      ])
      .catch((error: unknown) => console.warn("room: cleanup failed", error));
  }
}

/** When the floor client got event `seq` (its notifications carry only the seq). */
function arrivalOf(client: Participant, seq: number): number {
  return client.arrivals.get(seq) ?? NaN;
}

/** The load balancer of the instances part (./proxy.mjs). */
const startProxy = (upstreams: string[]) => startHelper("proxy.mjs", { UPSTREAMS: upstreams.join(",") });

/** The floor: a bare SSE relay of one LISTEN (./floor-server.mjs). */
const startFloor = (databaseUrl: string) => startHelper("floor-server.mjs", { DATABASE_URL: databaseUrl });

/** One of the bench's own small servers, as a process on a free port; resolves once it prints "ready". */
async function startHelper(script: string, env: Record<string, string>): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, script)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`${script} exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}
