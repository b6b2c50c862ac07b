// Voting with the keyboard alone on a phone-sized screen (issue 5): a delegate ranks brands with
// Tab, Enter and Space, hears every move announced, keeps the focus on the option that moved, and
// casts the vote; nothing scrolls sideways at 390x844.
import { expect, test } from "@playwright/test";
import { screenshot, setUpRoom, tabTo } from "./support/app";
import {
  AUTO,
  RICE,
  WATER,
  createBallot,
  expectRanking,
  openBallot,
  openBrands,
  proposeBrand,
  rankingButton,
  setVoting,
  turnoutText,
} from "./support/ballots";
import { en } from "./support/i18n";

test("a voter ranks and casts with the keyboard alone on a phone (390x844)", async ({ browser }) => {
  test.setTimeout(120_000);
  const { slug, facilitator, delegate } = await setUpRoom(browser);
  const f = facilitator.page;
  await openBrands(f, slug);
  for (const brand of [RICE, WATER, AUTO]) await proposeBrand(f, brand, ["Jilin"]);
  const path = await createBallot(f, {
    title: "Brand for the spring fair",
    brands: [RICE, WATER, AUTO],
    method: "BORDA",
    resultsVisibility: "LIVE",
    secret: true,
  });
  await setVoting(f, "OPEN");

  const page = delegate.page;
  await page.setViewportSize({ width: 390, height: 844 });
  await openBallot(delegate, path);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  // Enter and Space press the buttons; every move is announced, and the focus stays with the
  // option that moved (its button may be gone, or disabled at the top or bottom of the list).
  const focusedOption = () =>
    page.evaluate(() => document.activeElement?.closest("li")?.querySelector(".ranking-label")?.textContent ?? null);
  await tabTo(page, rankingButton(page, "add", WATER.en));
  await page.keyboard.press("Enter");
  await expectRanking(page, [WATER.en]);
  await expect(page.getByText(en("ballots.vote.movedTo", { option: WATER.en, position: 1 }))).toBeAttached();
  await expect.poll(focusedOption).toBe(WATER.en);
  await tabTo(page, rankingButton(page, "add", AUTO.en));
  await page.keyboard.press("Space");
  await expectRanking(page, [WATER.en, AUTO.en]);
  await expect.poll(focusedOption).toBe(AUTO.en);
  await tabTo(page, rankingButton(page, "moveUp", AUTO.en));
  await page.keyboard.press("Enter");
  await expectRanking(page, [AUTO.en, WATER.en]);
  await expect(page.getByText(en("ballots.vote.movedTo", { option: AUTO.en, position: 1 }))).toBeAttached();
  await expect.poll(focusedOption).toBe(AUTO.en);
  await tabTo(page, rankingButton(page, "add", RICE.en));
  await page.keyboard.press("Enter");
  await expectRanking(page, [AUTO.en, WATER.en, RICE.en]);
  await tabTo(page, rankingButton(page, "remove", RICE.en));
  await page.keyboard.press("Space");
  await expectRanking(page, [AUTO.en, WATER.en]);
  await expect(page.getByText(en("ballots.vote.removed", { option: RICE.en }))).toBeAttached();
  await expect.poll(focusedOption).toBe(RICE.en);
  await screenshot(page, "phone-390x844-ballot-vote");
  await tabTo(page, page.getByRole("button", { name: en("ballots.vote.cast") }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("vote-status")).toHaveText(en("ballots.vote.recorded"));
  // Borda over three brands: auto parts 2 points, water 1, rice (unranked) 0.
  await expect(page.getByTestId("results").getByTestId("outcome")).toHaveText(
    en("ballots.results.winner", { option: AUTO.en }),
  );
  await expect(f.getByTestId("results").getByTestId("quorum")).toHaveText(turnoutText(1, 1));
  await screenshot(page, "phone-390x844-ballot-voted");
  await facilitator.context.close();
  await delegate.context.close();
});
