// The live session (issue 6), three people side by side: the facilitator and delegates of two
// delegations. An agenda item starts and its countdown runs on every screen; the spotlight takes
// the delegates along (one stops following, then rejoins with one click); hands go up and the
// floor is given in order, alternating between delegations.
import { expect, test, type Page } from "@playwright/test";
import { expectLive, screenshot, type Person } from "./support/app";
import { en, zh } from "./support/i18n";
import { setUpTwoDelegations } from "./support/plans";

const banner = (page: Page) => page.getByTestId("session-banner");
const countdownText = async (page: Page) => (await banner(page).getByRole("timer").innerText()).trim();

async function openSession(person: Person, slug: string) {
  await person.page.goto(`/w/${slug}/session`);
  await expect(person.page.getByRole("heading", { level: 1, name: en("session.title") })).toBeVisible();
  await expectLive(person.page);
}

test("agenda countdown on every screen, spotlight followed, floor given in order", async ({ browser }) => {
  // Four people and three invitations through the UI: generous on a loaded 2-core machine.
  test.setTimeout(360_000);
  const room = await setUpTwoDelegations(browser, { delegateA: true });
  const { slug, facilitator, leadA, leadB } = room;
  const delegateA = room.delegateA!;
  for (const person of [leadA, leadB, delegateA]) {
    await person.page.goto(`/w/${slug}`);
    await expectLive(person.page);
  }

  // The facilitator adds an item about the overlap analysis and starts it.
  await openSession(facilitator, slug);
  const fac = facilitator.page;
  await fac.getByText(en("session.agenda.add"), { exact: true }).first().click();
  await fac.getByLabel(en("session.agenda.fields.title")).fill("Where the plans collide");
  await fac.getByLabel(en("session.agenda.fields.plannedMinutes")).fill("10");
  await fac.getByLabel(en("session.agenda.fields.link")).selectOption("ANALYSIS");
  await fac.getByRole("button", { name: en("session.agenda.add") }).click();
  await fac.getByRole("button", { name: en("session.agenda.start") }).click();

  // Everyone sees the item and its countdown; the delegates were taken to the analysis.
  for (const person of [leadA, leadB, delegateA]) {
    await expect(person.page).toHaveURL(new RegExp(`/w/${slug}/analysis$`));
    await expect(banner(person.page)).toContainText("Where the plans collide");
    await expect(banner(person.page).getByRole("timer")).toHaveText(/^(10:00|09:[0-5]\d)$/);
  }
  const before = await countdownText(leadB.page);
  await expect.poll(() => countdownText(leadB.page), { timeout: 10_000 }).not.toBe(before);

  // Paused: the countdown stops on every screen.
  await fac.getByRole("button", { name: en("session.agenda.pause") }).click();
  await expect(banner(leadA.page)).toContainText(en("session.timer.paused"));
  const paused = await countdownText(leadA.page);
  await leadA.page.waitForTimeout(2_000);
  expect(await countdownText(leadA.page)).toBe(paused);

  // Heilongjiang's lead stops following and opens the session page; Jilin's lead keeps following.
  await banner(leadB.page)
    .getByRole("button", { name: en("session.spotlight.unfollow") })
    .click();
  await openSession(leadB, slug);
  await openSession(leadA, slug);
  await fac.getByLabel(en("session.spotlight.target")).selectOption("ANALYSIS");
  await fac.getByRole("button", { name: en("session.spotlight.set") }).click();
  await expect(leadA.page).toHaveURL(new RegExp(`/w/${slug}/analysis$`));
  await expect(banner(leadB.page)).toContainText(
    en("session.spotlight.showing", { what: en("session.spotlight.analysis") }),
  );
  await expect(leadB.page).toHaveURL(new RegExp(`/w/${slug}/session$`));
  // One click to rejoin.
  await banner(leadB.page)
    .getByRole("button", { name: en("session.spotlight.follow") })
    .click();
  await expect(leadB.page).toHaveURL(new RegExp(`/w/${slug}/analysis$`));
  await banner(leadB.page)
    .getByRole("button", { name: en("session.spotlight.unfollow") })
    .click();
  await banner(leadA.page)
    .getByRole("button", { name: en("session.spotlight.unfollow") })
    .click();

  // Hands go up: Jilin's lead, Jilin's delegate, then Heilongjiang's lead.
  for (const person of [leadA, delegateA, leadB]) {
    await openSession(person, slug);
    await person.page.getByRole("button", { name: en("session.queue.raise") }).click();
    await expect(person.page.getByRole("button", { name: en("session.queue.lower") })).toBeVisible();
  }
  const hands = fac.getByTestId("hands").getByRole("listitem");
  await expect(hands).toHaveCount(3);
  await expect(hands.first()).toContainText(leadA.account.name);

  // Alternating: Jilin, Heilongjiang, Jilin, although Jilin's delegate raised before Heilongjiang.
  await fac
    .getByRole("button", { name: en("session.queue.useMode", { mode: en("session.queue.modes.ALTERNATE") }) })
    .click();
  await expect(hands.nth(1)).toContainText(leadB.account.name);
  const floorOf = (page: Page) => page.getByTestId("floor");
  for (const speaker of [leadA, leadB, delegateA]) {
    await fac.getByRole("button", { name: en("session.queue.giveNext") }).click();
    for (const person of [leadA, leadB, delegateA])
      await expect(floorOf(person.page)).toContainText(en("session.queue.floor", { name: speaker.account.name }));
  }
  await expect(fac.getByText(en("session.queue.empty"))).toBeVisible();

  // The projector view for the room, at 1080p, in both languages (screenshots to look at).
  await leadB.page.getByRole("button", { name: en("session.queue.raise") }).click();
  const projector = await facilitator.context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`/w/${slug}/projector`);
  await expect(projector.getByTestId("projector-item")).toContainText("Where the plans collide");
  await expect(projector.getByTestId("projector-spotlight-analysis")).toBeVisible();
  await expect(projector.getByTestId("projector-floor")).toContainText(delegateA.account.name);
  await expect(projector.getByTestId("projector-hands")).toContainText(leadB.account.name);
  await expect(projector.getByRole("button")).toHaveCount(0);
  await screenshot(projector, "en-projector-1080p");
  await fac
    .getByRole("group", { name: en("common.language") })
    .getByRole("button", { name: "简体中文" })
    .click();
  await expect(fac.getByRole("heading", { level: 1, name: zh("session.title") })).toBeVisible();
  await projector.reload();
  await expect(projector.getByTestId("projector-phase")).toContainText(zh("phases.SUBMIT"));
  await screenshot(projector, "zh-projector-1080p");
  await room.close();
});
