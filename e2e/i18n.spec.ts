// Language: the switch changes the interface, and the choice is kept per user (it follows the
// account to another browser, not just a cookie).
import { expect, test } from "@playwright/test";
import { fillSignIn, newPerson, signOut } from "./support/app";
import { en, zh } from "./support/i18n";

test("switching to Chinese changes the texts and persists across sign-out and sign-in", async ({ browser }) => {
  const person = await newPerson(browser, "Bilingual");
  const page = person.page;
  await expect(page.getByRole("heading", { level: 1, name: en("workshops.title") })).toBeVisible();
  const switcher = page.getByRole("group", { name: en("common.language") });
  await expect(switcher.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

  await switcher.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh("workshops.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: zh("workshops.create") })).toBeVisible();
  await expect(page.getByText(zh("workshops.empty"))).toBeVisible();
  await expect(
    page.getByRole("group", { name: zh("common.language") }).getByRole("button", { name: "简体中文" }),
  ).toHaveAttribute("aria-pressed", "true");

  // Sign out and back in, in the same browser.
  await signOut(page, "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: zh("auth.signInTitle") })).toBeVisible();
  await fillSignIn(page, person.account.email, person.account.password, "zh-CN");
  await page.waitForURL("**/workshops");
  await expect(page.getByRole("heading", { level: 1, name: zh("workshops.title") })).toBeVisible();
  await person.context.close();

  // A different browser (no cookies, English by its Accept-Language): the sign-in page is in
  // English, the account's pages in Chinese, because the choice is stored with the user.
  const context = await browser.newContext({ locale: "en-GB" });
  const other = await context.newPage();
  await other.goto("/sign-in");
  await expect(other.getByRole("heading", { level: 1, name: en("auth.signInTitle") })).toBeVisible();
  await fillSignIn(other, person.account.email, person.account.password, "en");
  await other.waitForURL("**/workshops");
  await expect(other.getByRole("heading", { level: 1, name: zh("workshops.title") })).toBeVisible();
  await expect(other.getByRole("button", { name: zh("auth.signOut") })).toBeVisible();

  // And back to English.
  await other.getByRole("button", { name: "English" }).click();
  await expect(other.getByRole("heading", { level: 1, name: en("workshops.title") })).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("before sign-in the language follows the browser, and the switch works there too", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: zh("auth.signInTitle") })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("auth.signInTitle") })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: en("auth.signInTitle") })).toBeVisible();
  await context.close();
});
