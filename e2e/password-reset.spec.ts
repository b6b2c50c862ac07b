// A forgotten password, end to end: from the sign-in page, the owner asks for a link (an unknown
// address gets the same answer), finds it in the development mailbox, sets a new password (a
// mismatch refused on its field), and signs in with it; the browser still signed in elsewhere is
// signed out; the used link no longer works.
import { expect, test } from "@playwright/test";
import { fillSignIn, newAccount, newPerson, screenshot } from "./support/app";
import { en } from "./support/i18n";
import { linkInMailbox, mailCount } from "./support/mail";

test("the owner resets a forgotten password through the emailed link; other sessions end", async ({ browser }) => {
  const owner = await newPerson(browser, "Forgetful");
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: en("auth.forgotPassword") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("auth.forgotTitle") })).toBeVisible();
  const form = page.getByRole("form", { name: en("auth.forgotTitle") });

  // An address without an account: the same answer, and no message.
  const stranger = newAccount("Stranger").email;
  await form.getByLabel(en("auth.email")).fill(stranger);
  await form.getByRole("button", { name: en("auth.sendResetLink") }).click();
  await expect(page.getByTestId("reset-link-sent")).toHaveText(en("auth.resetLinkSent", { email: stranger }));

  await page.goto("/forgot-password");
  await form.getByLabel(en("auth.email")).fill(owner.account.email);
  await form.getByRole("button", { name: en("auth.sendResetLink") }).click();
  await expect(page.getByTestId("reset-link-sent")).toHaveText(
    en("auth.resetLinkSent", { email: owner.account.email }),
  );
  await screenshot(page, "phone-forgot-password");

  const link = await linkInMailbox(page, owner.account.email, en("mail.reset.subject"), "/reset-password/");
  expect(await mailCount(page, stranger)).toBe(0);
  await page.goto(link);
  const reset = page.getByRole("form", { name: en("auth.resetTitle") });
  const password = `new-${Date.now().toString(36)}-secret`;
  await reset.getByLabel(en("auth.newPassword")).fill(password);
  await reset.getByLabel(en("auth.confirmPassword")).fill(`${password}x`);
  await reset.getByRole("button", { name: en("auth.setPassword") }).click();
  await expect(reset.getByText(en("errors.passwordMismatch"))).toBeVisible();
  await reset.getByLabel(en("auth.confirmPassword")).fill(password);
  await reset.getByRole("button", { name: en("auth.setPassword") }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await expect(page.getByRole("status").filter({ hasText: en("auth.resetDone") })).toBeVisible();

  // The old password no longer works; the new one does.
  await fillSignIn(page, owner.account.email, owner.account.password);
  await expect(page.getByText(en("auth.wrongCredentials"))).toBeVisible();
  await fillSignIn(page, owner.account.email, password);
  await page.waitForURL((url) => url.pathname === "/workshops");

  // The browser that was signed in before is signed out.
  await owner.page.goto("/workshops");
  await owner.page.waitForURL((url) => url.pathname === "/sign-in");

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("status").filter({ hasText: en("errors.resetLinkInvalid") })).toBeVisible();
  await expect(page.getByRole("form", { name: en("auth.resetTitle") })).toHaveCount(0);
  await context.close();
  await owner.context.close();
});
