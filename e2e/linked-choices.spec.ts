// Linking a clause or a cluster to industries, clusters and objectives (issue 14): a searchable
// multi-select instead of a 97-option native list. Typed search by code or by a name in either
// language, the workshop's planned industries listed first, chips removed with Backspace or their
// ×, keyboard on a laptop and touch on a phone, and what was chosen is what the server stored.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_SLUG, demo, setUpRoom, signedInAs } from "./support/app";
import { en, t, type Lang } from "./support/i18n";
import { openProposeClause } from "./support/plans";

/** The values the form will post under `name` (Base UI keeps one hidden input per choice). */
function chosen(form: Locator, name: string): Promise<string[]> {
  return form
    .locator(`input[type="hidden"][name="${name}"]`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

function chips(field: Locator, lang: Lang): Locator {
  return field.page().getByRole("button", { name: new RegExp(`^${t(lang, "combobox.remove", { item: "" })}`) });
}

function listbox(page: Page): Locator {
  return page.getByRole("listbox");
}

test("a proposer links industries found by code or Chinese name, a cluster and an objective, by keyboard", async ({
  browser,
}) => {
  const { page } = await signedInAs(browser, demo.facilitator.email);
  await page.goto(`/w/${DEMO_SLUG}/plan`);
  await openProposeClause(page, "en");
  const form = page.getByRole("form", { name: en("plan.propose") });
  const title = `Linked ${Date.now()}`;
  await form.getByLabel(en("plan.fields.title")).fill(title);
  await form.getByLabel(en("plan.fields.text"), { exact: true }).fill("Changchun keeps final assembly.");

  const industries = form.getByRole("combobox", { name: en("plan.fields.industries") });
  await industries.focus();
  await industries.press("ArrowDown");
  // The industries some delegation planned come first, under their own heading.
  const groups = listbox(page).getByRole("group");
  await expect(groups.first()).toHaveAccessibleName(en("combobox.plannedIndustries"));
  await expect(groups.first().getByRole("option", { name: "36 Manufacture of automobiles" })).toBeVisible();
  await expect(groups.nth(1)).toHaveAccessibleName(en("combobox.otherIndustries"));

  // Found by its Chinese name in the English interface, chosen with Enter.
  await industries.fill("汽车");
  await expect(listbox(page).getByRole("option")).toHaveText(["36 Manufacture of automobiles"]);
  await industries.press("ArrowDown");
  await industries.press("Enter");
  // Found by code; then one by a word of its English name, and removed again with Backspace.
  await industries.fill("39");
  await industries.press("ArrowDown");
  await industries.press("Enter");
  await industries.fill("tobacco");
  await industries.press("ArrowDown");
  await industries.press("Enter");
  await expect.poll(() => chosen(form, "industryCodes")).toEqual(["36", "39", "16"]);
  await industries.fill("");
  await industries.press("Backspace");
  await expect.poll(() => chosen(form, "industryCodes")).toEqual(["36", "39"]);
  await expect(chips(form, "en")).toHaveCount(2);
  await industries.press("Escape");

  const clusters = form.getByRole("combobox", { name: en("nav.clusters") });
  await clusters.fill("liaodong");
  await clusters.press("ArrowDown");
  await clusters.press("Enter");
  await clusters.press("Escape");
  const objectives = form.getByRole("combobox", { name: en("plan.fields.objectives") });
  await objectives.fill("O3");
  await objectives.press("ArrowDown");
  await objectives.press("Enter");
  await objectives.press("Escape");
  // Nothing matches: said so, and nothing is chosen.
  await objectives.fill("no such objective");
  await expect(page.getByText(en("combobox.empty"))).toBeVisible();
  await objectives.press("Escape");
  await objectives.fill("");

  await form.getByRole("button", { name: en("plan.propose") }).click();
  await page.waitForURL(/\/plan\/[a-z0-9]+$/);
  const links = page.getByTestId("clause-links");
  await expect(links).toContainText("36 Manufacture of automobiles");
  await expect(links).toContainText("39 Manufacture of computers");
  await expect(links).not.toContainText("16 ");
  await expect(links).toContainText("Liaodong Peninsula");
  await expect(links).toContainText("O3 Build regional transport and logistics networks");
});

test("on a phone, in Chinese, a facilitator taps industries into a new cluster; the form starts empty again", async ({
  browser,
}) => {
  const room = await setUpRoom(browser);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    storageState: await room.facilitator.page.context().storageState(),
  });
  const page = await context.newPage();
  await page.goto(`/w/${room.slug}/clusters`);
  await page.getByRole("button", { name: "简体中文" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: t("zh-CN", "nav.clusters") })).toBeVisible();

  const form = page.getByRole("form", { name: t("zh-CN", "clusters.add") });
  await form.getByLabel(t("zh-CN", "clusters.fields.name")).fill("长吉图");
  await form.getByLabel(t("zh-CN", "clusters.fields.coreCity")).fill("长春");
  const industries = form.getByRole("combobox", { name: t("zh-CN", "clusters.fields.specialisation") });
  await industries.tap();
  await industries.fill("汽车");
  await listbox(page).getByRole("option", { name: "36 汽车制造业" }).tap();
  // The list stays open for a second choice from another search.
  await industries.fill("农");
  await listbox(page).getByRole("option", { name: "01 农业" }).tap();
  await expect.poll(() => chosen(form, "industryCodes")).toEqual(["36", "01"]);
  // A chip's × is a target a finger can hit (WCAG 2.2: 24 px at least).
  const remove = page.getByRole("button", { name: t("zh-CN", "combobox.remove", { item: "01 农业" }) });
  const box = await remove.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  await remove.tap();
  await expect.poll(() => chosen(form, "industryCodes")).toEqual(["36"]);
  // Nothing on the page is wider than the phone, open list included.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.keyboard.press("Escape");
  await form.getByRole("button", { name: t("zh-CN", "clusters.add") }).tap();
  const cluster = page.getByTestId("cluster").filter({ hasText: "长吉图" });
  await expect(cluster).toContainText("36 汽车制造业");
  // Added: the form is empty again, chips included, for the next cluster.
  await expect(form.getByLabel(t("zh-CN", "clusters.fields.name"))).toHaveValue("");
  await expect.poll(() => chosen(form, "industryCodes")).toEqual([]);
  await context.close();
});

test("the searchable fields are fetched when first used, not with the page, and keep what was typed meanwhile", async ({
  browser,
}) => {
  const room = await setUpRoom(browser);
  const { page } = room.delegate;
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  await page.goto(`/w/${room.slug}/industries`);
  await expect(page.getByTestId("connection-status")).toHaveText(en("live.status.live"));
  const box = page.getByRole("combobox", { name: en("industries.fields.industry") });
  await expect(box).toBeVisible();
  const loaded = scripts.length;
  // Typing at once: the stand-in keeps the text while the control arrives, then the list opens
  // on it with the first match highlighted.
  await box.pressSequentially("automob");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(listbox(page).getByRole("option", { name: /^36 / })).toHaveAttribute("data-highlighted");
  await expect(box).toHaveValue("automob");
  expect(scripts.length, "the control's code came on first use").toBeGreaterThan(loaded);
  await room.facilitator.context.close();
  await room.delegate.context.close();
});
