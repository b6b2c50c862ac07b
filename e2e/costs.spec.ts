// Cost sharing (issue 4) in the demo workshop: the demo services' allocation tables, the service
// form's field errors, a lead declaring their own delegation's usage, and the arrangement proposed
// as a plan clause. Works on a service of its own (a unique name) and signs in as the Heilongjiang
// lead, whom no other spec uses (its language is switched for a screenshot and switched back).
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SLUG, demo, expectLive, screenshot, signIn } from "./support/app";
import { en, zh } from "./support/i18n";

const HEILONGJIANG_LEAD = "heilongjiang.lead@roundtable.demo";

async function openCosts(page: Page): Promise<void> {
  await page.goto(`/w/${DEMO_SLUG}/costs`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectLive(page);
}

test("cost sharing: tables, field errors, a lead's own usage, and the arrangement as a plan clause", async ({
  page,
  browser,
}) => {
  const name = `Cross-province transport authority ${Date.now().toString(36)}`;
  await signIn(page, demo.facilitator.email);
  await openCosts(page);
  await expect(page.getByRole("link", { name: en("nav.costs") })).toHaveAttribute("aria-current", "page");

  // The demo's logistics platform: 50% equal + 50% population, to the cent.
  const logistics = page.getByRole("region", { name: "Regional logistics platform" });
  const table = logistics.getByRole("table", {
    name: en("costs.table.caption", { name: "Regional logistics platform" }),
  });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /^Total/ })).toContainText("CN¥120,000,000.00");
  await expect(logistics.getByTestId("formula")).toHaveText("share = 50% × 1/3 + 50% × population / total population");
  await screenshot(page, "en-costs");

  // Field errors next to their fields; nothing is created.
  const add = page.getByRole("form", { name: en("costs.add") });
  await add.getByLabel(en("costs.fields.name")).fill(name);
  await add.getByLabel(en("costs.fields.annualCost")).fill("12.345");
  await add.getByLabel(en("costs.fields.rowBasis", { number: 1 })).selectOption("EQUAL");
  await add.getByLabel(en("costs.fields.rowWeight", { number: 1 })).fill("40");
  await add.getByLabel(en("costs.fields.rowBasis", { number: 2 })).selectOption("USAGE");
  await add.getByLabel(en("costs.fields.rowWeight", { number: 2 })).fill("50");
  await add.getByRole("button", { name: en("costs.add") }).click();
  await expect(add.getByText(en("errors.money"))).toBeVisible();
  await expect(add.getByText(en("errors.weightsSum"))).toBeVisible();
  await expect(add.getByLabel(en("costs.fields.annualCost"))).toBeFocused();
  await expect(add.getByLabel(en("costs.fields.annualCost"))).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name })).toHaveCount(0);

  await add.getByLabel(en("costs.fields.annualCost")).fill("30,000,000");
  await add.getByLabel(en("costs.fields.rowWeight", { number: 2 })).fill("60");
  await add.getByRole("button", { name: en("costs.add") }).click();
  const service = page.getByRole("region", { name });
  await expect(service.getByTestId("allocation-problems")).toContainText(
    en("costs.problems.missing", { figure: en("costs.figure.USAGE"), names: "Liaoning, Jilin, Heilongjiang" }),
  );

  // The Heilongjiang lead declares Heilongjiang's usage, and only that.
  const context = await browser.newContext();
  const lead = await context.newPage();
  await signIn(lead, HEILONGJIANG_LEAD);
  await openCosts(lead);
  const leadService = lead.getByRole("region", { name });
  await expect(
    leadService.getByRole("form", { name: en("costs.figures.formOf", { delegation: "Jilin" }) }),
  ).toHaveCount(0);
  await expect(leadService.getByRole("button", { name: en("costs.plan.propose") })).toHaveCount(0);
  const declare = leadService.getByRole("form", { name: en("costs.figures.declare", { delegation: "Heilongjiang" }) });
  await declare.getByLabel(en("costs.figures.usage")).fill("25");
  await declare.getByRole("button", { name: en("costs.figures.save") }).click();
  // Live: the facilitator's page follows.
  await expect(service.getByTestId("allocation-problems")).toContainText(
    en("costs.problems.missing", { figure: en("costs.figure.USAGE"), names: "Liaoning, Jilin" }),
  );

  // The facilitator completes the figures; the table appears and sums to the cost.
  await service.getByText(en("costs.figures.edit"), { exact: true }).click();
  for (const [delegation, usage] of [
    ["Liaoning", "40"],
    ["Jilin", "35"],
  ] as const) {
    const form = service.getByRole("form", { name: en("costs.figures.formOf", { delegation }) });
    await form.getByLabel(en("costs.figures.usage")).fill(usage);
    await form.getByRole("button", { name: en("costs.figures.save") }).click();
    await expect(form.getByRole("button", { name: en("costs.figures.save") })).toBeEnabled();
  }
  const allocation = service.getByRole("table", { name: en("costs.table.caption", { name }) });
  await expect(allocation.getByRole("row", { name: /^Total/ })).toContainText("CN¥30,000,000.00");

  // Into the plan: a clause in the services section that states the table.
  await service.getByRole("button", { name: en("costs.plan.propose") }).click();
  await expect(service.getByTestId("plan-status")).toContainText(en("costs.plan.upToDate"));
  await expect(leadService.getByTestId("plan-status")).toContainText(en("costs.plan.upToDate"));
  await service.getByRole("link", { name: en("costs.plan.open") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("costs.clause.title", { name }) })).toBeVisible();
  await expect(page.getByText(/^Heilongjiang: CN¥/).first()).toBeVisible();

  // The lead's usage changes: the clause no longer states the allocation, and the page says so.
  await declare.getByLabel(en("costs.figures.usage")).fill("30");
  await declare.getByRole("button", { name: en("costs.figures.save") }).click();
  await expect(leadService.getByTestId("plan-status")).toContainText(en("costs.plan.outdated"));
  await screenshot(lead, "en-costs-lead");

  // The same page in Chinese (the lead's own choice, restored afterwards).
  await lead.getByRole("button", { name: "简体中文" }).click();
  await expect(lead.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(lead.getByRole("heading", { level: 1, name: zh("nav.costs") })).toBeVisible();
  await expect(lead.getByRole("region", { name }).getByTestId("plan-status")).toContainText(zh("costs.plan.outdated"));
  await screenshot(lead, "zh-CN-costs-lead");
  await lead.getByRole("button", { name: "English" }).click();
  await expect(lead.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});
