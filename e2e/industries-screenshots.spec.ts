// Screenshots of the industry-plan pages of the demo workshop (submitted lists of the three
// provinces, two city clusters, a reference) in English and Chinese at 1280×800, into
// e2e/.screenshots/ (git-ignored), for a human to look at. Signs in as the Jilin lead delegate,
// whose language it switches (and switches back at the end); no other spec uses that account.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SLUG, screenshot, signIn } from "./support/app";
import { t, type Lang } from "./support/i18n";
import { messagePattern, submittedStatus } from "./support/plans";

const JILIN_LEAD = "jilin.lead@roundtable.demo";

async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("button", { name: lang === "en" ? "English" : "简体中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

async function open(page: Page, path: string, lang: Lang, title: string): Promise<void> {
  await page.goto(`/w/${DEMO_SLUG}${path}`);
  await expect(page.getByRole("heading", { level: 1, name: t(lang, title) })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
}

async function shootPlanPages(page: Page, lang: Lang): Promise<void> {
  await open(page, "/industries", lang, "nav.industries");
  // The demo's names in the reader's language (its glossary).
  for (const name of lang === "en" ? ["Liaoning", "Jilin", "Heilongjiang"] : ["辽宁", "吉林", "黑龙江"]) {
    const list = page.getByRole("region", { name: new RegExp(`^${name}( ·|$)`) });
    await expect(list.getByText(submittedStatus(lang))).toBeVisible();
    await expect(list.getByRole("rowheader", { name: /^36 / }).first()).toBeVisible();
  }
  await expect(page.getByRole("button", { name: t(lang, "industries.reopenList") })).toBeVisible();
  await screenshot(page, `${lang}-industries`);

  await open(page, "/analysis", lang, "nav.analysis");
  const matrix = page.getByRole("table", { name: t(lang, "analysis.matrixCaption") });
  await expect(matrix.getByRole("rowheader").first()).toContainText(/^36 /);
  // The chart's labels are whole, not cut short, in either language.
  const chart = page.getByRole("figure", { name: t(lang, "analysis.chart.scoreTitle") });
  await expect(chart.getByRole("listitem").first()).toContainText(
    lang === "en" ? "36 Manufacture of automobiles" : "36 汽车制造业",
  );
  await expect(chart).not.toContainText("…");
  await expect(page.getByRole("table", { name: messagePattern(lang, "analysis.heatmapCaption") })).toBeVisible();
  await screenshot(page, `${lang}-analysis`);

  await open(page, "/clusters", lang, "nav.clusters");
  for (const name of lang === "en" ? ["Liaodong Peninsula", "Inland cities"] : ["辽东半岛", "内陆城市群"])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await screenshot(page, `${lang}-clusters`);
}

test("industry plans, overlap analysis and clusters of the demo in English and Chinese at 1280x800", async ({
  page,
}) => {
  await signIn(page, JILIN_LEAD);
  // English, even if an interrupted earlier attempt left the account in Chinese.
  await switchLanguage(page, "en");
  await shootPlanPages(page, "en");
  await switchLanguage(page, "zh-CN");
  await shootPlanPages(page, "zh-CN");
  await switchLanguage(page, "en");
});
