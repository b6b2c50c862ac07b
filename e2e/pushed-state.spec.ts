// Pushed live state (issue 22): what changes during a session (the agenda and its countdown, the
// spotlight, the speaking queue and the floor, the questions and their votes, the phase) reaches
// the other screens as data in the live stream; their pages make no request to the server for it.
// A change to data a page renders on the server (a new clause) still refreshes the pages that show
// it, and only those. (Ballot turnout and results: e2e/ballots.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { countRscRequests, expectLive, phaseBadge, type Person } from "./support/app";
import { en } from "./support/i18n";
import { setUpTwoDelegations } from "./support/plans";
import { proposeClause, recordStance, stanceRow } from "./support/ratify";

/** Reads the workshop's live stream in the page's browser (its cookies), as raw text. */
async function readRawStream(page: Page, slug: string) {
  const after = await page.evaluate(async (slug) => {
    const controller = new AbortController();
    const response = await fetch(`/api/w/${slug}/events`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const state = { text: "", stop: () => controller.abort() };
    (window as unknown as { rawStream: typeof state }).rawStream = state;
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        state.text += decoder.decode(value, { stream: true });
      }
    })();
    return true;
  }, slug);
  expect(after).toBe(true);
  const text = () => page.evaluate(() => (window as unknown as { rawStream: { text: string } }).rawStream.text);
  return {
    /** Everything read until `marker` appears (then the stream is closed). */
    until: async (marker: string) => {
      await expect.poll(text, { timeout: 15_000 }).toContain(marker);
      const all = await text();
      await page.evaluate(() => (window as unknown as { rawStream: { stop(): void } }).rawStream.stop());
      return all;
    },
  };
}

async function open(person: Person, path: string, heading: string) {
  await person.page.goto(path);
  await expect(person.page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectLive(person.page);
}

const banner = (page: Page) => page.getByTestId("session-banner");

test("session changes reach the other screens with no request; a structural change refreshes only the pages that show it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const room = await setUpTwoDelegations(browser);
  const { slug, facilitator, leadA, leadB } = room;
  const fac = facilitator.page;
  // Jilin's lead watches the session page, Heilongjiang's lead the industries page; neither follows
  // the spotlight (following navigates, which is a request by design).
  for (const person of [leadA, leadB]) {
    await person.page.goto(`/w/${slug}`);
    await person.page.evaluate((key) => localStorage.setItem(key, "off"), `roundtable:follow:${slug}`);
  }
  await open(facilitator, `/w/${slug}/session`, en("session.title"));
  await open(leadA, `/w/${slug}/session`, en("session.title"));
  await open(leadB, `/w/${slug}/industries`, en("nav.industries"));
  const requestsA = countRscRequests(leadA.page);
  const requestsB = countRscRequests(leadB.page);

  // The agenda: an item added and started shows on both screens with its countdown.
  await fac.getByText(en("session.agenda.add"), { exact: true }).first().click();
  await fac.getByLabel(en("session.agenda.fields.title")).fill("Where the plans collide");
  await fac.getByLabel(en("session.agenda.fields.plannedMinutes")).fill("10");
  await fac.getByRole("button", { name: en("session.agenda.add") }).click();
  await expect(leadA.page.getByTestId("agenda")).toContainText("Where the plans collide");
  await fac.getByRole("button", { name: en("session.agenda.start") }).click();
  for (const page of [leadA.page, leadB.page]) {
    await expect(banner(page)).toContainText("Where the plans collide");
    await expect(banner(page).getByRole("timer")).toHaveText(/^(10:00|09:[0-5]\d)$/);
  }
  await expect(leadA.page.getByTestId("agenda").getByRole("timer")).toBeVisible();
  await fac.getByRole("button", { name: en("session.agenda.extend5") }).click();
  await expect(banner(leadB.page).getByRole("timer")).toHaveText(/^1[45]:[0-5]\d$/);
  await fac.getByRole("button", { name: en("session.agenda.pause") }).click();
  await expect(banner(leadA.page)).toContainText(en("session.timer.paused"));

  // The spotlight.
  await fac.getByLabel(en("session.spotlight.target")).selectOption("ANALYSIS");
  await fac.getByRole("button", { name: en("session.spotlight.set") }).click();
  const showing = en("session.spotlight.showing", { what: en("session.spotlight.analysis") });
  await expect(banner(leadB.page)).toContainText(showing);
  await expect(leadA.page.getByTestId("spotlight-panel")).toContainText(showing);

  // The speaking queue: a hand raised on one screen appears on the others; the floor is given.
  await leadA.page.getByRole("button", { name: en("session.queue.raise") }).click();
  await expect(leadA.page.getByRole("button", { name: en("session.queue.lower") })).toBeVisible();
  await expect(fac.getByTestId("hands")).toContainText(leadA.account.name);
  await fac.getByRole("button", { name: en("session.queue.giveNext") }).click();
  await expect(leadA.page.getByTestId("floor")).toContainText(en("session.queue.floor", { name: leadA.account.name }));
  await expect(leadA.page.getByRole("button", { name: en("session.queue.raise") })).toBeVisible();

  // None of it cost the participants' pages a single request to the server.
  expect(requestsA.urls()).toEqual([]);
  expect(requestsB.urls()).toEqual([]);

  // A question from the floor, and an upvote: pushed too. (The asker's and the voter's own pages
  // re-read what is theirs; nobody else's does.)
  await fac.getByLabel(en("session.questions.body")).fill("Who leads on automobiles?");
  await fac.getByRole("button", { name: en("session.questions.ask") }).click();
  const questionForA = leadA.page.getByTestId("questions").getByRole("listitem").filter({ hasText: "Who leads on" });
  await expect(questionForA).toContainText(en("session.questions.votes", { count: 0 }));
  await expect(fac.getByTestId("questions")).toContainText("Who leads on automobiles?");
  await fac.waitForLoadState("networkidle");
  const requestsFac = countRscRequests(fac);
  await questionForA.getByRole("button", { name: en("session.questions.upvote") }).click();
  await expect(questionForA.getByRole("button", { name: en("session.questions.removeUpvote") })).toBeVisible();
  await expect(fac.getByTestId("questions")).toContainText(en("session.questions.votes", { count: 1 }));
  expect(requestsFac.urls()).toEqual([]);
  expect(requestsB.urls()).toEqual([]);

  // A structural change (a clause proposed) re-renders the pages that show it, and only those: the
  // chair's session page lists clauses for its agenda and spotlight controls; a delegate's session
  // page (all pushed state) and the industries page stay quiet.
  const chairSession = await facilitator.context.newPage();
  await chairSession.goto(`/w/${slug}/session`);
  await expectLive(chairSession);
  await chairSession.waitForLoadState("networkidle");
  const requestsChair = countRscRequests(chairSession);
  requestsA.reset();
  const clausePath = await proposeClause(fac, slug, {
    title: "Automobile cluster around Changchun",
    text: "Jilin leads.",
  });
  await expect.poll(() => requestsChair.count()).toBeGreaterThan(0);
  await leadA.page.waitForTimeout(1_000);
  expect(requestsA.urls()).toEqual([]);
  expect(requestsB.urls()).toEqual([]);
  await chairSession.close();

  // A delegation's official stance: pushed to the other delegation's open clause page.
  await open(leadB, clausePath, "Automobile cluster around Changchun");
  await leadB.page.waitForLoadState("networkidle");
  requestsB.reset();
  await leadA.page.goto(clausePath);
  await recordStance(leadA.page, "Jilin", "SUPPORT", "Jilin builds the cluster.");
  await expect(stanceRow(leadB.page, "Jilin").getByRole("cell")).toHaveText([
    en("plan.position.SUPPORT"),
    "Jilin builds the cluster.",
  ]);
  expect(requestsB.urls()).toEqual([]);

  // Jilin's caucus drafts a private stance: the raw stream Heilongjiang's lead receives (read in
  // their browser, byte for byte) never carries it, not even as an event.
  const rawB = await readRawStream(leadB.page, slug);
  const stanceForm = leadA.page.getByRole("form", { name: en("plan.stance.title") });
  await stanceForm.getByLabel(en("plan.stance.position")).selectOption("OBJECT");
  await stanceForm.getByLabel(en("plan.stance.mode")).selectOption("private");
  await stanceForm.getByLabel(en("plan.stance.reason")).fill("Caucus only: Jilin fears Shenyang");
  await stanceForm.getByRole("button", { name: en("plan.stance.save") }).click();
  await expect(leadA.page.getByTestId("draft-private")).toContainText("Caucus only: Jilin fears Shenyang");
  await leadB.page.waitForTimeout(1_000);
  expect(requestsB.urls()).toEqual([]);

  // The phase: pushed to the badge, and every page refreshes (it gates the forms).
  await fac.goto(`/w/${slug}`);
  await fac.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
  for (const page of [leadA.page, leadB.page])
    await expect(phaseBadge(page)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));
  const bytes = await rawB.until("workshop.phaseChanged");
  expect(bytes).toContain("event: state");
  expect(bytes).not.toContain("Caucus only");
  expect(bytes).not.toContain("stance.private");
  await room.close();
});
