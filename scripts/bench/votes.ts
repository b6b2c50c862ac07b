// The room votes (issue 23): V voters cast through the server action request the ballot page
// sends (recorded from Chromium by e2e/page-requests.spec.ts, replayed with this build's action
// id), each casting, then changing their vote, as fast as the server answers them, while W
// watchers hold the ballot page's stream and behave as that page does (./participants.ts).
// Figures: accepted votes per second, the cast's p50/p99 (request sent to response read), and
// how long after the last accepted vote every watcher's pushed turnout shows every voter. The
// floor, in the same run: the same casts called in this process on the same database (no HTTP,
// no Next.js), at the same concurrency.
import http from "node:http";
import { readRecording, refreshRequests, voteRequest } from "./page-requests";
import { Participant } from "./participants";
import { createMembers, sessionCookie } from "./sse-clients";
import { percentile, round, sleep, waitUntil, type BenchContext } from "./stats";

/** Each voter casts once, then changes their vote this many times. */
const CHANGES = 2;

export interface VoteRun {
  voters: number;
  watchers: number;
  votes: number;
  votes_per_s: number;
  cast_p50_ms: number;
  cast_p99_ms: number;
  converged_ms: number;
  floor_votes_per_s: number;
  failed: number;
}

export async function benchVote(
  ctx: BenchContext,
  { voters, watchers }: { voters: number; watchers: number },
  env: { baseUrl: string; agent: http.Agent },
): Promise<VoteRun> {
  const { prisma } = ctx;
  const { ballot, ballotWorkshop, brand } = await import("@/test/ballots");
  const { castVote } = await import("@/lib/ballots/vote-mutations");
  const fixture = await ballotWorkshop();
  const { workshop, chair } = fixture;
  const delegations = [fixture.alpha, fixture.beta, fixture.gamma];
  const options = [
    (await brand(chair, "Rice", [delegations[0]!.id])).id,
    (await brand(chair, "Ice", [delegations[1]!.id])).id,
  ];
  const settings = { method: "PLURALITY", secret: "on", resultsVisibility: "LIVE" } as const;
  const ballotId = await ballot(chair, options, settings);
  const floorBallotId = await ballot(chair, options, settings);
  const delegationIds = delegations.map((d) => d.id);
  const voting = await createMembers(prisma, workshop.id, voters, { delegationIds });
  const watching = await createMembers(prisma, workshop.id, watchers, { delegationIds, role: "OBSERVER" });
  const ids = { slug: workshop.slug, ballotId };
  const recording = readRecording();
  const cast = voteRequest(recording, ctx.root, ids);
  const page = {
    reads: recording.pages.ballot.reads.map((read) => read.replaceAll("{ballotId}", ballotId)),
    refresh: await refreshRequests(recording, "ballot", ids),
  };
  const topic = `ballot:${ballotId}`;
  const participants = await Promise.all(
    watching.map(
      async (m) => new Participant(env.baseUrl, await sessionCookie(prisma, { ...m, id: m.userId }), env.agent),
    ),
  );
  try {
    // The floor: every voter's casts in this process, at most `voters` at once (the pool queues them).
    const floorStarted = performance.now();
    await Promise.all(
      voting.map(async (m, i) => {
        const actor = {
          userId: m.userId,
          workshopId: workshop.id,
          member: {
            id: m.membershipId,
            role: "DELEGATE" as const,
            delegationId: delegationIds[i % 3]!,
            userId: m.userId,
          },
        };
        for (let k = 0; k <= CHANGES; k++) await castVote(actor, floorBallotId, { choice: options[(i + k) % 2]! });
      }),
    );
    const floorVotesPerS = (voters * (CHANGES + 1)) / ((performance.now() - floorStarted) / 1000);

    participants.forEach((p) => (p.page = page));
    const after = (await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).eventSeq;
    await Promise.all(participants.map((p) => p.open(`/api/w/${workshop.slug}/events?after=${after}`)));
    await waitUntil(() => participants.every((p) => p.pushed.has(topic) || p.presence.total > 0), 120_000, "vote");
    const cookies = await Promise.all(voting.map((m) => sessionCookie(prisma, { ...m, id: m.userId })));

    const latencies: number[] = [];
    let failed = 0;
    let lastAccepted = 0;
    const started = performance.now();
    await Promise.all(
      cookies.map(async (cookie, i) => {
        for (let k = 0; k <= CHANGES; k++) {
          const request = cast(options[(i + k) % 2]!);
          const sent = performance.now();
          const ok = await post(env, request, cookie);
          const done = performance.now();
          if (ok) {
            latencies.push(done - sent);
            lastAccepted = Math.max(lastAccepted, done);
          } else failed += 1;
        }
      }),
    );
    const seconds = (lastAccepted - started) / 1000;
    const everyVoter = (p: Participant) => turnoutOf(p.models.get(topic)) >= voters;
    await waitUntil(() => participants.every(everyVoter), 120_000, "vote").catch(() =>
      console.warn(`vote: ${participants.filter((p) => !everyVoter(p)).length} watchers never showed every voter`),
    );
    const converged = Math.max(...participants.map((p) => p.pushed.get(topic)?.at ?? NaN), lastAccepted);
    const refreshes = participants.reduce((sum, p) => sum + p.refreshes, 0);
    if (refreshes > 0) console.warn(`vote: the watchers' pages sent ${refreshes} refreshes`);
    return {
      voters,
      watchers,
      votes: latencies.length,
      votes_per_s: round(latencies.length / seconds, 1),
      cast_p50_ms: percentile(latencies, 0.5),
      cast_p99_ms: percentile(latencies, 0.99),
      converged_ms: watchers === 0 ? 0 : round(converged - lastAccepted, 1),
      floor_votes_per_s: round(floorVotesPerS, 1),
      failed,
    };
  } finally {
    participants.forEach((p) => p.close());
    await sleep(500);
    await prisma
      .$transaction([
        prisma.ballot.deleteMany({ where: { workshopId: workshop.id } }),
        prisma.workshop.delete({ where: { id: workshop.id } }),
        prisma.user.deleteMany({
          where: { id: { in: [fixture.facilitator.id, ...[...voting, ...watching].map((m) => m.userId)] } },
        }),
      ])
      .catch((error: unknown) => console.warn("vote: cleanup failed", error));
  }
}

/** Sends one vote and reads the answer; accepted when the action's result says so. */
function post(
  env: { baseUrl: string; agent: http.Agent },
  request: { path: string; headers: Record<string, string>; body: string },
  cookie: string,
): Promise<boolean> {
  return new Promise((resolve) => {
    const sent = http.request(
      `${env.baseUrl}${request.path}`,
      {
        method: "POST",
        agent: env.agent,
        headers: { ...request.headers, cookie, origin: env.baseUrl, "content-length": Buffer.byteLength(request.body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          resolve(response.statusCode === 200 && text.includes('"ok":true'));
        });
        response.on("error", () => resolve(false));
      },
    );
    sent.on("error", () => resolve(false));
    sent.end(request.body);
  });
}

/** How many voted, in a pushed ballot model. */
function turnoutOf(model: unknown): number {
  const turnout = (model as { turnout?: Array<{ voted: number }> } | undefined)?.turnout ?? [];
  return turnout.reduce((sum, row) => sum + row.voted, 0);
}
