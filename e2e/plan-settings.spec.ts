// The facilitator's plan settings (issue 4): strategy objectives (and which no clause covers),
// the consensus rule until negotiation starts, section titles; delegates cannot reach them.
import { expect, test } from "@playwright/test";
import { setUpRoom } from "./support/app";
import { en } from "./support/i18n";

test("the facilitator sets objectives, the rule and section titles; a delegate is refused", async ({ browser }) => {
  const room = await setUpRoom(browser);
  const { slug, facilitator, delegate } = room;
  const page = facilitator.page;

  await page.goto(`/w/${slug}/plan`);
  await page.getByRole("link", { name: en("plan.settings.link") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("plan.settings.title") })).toBeVisible();

  // An objective: listed on the plan page as not yet covered by any clause.
  await page.getByText(en("plan.settings.objectives.add"), { exact: true }).first().click();
  const objectiveForm = page.getByRole("form", { name: en("plan.settings.objectives.add") });
  await objectiveForm.getByRole("textbox", { name: en("plan.settings.objectives.code") }).fill("O1");
  await objectiveForm
    .getByRole("textbox", { name: en("plan.settings.objectives.name") })
    .fill("Restructure heavy industry");
  await objectiveForm.getByRole("button", { name: en("plan.settings.objectives.add") }).click();
  await expect(page.getByText("O1 Restructure heavy industry").first()).toBeVisible();

  // The rule: a qualified majority of two thirds, shown in words to everyone.
  const ruleForm = page.getByRole("form", { name: en("plan.settings.rule.title") });
  await ruleForm
    .getByRole("combobox", { name: en("workshop.fields.consensusRule") })
    .selectOption("QUALIFIED_MAJORITY");
  await ruleForm.getByRole("spinbutton", { name: en("workshop.fields.majorityShare") }).fill("0.66");
  await ruleForm.getByRole("button", { name: en("plan.settings.rule.save") }).click();

  // A section renamed.
  const firstSection = page.getByRole("form", {
    name: en("plan.settings.sections.renameLabel", { title: en("plan.sections.industries") }),
  });
  await firstSection.getByRole("textbox", { name: en("plan.settings.sections.name") }).fill("Pillar industries");
  await firstSection.getByRole("button", { name: en("plan.settings.sections.rename") }).click();

  await delegate.page.goto(`/w/${slug}/plan`);
  await expect(delegate.page.getByTestId("uncovered-objectives")).toContainText("O1 Restructure heavy industry");
  await expect(
    delegate.page.getByText(en("consensusRules.QUALIFIED_MAJORITY"), { exact: false }).first(),
  ).toBeVisible();
  await expect(delegate.page.getByRole("heading", { level: 2, name: "Pillar industries" })).toBeVisible();
  await expect(delegate.page.getByRole("link", { name: en("plan.settings.link") })).toHaveCount(0);

  // The settings are the facilitators' own: a delegate gets the 403 page.
  await delegate.page.goto(`/w/${slug}/plan/settings`);
  await expect(delegate.page.getByRole("heading", { name: en("common.forbiddenTitle") })).toBeVisible();
  for (const person of [facilitator, delegate]) await person.context.close();
});
