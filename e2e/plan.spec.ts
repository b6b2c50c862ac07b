// The regional plan (issue 4), three people side by side: two lead delegates and the facilitator.
// A clause is proposed and amended (with a word diff), each delegation states its stance, an
// objection blocks agreement, and the facilitator sees consensus reached live and marks it agreed.
import { expect, test, type Page } from "@playwright/test";
import { expectLive } from "./support/app";
import { en } from "./support/i18n";
import { openProposeClause, setUpTwoDelegations } from "./support/plans";

async function recordStance(page: Page, position: "SUPPORT" | "OBJECT", reason: string) {
  const form = page.getByRole("form", { name: en("plan.stance.title") });
  await form.getByLabel(en("plan.stance.position")).selectOption(position);
  await form.getByLabel(en("plan.stance.reason")).fill(reason);
  await form.getByRole("button", { name: en("plan.stance.save") }).click();
  await expect(page.getByRole("table").filter({ hasText: en(`plan.position.${position}`) })).toBeVisible();
}

test("a clause is proposed, amended, objected to, then agreed by consensus, live for all three", async ({
  browser,
}) => {
  const room = await setUpTwoDelegations(browser);
  const { slug, facilitator, leadA, leadB } = room;

  // Jilin's lead proposes a clause.
  await leadA.page.goto(`/w/${slug}/plan`);
  await openProposeClause(leadA.page, "en");
  await leadA.page.getByLabel(en("plan.fields.title")).fill("Automobile specialisation");
  await leadA.page
    .getByLabel(en("plan.fields.text"), { exact: true })
    .fill("Changchun leads passenger cars; Shenyang builds buses.");
  await leadA.page.getByRole("button", { name: en("plan.propose") }).click();
  await leadA.page.waitForURL(/\/plan\/[a-z0-9]+$/);
  const clauseUrl = new URL(leadA.page.url()).pathname;

  // The facilitator keeps the clause open for the whole journey: no reloads from here on.
  await facilitator.page.goto(clauseUrl);
  await expectLive(facilitator.page);
  await facilitator.page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  // Heilongjiang's lead amends it; the facilitator sees the word diff and accepts it.
  await leadB.page.goto(clauseUrl);
  await leadB.page.getByText(en("plan.amend"), { exact: true }).first().click();
  await leadB.page.getByLabel(en("plan.fields.newText")).fill("Changchun leads passenger cars; Harbin builds buses.");
  await leadB.page.getByRole("button", { name: en("plan.amend") }).click();
  const amendment = facilitator.page.getByTestId("amendment");
  await expect(amendment.locator("del")).toContainText("Shenyang");
  await expect(amendment.locator("ins")).toContainText("Harbin");
  // Heilongjiang supports its amendment; Jilin states nothing on it.
  const own = leadB.page.getByTestId("amendment");
  await own.getByText(en("plan.stance.onAmendment", { delegation: "Heilongjiang" })).click();
  const onAmendment = own.getByRole("form", { name: en("plan.stance.title") });
  await onAmendment.getByLabel(en("plan.stance.position")).selectOption("SUPPORT");
  await onAmendment.getByRole("button", { name: en("plan.stance.save") }).click();
  const stancesOnIt = amendment.getByTestId("amendment-stances");
  await expect(stancesOnIt).toContainText(`Heilongjiang: ${en("plan.position.SUPPORT")}`);
  await facilitator.page.getByRole("button", { name: en("plan.acceptAmendment") }).click();
  await expect(leadA.page.getByText(en("plan.versionN", { n: 2 }), { exact: false }).first()).toBeVisible();
  // Decided, the amendment keeps the stances it was decided with (deciding supersedes them).
  await expect(amendment).toContainText(en("plan.amendmentStatus.ACCEPTED"));
  await expect(stancesOnIt).toContainText(`Heilongjiang: ${en("plan.position.SUPPORT")}`);
  await expect(stancesOnIt).toContainText(`Jilin: ${en("plan.position.noneRecorded")}`);

  // Jilin supports, Heilongjiang objects: the facilitator sees who blocks, and cannot agree.
  await leadA.page.goto(clauseUrl);
  await recordStance(leadA.page, "SUPPORT", "Matches our plans");
  await recordStance(leadB.page, "OBJECT", "Buses belong in Harbin and Changchun");
  const consensus = facilitator.page.getByTestId("consensus");
  await expect(consensus).toContainText(en("plan.consensus.blockedBy", { delegations: "Heilongjiang" }));
  await facilitator.page.getByLabel(en("plan.status.new")).selectOption("AGREED");
  await facilitator.page.getByRole("button", { name: en("plan.status.change") }).click();
  await expect(facilitator.page.locator(".form-error")).toHaveText(en("errors.consensusNotMet"));

  // Heilongjiang changes its stance: consensus is reached live, and the facilitator agrees.
  await recordStance(leadB.page, "SUPPORT", "Agreed after the amendment");
  await expect(consensus).toContainText(en("plan.consensus.met"));
  await facilitator.page.getByLabel(en("plan.status.new")).selectOption("AGREED");
  await facilitator.page.getByRole("button", { name: en("plan.status.change") }).click();
  await expect(leadA.page.getByTestId("clause-status")).toHaveText(en("plan.status.AGREED"));
  await expect(leadB.page.getByTestId("clause-status")).toHaveText(en("plan.status.AGREED"));
  expect(await facilitator.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await room.close();
});
