// The plan page printed (issue 7): the print stylesheet leaves the plan — sections, clauses with
// their text and status — and drops the app's navigation, controls and live widgets. Checked in
// print media and in the PDF Chromium prints, read back with pdf.js.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { pdfPages, squash } from "../test/documents";
import { DEMO_SLUG, demo, screenshot, signedInAs } from "./support/app";
import { en } from "./support/i18n";
import { openProposeClause } from "./support/plans";

test("the plan page prints as the plan, without the app around it", async ({ browser }) => {
  const facilitator = await signedInAs(browser, demo.facilitator.email);
  const { page } = facilitator;
  const title = `打印检查 Print check ${randomBytes(3).toString("hex")}`;
  const text = "第一段：长春继续作为整车中心。\nSecond line: Shenyang builds components.";

  await page.goto(`/w/${DEMO_SLUG}/plan`);
  await openProposeClause(page, "en");
  await page.getByLabel(en("plan.fields.title")).fill(title);
  await page.getByLabel(en("plan.fields.text"), { exact: true }).fill(text);
  await page.getByRole("button", { name: en("plan.propose") }).click();
  await page.waitForURL(/\/plan\/[a-z0-9]+$/);
  await page.goto(`/w/${DEMO_SLUG}/plan`);

  const clause = page.getByTestId("clause-row").filter({ hasText: title });
  const clauseText = clause.locator(".clause-text");
  const navigation = page.getByRole("navigation", { name: en("nav.workshop") });
  const propose = page.getByText(en("plan.propose"), { exact: true }).first();
  // On screen: the overview, with the app's navigation and the form; the texts are on the clause pages.
  await expect(navigation).toBeVisible();
  await expect(propose).toBeVisible();
  await expect(clauseText).toBeHidden();

  await page.emulateMedia({ media: "print" });
  await expect(clauseText).toBeVisible();
  await expect(clauseText).toHaveText(text);
  await expect(navigation).toBeHidden();
  await expect(propose).toBeHidden();
  await expect(page.getByTestId("connection-status")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: en("nav.plan") })).toBeVisible();
  await screenshot(page, "plan-print");

  const pages = await pdfPages(await page.pdf({ format: "A4", printBackground: false }));
  const printed = squash(pages.join("\n"));
  expect(printed).toContain(squash(title));
  // (pdf.js reads some glyphs of the system CJK font back as radicals — 长 as ⻓ — so the check
  // uses characters without such look-alikes.)
  expect(printed).toContain(squash("春继续作为整"));
  expect(printed).toContain(squash("Second line: Shenyang builds components."));
  expect(printed).toContain(squash(en(`plan.status.PROPOSED`)));
  expect(printed).not.toContain(squash(en("nav.ratify")));
  expect(printed).not.toContain(squash(en("live.status.live")));
  await facilitator.context.close();
});
