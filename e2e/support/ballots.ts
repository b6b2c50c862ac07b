// Helpers for the brands-and-ballots journeys (issue 5): a workshop with three delegations and a
// voter in each, brand proposals, the facilitator's ballot form and controls, and the voter's
// ranking widget. Role and label locators; texts from messages/*.json.
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { addDelegation, expectLive, type Person } from "./app";
import { t, type Lang } from "./i18n";
import { joinAs, pickIndustry, setUpTwoDelegations, type Delegation, type PlanRoom } from "./plans";

export const LIAONING: Delegation = { name: "Liaoning", code: "LN" };

export interface BallotRoom extends PlanRoom {
  /** Delegation C (Liaoning) and a plain delegate of it. */
  c: Delegation;
  delegateC: Person;
}

/** setUpTwoDelegations plus a third delegation, Liaoning, with a (plain) delegate: a voter in
 * each of three delegations (Jilin's lead, Heilongjiang's lead, Liaoning's delegate). */
export async function setUpThreeDelegations(browser: Browser): Promise<BallotRoom> {
  const room = await setUpTwoDelegations(browser);
  await addDelegation(room.facilitator.page, LIAONING);
  const delegateC = await joinAs(browser, room.facilitator, room.slug, {
    delegation: LIAONING.name,
    role: "DELEGATE",
    label: "Liaoning delegate",
  });
  return {
    ...room,
    c: LIAONING,
    delegateC,
    close: async () => {
      await room.close();
      await delegateC.context.close();
    },
  };
}

export interface Brand {
  en: string;
  zh: string;
  industry: { query: string; code: string };
}

/** A brand's label in the reader's language (the app shows the other name as a fallback only). */
export const label = (brand: Brand, lang: Lang = "en") => (lang === "en" ? brand.en : brand.zh);

/** The "Brands & ballots" tab, with its live connection up. */
export async function openBrands(page: Page, slug: string, lang: Lang = "en"): Promise<void> {
  await page.goto(`/w/${slug}/brands`);
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "nav.brands") })).toBeVisible();
  await expectLive(page);
}

/** A brand's card on the brands page (a region named by the brand). */
export function brandCard(page: Page, brand: Brand, lang: Lang = "en"): Locator {
  return page.getByRole("region", { name: label(brand, lang), exact: true });
}

/** Proposes a brand through "Propose a brand"; facilitators tick the sponsoring delegations. */
export async function proposeBrand(page: Page, brand: Brand, sponsors: string[] = []): Promise<void> {
  const form = page.getByRole("form", { name: t("en", "brands.propose") });
  await form.getByLabel(t("en", "brands.fields.nameEn")).fill(brand.en);
  await form.getByLabel(t("en", "brands.fields.nameZh")).fill(brand.zh);
  await pickIndustry(form, brand.industry);
  for (const sponsor of sponsors) await form.getByRole("checkbox", { name: sponsor, exact: true }).check();
  await form.getByRole("button", { name: t("en", "brands.propose") }).click();
  await expect(brandCard(page, brand)).toBeVisible();
}

export interface BallotSettings {
  title: string;
  brands: Brand[];
  method: "PLURALITY" | "APPROVAL" | "SCORE" | "BORDA" | "IRV" | "SCHULZE";
  resultsVisibility: "LIVE" | "AFTER_CLOSE";
  secret: boolean;
  /** End-to-end verifiable: encrypted in the browser, the delegations hold the key. */
  encrypted?: boolean;
}

/** The facilitator's "Create a ballot" on the brands page; lands on the new (draft) ballot and
 * returns its path, /w/<slug>/ballots/<id>. */
export async function createBallot(page: Page, settings: BallotSettings): Promise<string> {
  await page.locator("summary", { hasText: t("en", "ballots.create") }).click();
  const form = page.getByRole("form", { name: t("en", "ballots.create") });
  await form.getByLabel(t("en", "ballots.fields.title")).fill(settings.title);
  for (const brand of settings.brands) await form.getByRole("checkbox", { name: brand.en, exact: true }).check();
  await form.getByLabel(t("en", "ballots.fields.method")).selectOption(settings.method);
  await form.getByLabel(t("en", "ballots.fields.resultsVisibility")).selectOption(settings.resultsVisibility);
  const secret = form.getByRole("checkbox", { name: t("en", "ballots.fields.secret"), exact: true });
  // A new ballot is secret unless the facilitator says otherwise.
  await expect(secret).toBeChecked();
  await secret.setChecked(settings.secret);
  await form
    .getByRole("checkbox", { name: t("en", "ballots.encrypted.field"), exact: true })
    .setChecked(settings.encrypted ?? false);
  await form.getByRole("button", { name: t("en", "ballots.create") }).click();
  await page.waitForURL(/\/ballots\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: settings.title })).toBeVisible();
  await expect(page.getByTestId("ballot-status")).toHaveText(t("en", "ballots.status.DRAFT"));
  return new URL(page.url()).pathname;
}

/** "Open voting now" / "Close voting now" on the ballot page (facilitators). */
export async function setVoting(page: Page, status: "OPEN" | "CLOSED", lang: Lang = "en"): Promise<void> {
  await page.getByRole("button", { name: t(lang, status === "OPEN" ? "ballots.open" : "ballots.close") }).click();
  await expect(page.getByTestId("ballot-status")).toHaveText(t(lang, `ballots.status.${status}`));
}

/** The voter's ranking widget: "Add X", "Move X up/down", "Remove X", by the option's label. */
export function rankingButton(
  page: Page,
  action: "add" | "moveUp" | "moveDown" | "remove",
  option: string,
  lang: Lang = "en",
): Locator {
  return page.getByRole("button", { name: t(lang, `ballots.vote.${action}`, { option }), exact: true });
}

/** The ranked options in order, most preferred first. */
export async function expectRanking(page: Page, labels: string[]): Promise<void> {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(page.getByTestId("ranking").getByRole("listitem")).toHaveText(
    labels.map((option, i) => new RegExp(`^${i + 1}${escape(option)}`)),
  );
}

/** Submits the ranking ("Cast my vote", or "Change my vote" after a first vote) and waits for
 * the confirmation. */
export async function castVote(page: Page, { change = false, lang = "en" as Lang } = {}): Promise<void> {
  await page.getByRole("button", { name: t(lang, change ? "ballots.vote.change" : "ballots.vote.cast") }).click();
  await expect(page.getByTestId("vote-status")).toHaveText(
    t(lang, change ? "ballots.vote.replaced" : "ballots.vote.recorded"),
  );
}

/** "{voters} of {eligible} eligible voters voted ({share})." with the share as the app formats it. */
export function turnoutText(voters: number, eligible: number, lang: Lang = "en"): string {
  const share = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(
    eligible === 0 ? 0 : voters / eligible,
  );
  return t(lang, "ballots.results.turnout", { voters, eligible, share });
}

export const RICE: Brand = { en: "Black Soil Rice", zh: "黑土地大米", industry: { query: "13", code: "13" } };
export const WATER: Brand = { en: "Changbai Spring Water", zh: "长白山泉水", industry: { query: "15", code: "15" } };
export const AUTO: Brand = { en: "Northeast Auto Parts", zh: "东北汽车零部件", industry: { query: "36", code: "36" } };

/** Opens a ballot's page and waits for its live connection. */
export async function openBallot(person: Person, path: string): Promise<void> {
  await person.page.goto(path);
  await expect(person.page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectLive(person.page);
}
