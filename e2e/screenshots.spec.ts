// Screenshots of the main pages in both languages (1280×800) and on a tablet (768×1024), into
// e2e/.screenshots/ (git-ignored), for a human to look at. Uses the demo facilitator, whose
// language it switches (and switches back at the end); no other spec signs in as that account.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SLUG, demo, expectLive, screenshot, signIn, signOut } from "./support/app";
import { t, type Lang } from "./support/i18n";

async function shootSignedOutPages(page: Page, lang: Lang): Promise<void> {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "auth.signInTitle") })).toBeVisible();
  await screenshot(page, `${lang}-sign-in`);
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "auth.signUpTitle") })).toBeVisible();
  await screenshot(page, `${lang}-sign-up`);
}

async function shootWorkshopPages(page: Page, lang: Lang): Promise<void> {
  await page.goto("/workshops");
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "workshops.title") })).toBeVisible();
  await screenshot(page, `${lang}-workshops`);

  await page.goto(`/w/${DEMO_SLUG}`);
  await expect(page.getByRole("heading", { level: 2, name: t(lang, "workshop.phases") })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
  await expect(page.getByTestId("presence-facilitation")).toContainText(demo.facilitator.name);
  await screenshot(page, `${lang}-workshop-overview`);

  await page.goto(`/w/${DEMO_SLUG}/delegations`);
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "nav.delegations") })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
  await screenshot(page, `${lang}-delegations`);

  await page.goto(`/w/${DEMO_SLUG}/members`);
  await expect(page.getByRole("heading", { level: 2, name: t(lang, "members.invite") })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
  await screenshot(page, `${lang}-members`);

  await page.goto("/workshops/new");
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "workshops.create") })).toBeVisible();
  await screenshot(page, `${lang}-new-workshop`);
}

test("main pages in English and in Chinese at 1280x800", async ({ page }) => {
  await shootSignedOutPages(page, "en");
  await signIn(page, demo.facilitator.email);
  // English, even if an interrupted earlier attempt left the account in Chinese.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await shootWorkshopPages(page, "en");

  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("zh-CN", "workshops.create") })).toBeVisible();
  await shootWorkshopPages(page, "zh-CN");
  await signOut(page, "zh-CN");
  await shootSignedOutPages(page, "zh-CN");

  // Back to English for the account (the language is stored with the user).
  await signIn(page, demo.facilitator.email, undefined, { lang: "zh-CN" });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("en", "workshops.title") })).toBeVisible();
});

test("workshop overview on a tablet (768x1024)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, demo.facilitator.email);
  await page.goto(`/w/${DEMO_SLUG}`);
  await expectLive(page);
  await expect(page.getByTestId("phase-control")).toBeVisible();
  // Nothing wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "tablet-768x1024-workshop-overview");
  await page.goto(`/w/${DEMO_SLUG}/members`);
  await expectLive(page);
  await screenshot(page, "tablet-768x1024-members");
  await context.close();
});
