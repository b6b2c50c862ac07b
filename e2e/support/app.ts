// Helpers for the journeys: accounts, sign-in/out, and the facilitator's set-up steps, all through
// the UI with role and label locators (the texts come from messages/*.json via `t`).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { t, type Lang } from "./i18n";

export const DEMO_PASSWORD = "roundtable-demo";
export const DEMO_SLUG = "revitalising-northeast-china";
export const demo = {
  facilitator: { email: "facilitator@roundtable.demo", name: "Facilitator (research centre)" },
  liaoningDelegate: { email: "liaoning.delegate@roundtable.demo", name: "Liaoning delegate" },
  jilinLead: { email: "jilin.lead@roundtable.demo", name: "Jilin lead delegate" },
} as const;

export const SCREENSHOT_DIR = path.resolve(process.cwd(), "e2e", ".screenshots");

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** A never-used account (unique per call, also across retries and parallel workers). */
export function newAccount(label: string): Account {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  return {
    name: `${label} ${id.slice(-6)}`,
    email: `${label.toLowerCase().replace(/\W+/g, "-")}-${id}@e2e.test`,
    password: `pw-${id}-secret`,
  };
}

export interface Person {
  account: Account;
  context: BrowserContext;
  page: Page;
}

/** Fills and submits the sign-up form on the current page (it must show the form). */
export async function fillSignUp(
  page: Page,
  account: Account,
  confirm = account.password,
  lang: Lang = "en",
): Promise<void> {
  await page.getByLabel(t(lang, "auth.name")).fill(account.name);
  await page.getByLabel(t(lang, "auth.email")).fill(account.email);
  await page.getByLabel(t(lang, "auth.password"), { exact: true }).fill(account.password);
  await page.getByLabel(t(lang, "auth.confirmPassword")).fill(confirm);
  await page.getByRole("button", { name: t(lang, "auth.createAccount") }).click();
}

/** Creates the account through /sign-up and waits until the app has signed it in and moved on. */
export async function signUp(page: Page, account: Account): Promise<void> {
  await page.goto("/sign-up");
  await fillSignUp(page, account);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  await expect(page.getByLabel(t("en", "nav.signedInAs"))).toHaveText(account.name);
}

/** Signs in through /sign-in; lands on /workshops unless `landing` says otherwise. */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  { lang = "en" as Lang, landing = "/workshops" } = {},
): Promise<void> {
  await page.goto("/sign-in");
  await fillSignIn(page, email, password, lang);
  await page.waitForURL((url) => url.pathname === landing);
}

export async function fillSignIn(page: Page, email: string, password: string, lang: Lang = "en"): Promise<void> {
  await page.getByLabel(t(lang, "auth.email")).fill(email);
  await page.getByLabel(t(lang, "auth.password")).fill(password);
  await page.getByRole("button", { name: t(lang, "auth.signIn"), exact: true }).click();
}

export async function signOut(page: Page, lang: Lang = "en"): Promise<void> {
  await page.getByRole("button", { name: t(lang, "auth.signOut") }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
}

/** A new browser context with a freshly signed-up user in it. */
export async function newPerson(browser: Browser, label: string, baseURL?: string): Promise<Person> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const account = newAccount(label);
  await signUp(page, account);
  return { account, context, page };
}

/** A browser context signed in as an existing (demo) account. */
export async function signedInAs(
  browser: Browser,
  email: string,
  { baseURL, password = DEMO_PASSWORD }: { baseURL?: string; password?: string } = {},
): Promise<Person> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, email, password);
  return { account: { email, password, name: "" }, context, page };
}

/** The facilitator's form at /workshops/new; returns the new workshop's slug. */
export async function createWorkshop(
  page: Page,
  { title, region }: { title: string; region: string },
): Promise<string> {
  await page.goto("/workshops");
  await page.getByRole("link", { name: t("en", "workshops.create") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("en", "workshops.create") })).toBeVisible();
  await page.getByLabel(t("en", "workshop.fields.title")).fill(title);
  await page.getByLabel(t("en", "workshop.fields.region")).fill(region);
  await page.getByLabel(t("en", "workshop.fields.description")).fill("Created by an end-to-end test.");
  await page.getByRole("button", { name: t("en", "workshops.create") }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split("/")[2]!);
}

/** Workshop tabs ("Overview", "Delegations", "Members"). */
export async function openTab(page: Page, tab: "overview" | "delegations" | "members"): Promise<void> {
  await page
    .getByRole("navigation", { name: t("en", "nav.workshop") })
    .getByRole("link", { name: t("en", `nav.${tab}`), exact: true })
    .click();
  await expect(page.getByRole("link", { name: t("en", `nav.${tab}`), exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
}

export async function addDelegation(page: Page, { name, code }: { name: string; code: string }): Promise<void> {
  await openTab(page, "delegations");
  const form = page.getByRole("form", { name: t("en", "delegations.add") });
  await form.getByLabel(t("en", "delegations.fields.name")).fill(name);
  await form.getByLabel(t("en", "delegations.fields.code")).fill(code);
  await form.getByRole("button", { name: t("en", "delegations.add") }).click();
  await expect(page.getByRole("table").getByRole("rowheader", { name })).toBeVisible();
}

/** Members tab → "Invite someone" as Delegate (or `role`) of `delegation`; returns the link shown once. */
export async function createInvitation(
  page: Page,
  {
    delegation,
    note = "",
    role = "DELEGATE",
  }: { delegation: string; note?: string; role?: "DELEGATE" | "LEAD_DELEGATE" },
): Promise<string> {
  if (!new URL(page.url()).pathname.endsWith("/members")) await openTab(page, "members");
  const form = page.getByRole("form", { name: t("en", "members.invite") });
  await form.getByLabel(t("en", "members.fields.role")).selectOption({ label: t("en", `roles.${role}`) });
  await form.getByLabel(t("en", "members.fields.delegation")).selectOption({ label: delegation });
  if (note) await form.getByLabel(t("en", "members.fields.note")).fill(note);
  const link = page.getByTestId("invite-link");
  const previous = (await link.count()) ? await link.inputValue() : null;
  await form.getByRole("button", { name: t("en", "members.createLink") }).click();
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  if (previous) await expect(link).not.toHaveValue(previous);
  await expect(page.getByLabel(t("en", "members.linkReady"))).toHaveValue(await link.inputValue());
  return link.inputValue();
}

/** Opens an invitation link while signed in and accepts it; lands in the workshop. */
export async function acceptInvitation(page: Page, link: string, slug: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: t("en", "invite.accept") }).click();
  await page.waitForURL((url) => url.pathname === `/w/${slug}`);
}

export interface Room {
  slug: string;
  title: string;
  delegation: string;
  facilitator: Person;
  delegate: Person;
}

/** A workshop of its own for a test: a new facilitator, one delegation, one delegate who joined
 * through an invitation link. Both are left on the workshop's overview. */
export async function setUpRoom(
  browser: Browser,
  { delegateBaseURL }: { delegateBaseURL?: string } = {},
): Promise<Room> {
  const facilitator = await newPerson(browser, "Facilitator");
  const title = `Room ${randomBytes(3).toString("hex")}`;
  const slug = await createWorkshop(facilitator.page, { title, region: "Northeast China" });
  const delegation = "Jilin";
  await addDelegation(facilitator.page, { name: delegation, code: "JL" });
  const link = await createInvitation(facilitator.page, { delegation });
  const delegate = await newPerson(browser, "Delegate", delegateBaseURL);
  await acceptInvitation(
    delegate.page,
    delegateBaseURL ? link.replace(/^https?:\/\/[^/]+/, delegateBaseURL) : link,
    slug,
  );
  await facilitator.page.goto(`/w/${slug}`);
  return { slug, title, delegation, facilitator, delegate };
}

/** The page's live connection (one EventSource per tab) is open. */
export async function expectLive(page: Page): Promise<void> {
  await expect(page.getByTestId("connection-status")).toHaveText(t("en", "live.status.live"));
}

export function phaseBadge(page: Page): Locator {
  return page.getByTestId("phase-badge");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Cookie header for requests made outside the browser (e.g. reading an SSE stream from Node). */
export async function cookieHeader(context: BrowserContext, url: string): Promise<string> {
  return (await context.cookies(url)).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Presses Tab until `target` has the focus (the keyboard is the only input). */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Counts the page's requests for server-rendered content (a refresh, a navigation, a prefetch). */
export function countRscRequests(page: Page) {
  const seen: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] === "1" || new URL(request.url()).searchParams.has("_rsc")) seen.push(request.url());
  });
  return { count: () => seen.length, urls: () => [...seen], reset: () => void seen.splice(0) };
}
