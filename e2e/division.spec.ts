// The division of labour (issue 16) in the demo workshop: the facilitator proposes one from the
// submitted plans and the economic base with their settings; a delegate, in another browser, sees
// the proposal arrive live, without the settings, and can download the input that reproduces it.
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, demo, expectLive, screenshot, signIn } from "./support/app";
import { en } from "./support/i18n";

const AUTOMOBILES = "36 Manufacture of automobiles";

test("the facilitator proposes a division of labour; a delegate sees it live", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.facilitator.email);
  await page.goto(`/w/${DEMO_SLUG}/analysis`);
  await page.getByRole("link", { name: `${en("division.link")} →` }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("division.title") })).toBeVisible();
  await expectLive(page);
  // The demo's economic base, labelled as illustrative.
  await expect(page.getByText(/Illustrative figures for the demo, not official statistics/)).toBeVisible();

  const delegateContext = await browser.newContext();
  const delegate = await delegateContext.newPage();
  await signIn(delegate, demo.liaoningDelegate.email);
  await delegate.goto(`/w/${DEMO_SLUG}/analysis/division`);
  await expectLive(delegate);
  await expect(delegate.getByRole("form", { name: en("division.settingsTitle") })).toHaveCount(0);
  const before = await delegate
    .getByRole("heading", { level: 2, name: /^Proposal \d+$/ })
    .textContent()
    .catch(() => null);

  // A bad setting is refused next to its field; then a real proposal.
  const form = page.getByRole("form", { name: en("division.settingsTitle") });
  await form.getByLabel(en("division.fairnessFloor")).fill("150");
  await form.getByRole("button", { name: en("division.propose") }).click();
  await expect(form.getByText(en("errors.outOfRange"))).toBeVisible();
  await form.getByLabel(en("division.fairnessFloor")).fill("20");
  await form.getByLabel(en("division.alternatives")).fill("2");
  await form.getByRole("button", { name: en("division.propose") }).click();

  const best = page.getByTestId("division-proposal-1");
  await expect(best).toBeVisible();
  const heading = (await best.getByRole("heading", { level: 2 }).textContent()) ?? "";
  expect(heading).not.toBe(before);
  // Jilin, by far the most concentrated in automobiles, leads them.
  const matrix = best.getByRole("table", { name: en("division.matrixCaption") });
  const automobiles = matrix
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${AUTOMOBILES}`) }) });
  const jilinColumn = (await matrix.getByRole("columnheader").allTextContents()).indexOf("Jilin");
  await expect(automobiles.getByRole("cell").nth(jilinColumn - 1)).toHaveText(/^Lead \(/);
  await expect(page.getByTestId("division-proposal-2")).toBeVisible();
  await screenshot(page, "en-division");

  // The delegate's page follows without a reload.
  await expect(delegate.getByTestId("division-proposal-1").getByRole("heading", { level: 2 })).toHaveText(heading);
  await delegate.setViewportSize({ width: 390, height: 844 });
  await screenshot(delegate, "en-division-phone");

  // The input that reproduces it.
  const number = heading.replace(/\D/g, "");
  const response = await delegate.request.get(`/api/w/${DEMO_SLUG}/division/${number}`);
  expect(response.status()).toBe(200);
  const input = (await response.json()) as {
    format: string;
    settings: { fairnessFloor: number; alternatives: number };
  };
  expect(input).toMatchObject({
    format: "roundtable.optimiser-input/1",
    settings: { fairnessFloor: 0.2, alternatives: 2 },
  });
  await delegateContext.close();
});
