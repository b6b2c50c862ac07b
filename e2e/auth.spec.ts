// Accounts: sign up, sign in, sign out; generic sign-in failures; field errors on sign-up.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import {
  DEMO_PASSWORD,
  DEMO_SLUG,
  demo,
  fillSignIn,
  fillSignUp,
  newAccount,
  signIn,
  signOut,
  signUp,
} from "./support/app";
import { en } from "./support/i18n";

/** The error shown under a field, found from the field's label. */
function fieldError(page: Page, label: string) {
  return page
    .locator(".field")
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator(".field-error");
}

test("sign up with a fresh email, sign out, and sign in again", async ({ page }) => {
  const account = newAccount("Newcomer");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("link", { name: en("auth.signUp") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("auth.signUpTitle") })).toBeVisible();
  await fillSignUp(page, account);

  await page.waitForURL("**/workshops");
  await expect(page.getByRole("heading", { level: 1, name: en("workshops.title") })).toBeVisible();
  await expect(page.getByLabel(en("nav.signedInAs"))).toHaveText(account.name);
  await expect(page.getByText(en("workshops.empty"))).toBeVisible();

  await signOut(page);
  await expect(page.getByRole("heading", { level: 1, name: en("auth.signInTitle") })).toBeVisible();
  // Signed out, the app's pages send you to the sign-in page.
  await page.goto("/workshops");
  await expect(page).toHaveURL(/\/sign-in/);

  await fillSignIn(page, account.email, account.password);
  await page.waitForURL("**/workshops");
  await expect(page.getByLabel(en("nav.signedInAs"))).toHaveText(account.name);
});

test("a wrong password or an unknown email shows the same generic message", async ({ browser }) => {
  const owner = await browser.newContext();
  const account = newAccount("Forgetful");
  await signUp(await owner.newPage(), account);
  await owner.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await fillSignIn(page, account.email, "not-the-password");
  const error = page.locator("#sign-in-error");
  await expect(error).toHaveText(en("auth.wrongCredentials"));
  await expect(page).toHaveURL(/\/sign-in/);

  // An address without an account gets exactly the same answer (no account enumeration).
  await page.getByLabel(en("auth.email")).fill(`nobody-${Date.now()}@e2e.test`);
  await page.getByLabel(en("auth.password")).fill("whatever-password");
  await page.getByRole("button", { name: en("auth.signIn"), exact: true }).click();
  await expect(error).toHaveText(en("auth.wrongCredentials"));

  // The right password still works afterwards.
  await fillSignIn(page, account.email, account.password);
  await page.waitForURL("**/workshops");
  await context.close();
});

test("sign-up shows field errors next to the fields and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  const account = newAccount("Typo");

  // Bad email, short password.
  await fillSignUp(page, { ...account, email: "not-an-email", password: "short" }, "short");
  await expect(page.locator(".form-error")).toHaveText(en("errors.checkFields"));
  await expect(fieldError(page, en("auth.email"))).toHaveText(en("errors.email"));
  await expect(fieldError(page, en("auth.password"))).toHaveText(en("errors.passwordTooShort"));
  const password = page.getByLabel(en("auth.password"), { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(new RegExp(en("errors.passwordTooShort").replace(/\./g, "\\.")));
  // Focus goes to the first invalid field; the values stay.
  await expect(page.getByLabel(en("auth.email"))).toBeFocused();
  await expect(page.getByLabel(en("auth.email"))).toHaveValue("not-an-email");
  await expect(page.getByLabel(en("auth.name"))).toHaveValue(account.name);

  // Long enough, but the repetition differs.
  await fillSignUp(page, account, `${account.password}-typo`);
  await expect(fieldError(page, en("auth.confirmPassword"))).toHaveText(en("errors.passwordMismatch"));
  await expect(fieldError(page, en("auth.password"))).toHaveCount(0);
  await expect(fieldError(page, en("auth.email"))).toHaveCount(0);
  await expect(page.getByLabel(en("auth.confirmPassword"))).toHaveAttribute("aria-invalid", "true");

  // An email that already has an account.
  await fillSignUp(page, { ...account, email: demo.facilitator.email });
  await expect(fieldError(page, en("auth.email"))).toHaveText(en("errors.emailTaken"));
  await expect(page).toHaveURL(/\/sign-up/);

  // Corrected: the account is created and signed in.
  await fillSignUp(page, account);
  await page.waitForURL("**/workshops");
  await expect(page.getByLabel(en("nav.signedInAs"))).toHaveText(account.name);
});

test("a demo account signs in with the demo password", async ({ page }) => {
  await signIn(page, demo.liaoningDelegate.email, DEMO_PASSWORD);
  await expect(page.getByLabel(en("nav.signedInAs"))).toHaveText(demo.liaoningDelegate.name);
  await expect(page.getByRole("link", { name: "Revitalising Northeast China" })).toBeVisible();
});

test("the sign-in error takes the focus, so screen-reader and keyboard users land on it", async ({ page }) => {
  await page.goto("/sign-in");
  await fillSignIn(page, `nobody-${Date.now()}@e2e.test`, "whatever-password");
  const error = page.locator("#sign-in-error");
  await expect(error).toHaveText(en("auth.wrongCredentials"));
  await expect(error).toBeFocused({ timeout: 3_000 });
});

test("a crafted callback URL never leaves the site and never breaks the page", async ({ page }) => {
  const account = newAccount("Redirected");
  await signUp(page, account);
  // Browsers drop the tab: "/\t/evil.example/phish" would be "//evil.example/phish" to them.
  for (const crafted of [
    "/%09/evil.example/phish",
    "/%5C/evil.example",
    "https://evil.example/",
    "/w/x%0D%0ASet-Cookie:a=b",
  ]) {
    const response = await page.goto(`/sign-in?callbackUrl=${crafted}`);
    expect(response?.status(), crafted).toBeLessThan(400);
    expect(new URL(page.url()).hostname, crafted).not.toContain("evil");
    await expect(page, crafted).toHaveURL(/\/workshops$/);
  }
  // A path on this site is still followed.
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/workshops/new")}`);
  await expect(page).toHaveURL(/\/workshops\/new$/);
});

test("signing out ends the session on the server: a copy of the old cookie signs nobody in", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, newAccount("Leaver"));
  const copied = await context.cookies();
  await signOut(page);

  // Someone who kept a copy of the cookie (a shared computer, a stolen backup) gets nothing.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/workshops");
  await expect(thiefPage).toHaveURL(/\/sign-in/);
  expect((await thief.request.get(`/api/w/${DEMO_SLUG}/events`)).status()).toBe(401);
  await thief.close();
  await context.close();
});

test("a wrong password counts against the connection's address, not one the request claims", async ({ request }) => {
  const email = newAccount("Spoofer").email;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "a wrong password", json: "true" },
    // Were this trusted, a guesser could pick a new address for every try.
    headers: { "x-forwarded-for": "198.51.100.77", "x-forwarded-proto": "https" },
  });
  expect(response.status()).toBeLessThan(500);
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ key: string }>(`SELECT "key" FROM "SignInFailure" WHERE "key" LIKE $1`, [
      `pair:${email}|%`,
    ]);
    expect(rows).toHaveLength(1);
    // The socket's address (the test runs on this machine), with no proxy configured.
    expect(rows[0]!.key).toMatch(/\|(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
  } finally {
    await db.end();
  }
});
