// Single sign-on through a real OpenID Connect provider (oidc-provider, started here) and an app
// instance configured for it (two providers on the same issuer: "Provincial ID" may create
// accounts, "Partner ID" may not): a newcomer's account is created; an existing account is linked
// by its verified email (and signs in the same way next time); a stranger through "Partner ID" and
// anyone whose email the provider did not verify are refused, with the reason on the sign-in page.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort } from "../lib/db/temporary-database";
import { startOidcProvider, type RunningProvider } from "../test/oidc-provider";
import { newPerson, screenshot } from "./support/app";
import { en } from "./support/i18n";
import { startInstance, type AppInstance } from "./support/instance";

const tag = Date.now().toString(36);
let provider: RunningProvider;
let instance: AppInstance;
let existing: { name: string; email: string };

test.beforeAll(async ({ browser }) => {
  // Someone who signed up with a password (on the shared server, same database).
  const person = await newPerson(browser, "Existing");
  existing = { name: person.account.name, email: person.account.email };
  await person.context.close();

  const port = await freePort();
  const callback = (id: string) => `http://localhost:${port}/api/auth/callback/${id}`;
  provider = await startOidcProvider(
    [
      { client_id: "roundtable", client_secret: "open-secret", redirect_uris: [callback("province")] },
      { client_id: "roundtable-partner", client_secret: "partner-secret", redirect_uris: [callback("partner")] },
    ],
    {
      newcomer: { email: `newcomer-${tag}@province.example`, email_verified: true, name: `New Comer ${tag}` },
      existing: { email: existing.email.toUpperCase(), email_verified: true, name: "Someone Else" },
      stranger: { email: `stranger-${tag}@partner.example`, email_verified: true, name: "Stranger" },
      unverified: { email: existing.email, email_verified: false, name: "Impostor" },
    },
  );
  instance = await startInstance({
    port,
    env: {
      OIDC_PROVIDERS: "province,partner",
      OIDC_PROVINCE_ISSUER: provider.issuer,
      OIDC_PROVINCE_CLIENT_ID: "roundtable",
      OIDC_PROVINCE_CLIENT_SECRET: "open-secret",
      OIDC_PROVINCE_NAME: "Provincial ID",
      OIDC_PARTNER_ISSUER: provider.issuer,
      OIDC_PARTNER_CLIENT_ID: "roundtable-partner",
      OIDC_PARTNER_CLIENT_SECRET: "partner-secret",
      OIDC_PARTNER_NAME: "Partner ID",
      OIDC_PARTNER_ALLOW_SIGNUP: "false",
    },
  });
});

test.afterAll(async () => {
  await instance?.stop();
  await provider?.stop();
});

/** From the app's sign-in page through the provider's login and consent pages. */
async function signInThrough(browser: Browser, button: string, login: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: instance.baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: en("auth.sso.signInWith", { provider: button }) }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.locator('[type="submit"]').first().click();
  // The development consent page ("Continue").
  await page.locator('[type="submit"]').first().click();
  await page.waitForURL((url) => url.origin === instance.baseURL);
  return page;
}

const signedInAs = (page: Page) => page.getByLabel(en("nav.signedInAs"));

test("single sign-on creates, links, and refuses as configured", async ({ browser }) => {
  const newcomer = await signInThrough(browser, "Provincial ID", "newcomer");
  await newcomer.waitForURL((url) => url.pathname === "/workshops");
  await expect(signedInAs(newcomer)).toHaveText(`New Comer ${tag}`);
  await newcomer.context().close();

  // Linked by the verified email, even through the provider that may not create accounts.
  for (let time = 0; time < 2; time++) {
    const page = await signInThrough(browser, "Partner ID", "existing");
    await page.waitForURL((url) => url.pathname === "/workshops");
    await expect(signedInAs(page)).toHaveText(existing.name);
    await page.context().close();
  }

  const stranger = await signInThrough(browser, "Partner ID", "stranger");
  await stranger.waitForURL((url) => url.pathname === "/sign-in");
  await expect(stranger.getByRole("alert").filter({ hasText: en("auth.sso.noAccount") })).toBeVisible();
  await stranger.setViewportSize({ width: 390, height: 844 });
  await screenshot(stranger, "phone-sso-refused");
  await stranger.context().close();

  const impostor = await signInThrough(browser, "Provincial ID", "unverified");
  await impostor.waitForURL((url) => url.pathname === "/sign-in");
  await expect(impostor.getByRole("alert").filter({ hasText: en("auth.sso.unverified") })).toBeVisible();
  await impostor.context().close();
});
