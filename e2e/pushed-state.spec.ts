// Pushed live state (issue 22, step 1): what changes during a session (the agenda and its
// countdown, the spotlight, the speaking queue and the floor, the phase) reaches the other screens
// as data in the live stream; their pages make no request to the server for it. A change to data
// a page renders on the server (a question from the floor) still refreshes the pages that show it,
// and only those.
import { expect, test, type Page } from "@playwright/test";
import { expectLive, phaseBadge, type Person } from "./support/app";
import { en } from "./support/i18n";
import { setUpTwoDelegations } from "./support/plans";

/** Counts the page's requests for server-rendered content (a refresh, a navigation, a prefetch). */
function countRscRequests(page: Page) {
  const seen: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] === "1" || new URL(request.url()).searchParams.has("_rsc")) seen.push(request.url());
  });
  return { count: () => seen.length, urls: () => [...seen], reset: () => void seen.splice(0) };
}

async function open(person: Person, path: string, heading: string) {
  await person.page.goto(path);
  await expect(person.page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectLive(person.page);
}

const banner = (page: Page) => page.getByTestId("session-banner");

test("session changes reach the other screens with no request; a question refreshes only the pages that show it", async ({
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

  // A question is rendered on the server: the session page refreshes for it, the industries page
  // (which does not show questions) does not.
  await fac.getByLabel(en("session.questions.body")).fill("Who leads on automobiles?");
  await fac.getByRole("button", { name: en("session.questions.ask") }).click();
  await expect(leadA.page.getByTestId("questions")).toContainText("Who leads on automobiles?");
  expect(requestsA.count()).toBeGreaterThan(0);
  // The phase: pushed to the badge, and every page refreshes (it gates the forms).
  await leadB.page.waitForTimeout(1_000);
  expect(requestsB.urls()).toEqual([]);
  await fac.goto(`/w/${slug}`);
  await fac.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
  for (const page of [leadA.page, leadB.page])
    await expect(phaseBadge(page)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));
  await room.close();
});
