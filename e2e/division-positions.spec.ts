// Positions for the division of labour (issue 16), with three delegations on a demo of their own
// (e2e/support/demo-instance.ts: the positions stated here must not reach the shared demo). Each
// lead delegate states a position; a draft stays inside its delegation until it is submitted;
// a bad range is refused next to its field; two delegations that both must lead automobiles
// block the proposal and every screen says so, in words; once one cedes them the facilitator's
// next proposal gives them to the other, live on every page.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SLUG, demo, expectLive, screenshot, signedInAs, type Person } from "./support/app";
import { startDemoInstance, type DemoInstance } from "./support/demo-instance";
import { en } from "./support/i18n";

test.describe.configure({ mode: "serial" });

let demoInstance: DemoInstance | null = null;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demoInstance = await startDemoInstance("roundtable-division-");
});

test.afterAll(async () => {
  await demoInstance?.dispose();
});

test.afterEach(async ({}, testInfo) => {
  if (demoInstance && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach("app-instance.log", { body: demoInstance.instance.output(), contentType: "text/plain" });
});

const AUTOMOBILES = "36 Manufacture of automobiles";
const LEADS = {
  Liaoning: "liaoning.lead@roundtable.demo",
  Jilin: "jilin.lead@roundtable.demo",
  Heilongjiang: "heilongjiang.lead@roundtable.demo",
} as const;

async function openDivision(person: Person): Promise<void> {
  await person.page.goto(`/w/${DEMO_SLUG}/analysis/division`);
  await expect(person.page.getByRole("heading", { level: 1, name: en("division.title") })).toBeVisible();
  await expectLive(person.page);
}

const positionForm = (page: Page) => page.getByRole("form", { name: en("division.positionTitle") });
const stance = (page: Page, industry: string, choice: "stanceKeep" | "stanceLead" | "stanceCede") =>
  positionForm(page)
    .getByRole("group", { name: industry })
    .getByRole("radio", { name: en(`division.${choice}`) });
const positionsRow = (page: Page, delegation: string) =>
  page
    .getByTestId("division-positions")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: delegation, exact: true }) });

async function save(page: Page): Promise<void> {
  await positionForm(page)
    .getByRole("button", { name: en("division.savePosition") })
    .click();
  await expect(page.getByText(en("division.positionDraft"))).toBeVisible();
}

async function submit(page: Page): Promise<void> {
  await page.getByRole("button", { name: en("division.submitPosition") }).click();
  await expect(page.getByText(en("division.positionSubmitted"))).toBeVisible();
}

async function propose(page: Page): Promise<void> {
  const form = page.getByRole("form", { name: en("division.settingsTitle") });
  const before = await page.getByTestId("division-proposal").or(page.getByTestId("division-proposal-1")).count();
  const heading = before ? await page.getByRole("heading", { level: 2, name: /^Proposal \d+$/ }).textContent() : "";
  await form.getByRole("button", { name: en("division.propose") }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Proposal \d+$/ })).not.toHaveText(heading ?? "");
}

test("three delegations state positions; a conflict is named on every screen; a concession resolves it live", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const baseURL = demoInstance!.instance.baseURL;
  const facilitator = await signedInAs(browser, demo.facilitator.email, { baseURL });
  const liaoning = await signedInAs(browser, LEADS.Liaoning, { baseURL });
  const jilin = await signedInAs(browser, LEADS.Jilin, { baseURL });
  const heilongjiang = await signedInAs(browser, LEADS.Heilongjiang, { baseURL });
  for (const person of [facilitator, liaoning, jilin, heilongjiang]) await openDivision(person);
  // The room's screen, on the facilitator's second window: it follows the proposals by itself.
  const projector = await signedInAs(browser, demo.facilitator.email, { baseURL });
  await projector.page.setViewportSize({ width: 1920, height: 1080 });
  await projector.page.goto(`/w/${DEMO_SLUG}/analysis/division/projector`);
  await expectLive(projector.page);
  await expect(projector.page.getByTestId("division-none")).toBeVisible();
  // The facilitator states no position; every lead has the form.
  await expect(facilitator.page.getByTestId("division-position")).toHaveCount(0);
  await expect(liaoning.page.getByText(en("division.positionNotSaved"))).toBeVisible();

  // Liaoning's draft: must lead automobiles. Nobody else sees it.
  await stance(liaoning.page, AUTOMOBILES, "stanceLead").check();
  await save(liaoning.page);
  await expect(positionsRow(liaoning.page, "Liaoning")).toContainText(en("division.statusDraft"));
  await liaoning.page.setViewportSize({ width: 390, height: 844 });
  await screenshot(liaoning.page, "en-division-position-phone");
  await liaoning.page.setViewportSize({ width: 1280, height: 720 });
  await expect(jilin.page.getByTestId("division-positions")).toContainText(en("division.positionsNone"));
  await expect(facilitator.page.getByTestId("division-positions")).toContainText(en("division.positionsNone"));

  // Submitted, it reaches the other screens without a reload.
  await submit(liaoning.page);
  await expect(positionsRow(jilin.page, "Liaoning")).toContainText(AUTOMOBILES);
  await expect(positionsRow(facilitator.page, "Liaoning")).toContainText(en("division.statusSubmitted"));
  await expect(positionForm(liaoning.page)).toHaveCount(0);

  // Jilin insists on automobiles too.
  await stance(jilin.page, AUTOMOBILES, "stanceLead").check();
  await save(jilin.page);
  await submit(jilin.page);

  // Heilongjiang cedes them; a range upside down is refused on its field, nothing saved.
  await stance(heilongjiang.page, AUTOMOBILES, "stanceCede").check();
  const form = positionForm(heilongjiang.page);
  await form.getByLabel(en("division.minPillars")).fill("5");
  await form.getByLabel(en("division.maxPillars")).fill("2");
  await form.getByRole("button", { name: en("division.savePosition") }).click();
  await expect(form.getByText(en("errors.minAboveMax"))).toBeVisible();
  await expect(form.getByLabel(en("division.maxPillars"))).toHaveAttribute("aria-invalid", "true");
  await expect(heilongjiang.page.getByText(en("division.positionNotSaved"))).toBeVisible();
  await form.getByLabel(en("division.maxPillars")).fill("6");
  // A long-term envelope far above its plans: stated, shown, not binding.
  await form.getByLabel(en("division.envelopeLong")).fill("1000000000000000");
  await save(heilongjiang.page);
  await submit(heilongjiang.page);
  await expect(positionsRow(facilitator.page, "Heilongjiang")).toContainText("5 to 6");
  await expect(positionsRow(facilitator.page, "Heilongjiang")).toContainText("long term ≤ 1,000,000,000,000,000");

  // Both must lead automobiles: the proposal names the two statements, on every screen.
  await propose(facilitator.page);
  for (const person of [facilitator, liaoning, jilin, heilongjiang]) {
    const conflict = person.page.getByTestId("division-conflict");
    await expect(conflict).toContainText(`Liaoning must lead ${AUTOMOBILES}`);
    await expect(conflict).toContainText(`Jilin must lead ${AUTOMOBILES}`);
  }
  // And what dropping either statement would allow.
  await expect(facilitator.page.getByTestId("division-conflict").getByRole("listitem").first()).toContainText(
    /dropping it allows a division of labour \(objective \d/,
  );
  await screenshot(facilitator.page, "en-division-conflict");
  await expect(projector.page.getByTestId("division-conflict")).toContainText(`Jilin must lead ${AUTOMOBILES}`);

  // Liaoning reopens and cedes automobiles; the next proposal gives them to Jilin, live.
  await liaoning.page.getByRole("button", { name: en("division.reopenPosition") }).click();
  await expect(liaoning.page.getByText(en("division.positionDraft"))).toBeVisible();
  await expect(positionsRow(jilin.page, "Liaoning")).toHaveCount(0);
  await stance(liaoning.page, AUTOMOBILES, "stanceCede").check();
  await save(liaoning.page);
  await submit(liaoning.page);
  await propose(facilitator.page);
  for (const person of [facilitator, liaoning, jilin, heilongjiang]) {
    const matrix = person.page
      .getByTestId("division-proposal-1")
      .getByRole("table", { name: en("division.matrixCaption") });
    const automobiles = matrix
      .getByRole("row")
      .filter({ has: person.page.getByRole("rowheader", { name: new RegExp(`^${AUTOMOBILES}`) }) });
    // The first proposal had no matrix (the conflict): a matrix is the new proposal's.
    await expect(matrix).toBeVisible();
    const columns = await matrix.getByRole("columnheader").allTextContents();
    await expect(automobiles.getByRole("cell").nth(columns.indexOf("Jilin") - 1)).toHaveText(/^Lead \(/);
    await expect(automobiles.getByRole("cell").nth(columns.indexOf("Liaoning") - 1)).toHaveText(/^Gives up \(/);
  }
  await expect(facilitator.page.getByTestId("division-comparison")).toContainText(en("division.compareConflict"));
  // The projector shows the best proposal only, in large type.
  const onScreen = projector.page.getByTestId("division-proposal-1");
  await expect(onScreen.getByRole("heading", { level: 2 })).toHaveText("Proposal 2");
  await expect(projector.page.getByTestId("division-proposal-2")).toHaveCount(0);
  await expect(
    onScreen
      .getByRole("row")
      .filter({ has: projector.page.getByRole("rowheader", { name: new RegExp(`^${AUTOMOBILES}`) }) }),
  ).toContainText("Lead (");
  await screenshot(projector.page, "en-division-projector");

  // What-if: sharing a pillar nearly free. The comparison names the setting and the industries
  // whose roles moved.
  const settings = facilitator.page.getByRole("form", { name: en("division.settingsTitle") });
  await settings.getByLabel(en("division.redundancyPenalty")).fill("0.05");
  await propose(facilitator.page);
  for (const person of [facilitator, jilin]) {
    const comparison = person.page.getByTestId("division-comparison");
    await expect(comparison).toContainText(`${en("division.redundancyPenalty")}: 0.5 → 0.05`);
    await expect(comparison.getByRole("table", { name: en("division.compareCaption") })).toBeVisible();
  }
  await screenshot(facilitator.page, "en-division-what-if");

  // The facilitator puts the best alternative in the plan: one clause per contested industry,
  // announced on every screen, and in the plan for the delegations to negotiate.
  await facilitator.page
    .getByTestId("division-proposal-1")
    .getByRole("button", { name: en("division.adopt") })
    .click();
  for (const person of [facilitator, liaoning, jilin, heilongjiang]) {
    await expect(person.page.getByTestId("division-adopted")).toContainText(
      /Alternative 1 is in the plan as \d+ proposed clauses?\./,
    );
  }
  await expect(facilitator.page.getByRole("button", { name: en("division.adopt") })).toHaveCount(0);
  await jilin.page
    .getByTestId("division-adopted")
    .getByRole("link", { name: en("division.openPlan") })
    .click();
  await jilin.page.getByRole("link", { name: `Division of labour: ${AUTOMOBILES}` }).click();
  await expect(jilin.page.getByRole("heading", { level: 1, name: `Division of labour: ${AUTOMOBILES}` })).toBeVisible();
  await expect(
    jilin.page
      .getByRole("region", { name: en("plan.currentText") })
      .getByText(new RegExp(`^Jilin leads ${AUTOMOBILES} for the region`)),
  ).toBeVisible();
  const links = jilin.page.getByTestId("clause-links");
  await expect(links).toContainText(AUTOMOBILES);
  await expect(links).toContainText("Jilin, Liaoning, Heilongjiang");

  // Liaoning imports its economic base: a bad file is refused with each problem located and
  // nothing written; a good one replaces the base, and Heilongjiang's page shows it without a
  // reload.
  await openDivision(liaoning);
  await liaoning.page.getByText(en("division.baselineImport"), { exact: true }).click();
  const importForm = liaoning.page.getByRole("form", { name: en("division.baselineImport") });
  await expect(importForm.getByLabel(en("division.delegation"))).toHaveValue(/.+/);
  const upload = async (name: string, text: string) => {
    await importForm.getByLabel(en("industries.csv.file")).setInputFiles({
      name,
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    });
    await importForm.getByRole("button", { name: en("industries.csv.import") }).click();
  };
  await upload("bad.csv", "industry_code,employment\n36,lots\n");
  const report = liaoning.page.getByTestId("csv-report");
  await expect(report).toContainText(en("industries.csv.nothingWritten"));
  await expect(report.getByRole("row").nth(1)).toContainText(`2employment${en("errors.number")}lots`);
  await upload(
    "base.csv",
    'industry_code,employment,source,year\n36,"222,000",Provincial yearbook,2004\n34,260000,,\n',
  );
  await expect(liaoning.page.getByRole("status").filter({ hasText: "Imported 2 industries." })).toBeVisible();
  const base = heilongjiang.page.getByRole("table", { name: en("division.baselineCaption") });
  await expect(
    base
      .getByRole("row")
      .filter({ has: heilongjiang.page.getByRole("rowheader", { name: AUTOMOBILES }) })
      .getByRole("cell")
      .first(),
  ).toHaveText("222,000");
  await expect(heilongjiang.page.getByText("Source: Provincial yearbook (2004)")).toBeVisible();

  // The facilitator corrects one industry of Heilongjiang's base: a bad year is refused on its
  // field; the corrected row reaches Liaoning's page live.
  await facilitator.page.getByText(en("division.baselineRow"), { exact: true }).click();
  const rowForm = facilitator.page.getByRole("form", { name: en("division.baselineRow") });
  await rowForm.getByLabel(en("division.delegation")).selectOption({ label: "Heilongjiang" });
  await rowForm.getByLabel(en("division.industry")).selectOption("13");
  await rowForm.getByLabel(en("division.employment")).fill("171000");
  await rowForm.getByLabel(en("division.year")).fill("1850");
  await rowForm.getByRole("button", { name: en("common.save") }).click();
  await expect(rowForm.getByLabel(en("division.year"))).toHaveAttribute("aria-invalid", "true");
  await expect(rowForm.getByText(en("errors.outOfRange"))).toBeVisible();
  await rowForm.getByLabel(en("division.year")).fill("2005");
  await rowForm.getByRole("button", { name: en("common.save") }).click();
  const food = liaoning.page
    .getByRole("table", { name: en("division.baselineCaption") })
    .getByRole("row")
    .filter({
      has: liaoning.page.getByRole("rowheader", { name: "13 Processing of food from agricultural products" }),
    });
  await expect(food.getByRole("cell").last()).toHaveText("171,000");

  // In the live session, the facilitator puts the proposal in the spotlight: the room's screen shows it.
  await projector.page.goto(`/w/${DEMO_SLUG}/projector`);
  await expectLive(projector.page);
  await facilitator.page.goto(`/w/${DEMO_SLUG}/session`);
  const spotlight = facilitator.page.getByRole("form", { name: en("session.spotlight.set") });
  await spotlight.getByLabel(en("session.spotlight.target")).selectOption("DIVISION");
  await spotlight.getByRole("button", { name: en("session.spotlight.set") }).click();
  const shown = projector.page.getByTestId("projector-spotlight-division");
  await expect(shown.getByRole("heading", { level: 2, name: /^Proposal \d+$/ })).toBeVisible();
  await expect(shown.getByRole("table", { name: en("division.matrixCaption") })).toBeVisible();
  await screenshot(projector.page, "en-division-spotlight");
  for (const person of [facilitator, liaoning, jilin, heilongjiang, projector]) await person.context.close();
});
