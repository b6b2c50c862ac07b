// The requests an open page sends when the live stream tells it to refresh, recorded from real
// Chromium. The room bench (scripts/bench/room.ts) replays them for each simulated participant;
// this test fails when the page starts sending something else, so the simulator stays honest.
// To record again after a deliberate change: RECORD_PAGE_REQUESTS=1 npx playwright test e2e/page-requests.spec.ts
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  RECORDING_PATH,
  readRecording,
  recordRequest,
  recordVote,
  type PageName,
  type Recording,
} from "../scripts/bench/page-requests";
import { addDelegation, expectLive } from "./support/app";
import { AUTO, createBallot, label, openBrands, proposeBrand, RICE, setVoting, WATER } from "./support/ballots";
import { setUpTwoDelegations } from "./support/plans";

/** The page's requests for server-rendered content from now on. */
function recordRsc(page: Page) {
  const seen: Array<{ method: string; url: string; headers: Record<string, string> }> = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] === "1" || new URL(request.url()).searchParams.has("_rsc"))
      seen.push({ method: request.method(), url: request.url(), headers });
  });
  return seen;
}

/** Waits for the refresh a change set off, and for anything that would follow it; returns what
 * the page sent until then. */
async function settle<T>(page: Page, seen: T[]): Promise<T[]> {
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  await page.waitForTimeout(1_500);
  return [...seen];
}

test("a structural change makes an open page send exactly the recorded requests", async ({ browser }) => {
  test.setTimeout(180_000);
  const room = await setUpTwoDelegations(browser);
  const { slug, facilitator, leadA } = room;
  await openBrands(facilitator.page, slug);
  await proposeBrand(facilitator.page, RICE, ["Jilin"]);
  await proposeBrand(facilitator.page, WATER, ["Jilin"]);
  const ballotPath = await createBallot(facilitator.page, {
    title: "Recorded ballot",
    brands: [RICE, WATER],
    method: "PLURALITY",
    resultsVisibility: "LIVE",
    secret: true,
  });
  const ids = { slug, ballotId: ballotPath.split("/").at(-1)! };
  const watcher = leadA.page;
  const requests = {} as Recording["example"]["requests"];

  // A delegate's session page, when a delegation is added.
  await watcher.goto(`/w/${slug}/session`);
  await expectLive(watcher);
  await watcher.waitForLoadState("networkidle");
  const onSession = recordRsc(watcher);
  // (A delegate's session page is all pushed state; the delegations, in its header and presence
  // list, are what still re-renders it.)
  await addDelegation(facilitator.page, { name: "Recorded delegation", code: "RD" });
  requests.session = await settle(watcher, onSession);

  // The ballot page, when a brand is proposed (it shows the brands).
  await watcher.goto(ballotPath);
  await expectLive(watcher);
  await watcher.waitForLoadState("networkidle");
  const onBallot = recordRsc(watcher);
  await openBrands(facilitator.page, slug);
  await proposeBrand(facilitator.page, AUTO, ["Jilin"]);
  requests.ballot = await settle(watcher, onBallot);

  // The vote: the server action request the ballot page sends when its voter casts.
  await facilitator.page.goto(ballotPath);
  await setVoting(facilitator.page, "OPEN");
  await watcher.goto(ballotPath);
  await expectLive(watcher);
  await watcher.getByRole("radio", { name: label(RICE) }).check();
  const afterVote = recordRsc(watcher);
  const [cast] = await Promise.all([
    watcher.waitForRequest((request) => request.method() === "POST" && "next-action" in request.headers()),
    watcher.getByRole("button", { name: "Cast my vote" }).click(),
  ]);
  await expect(watcher.getByTestId("vote-status")).toHaveText("Your vote has been recorded.");
  // Casting renders nothing: the voter's own page sends no request after it (bench: votes.ts).
  await watcher.waitForTimeout(1_500);
  expect(afterVote).toEqual([]);
  const vote = recordVote(cast.url(), await cast.allHeaders(), cast.postData() ?? "", ids);

  const recorded = (page: PageName) => requests[page].map((r) => recordRequest(r.method, r.url, r.headers, ids));
  if (process.env.RECORD_PAGE_REQUESTS === "1" || !fs.existsSync(RECORDING_PATH)) {
    const recording: Recording = {
      pages: {
        session: { reads: SESSION_READS, refresh: recorded("session") },
        ballot: { reads: BALLOT_READS, refresh: recorded("ballot") },
      },
      vote,
      example: { ...ids, requests },
    };
    fs.writeFileSync(RECORDING_PATH, `${JSON.stringify(recording, null, 2)}\n`);
  }
  const recording = readRecording();
  // One refresh request, no prefetch burst: and exactly what the simulator replays.
  expect(recorded("session")).toEqual(recording.pages.session.refresh);
  expect(recorded("ballot")).toEqual(recording.pages.ballot.refresh);
  expect(recording.pages.session.refresh).toHaveLength(1);
  expect(recording.pages.ballot.refresh).toHaveLength(1);
  expect(vote).toEqual(recording.vote);
  await room.close();
});

// What each page declares it shows (its <LiveScope> and the layout's): the simulator refreshes a
// participant's page only for events that touch these.
const SESSION_READS = ["workshop"];
const BALLOT_READS = ["workshop", "ballot:{ballotId}", "brands", "members"];
