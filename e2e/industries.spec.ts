// Industry plans (issue 3), people side by side: two delegations plan the same industry and the
// facilitator's open analysis shows the collision live; drafts stay inside the delegation; only
// the own delegation's open list can be edited, and only its lead submits and reopens it; two
// delegates saving the same entry get a conflict instead of a silent overwrite.
import { expect, test, type Page } from "@playwright/test";
import { expectLive, setUpRoom } from "./support/app";
import { en } from "./support/i18n";
import {
  addEntry,
  entryRow,
  fillEntry,
  joinAs,
  openIndustries,
  planOf,
  setUpTwoDelegations,
  submitList,
  submittedStatus,
} from "./support/plans";

/** The overlap matrix row of industry `code` on the analysis page. */
function overlapRow(page: Page, code: string) {
  return page
    .getByRole("table", { name: en("analysis.matrixCaption") })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${code} `) }) });
}

const severityBand = new RegExp(
  `^(${["low", "medium", "high"].map((band) => en(`analysis.severity.${band}`)).join("|")}) · \\d+$`,
);

test("two delegations plan automobiles; the facilitator's open analysis shows the collision live", async ({
  browser,
}) => {
  const room = await setUpTwoDelegations(browser);
  const { slug } = room;

  // The facilitator's analysis page stays open, without a reload, for the whole journey.
  const analysis = room.facilitator.page;
  await analysis.goto(`/w/${slug}/analysis`);
  await expect(analysis.getByRole("heading", { level: 1, name: en("nav.analysis") })).toBeVisible();
  await expectLive(analysis);
  await expect(analysis.getByText(en("analysis.empty"))).toBeVisible();
  await analysis.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = "still here"));

  // Each lead adds automobiles (36) to their own list: one by its Chinese name and Enter, the
  // other by its English name and a click.
  const a = room.leadA.page;
  const b = room.leadB.page;
  await openIndustries(a, slug);
  await openIndustries(b, slug);
  const listA = planOf(a, room.a);
  const listB = planOf(b, room.b);
  await expect(listA.getByRole("heading", { level: 2 })).toContainText(en("industries.yourDelegation"));
  await addEntry(listA, {
    industry: { query: "汽车", code: "36", pick: "enter" },
    priority: 5,
    targetValue: "500000",
    targetUnit: "vehicles/year",
    investmentAmount: "30000000000",
    currency: "CNY",
    hubCities: "Changchun, Jilin",
  });
  await addEntry(listA, { industry: { query: "34", code: "34", pick: "enter" }, horizon: "LONG", priority: 3 });
  await addEntry(listB, {
    industry: { query: "automobiles", code: "36", pick: "click" },
    priority: 4,
    targetValue: "400000",
    targetUnit: "vehicles/year",
    investmentAmount: "20000000000",
    currency: "CNY",
    hubCities: "Harbin, Changchun",
  });
  await expect(entryRow(listA, "36")).toContainText(en("industries.status.DRAFT"));
  await expect(entryRow(listA, "36")).toContainText("Changchun, Jilin");

  // Drafts stay inside the delegation: neither the facilitator (in a second tab) nor the other
  // delegation sees them.
  const lists = await room.facilitator.context.newPage();
  await openIndustries(lists, slug);
  for (const delegation of [room.a, room.b])
    await expect(planOf(lists, delegation)).toContainText(en("industries.noEntries"));
  await expect(lists.getByRole("button", { name: en("industries.submitList") })).toHaveCount(0);
  await expect(planOf(a, room.b)).toContainText(en("industries.noEntries"));
  await expect(planOf(b, room.a)).toContainText(en("industries.noEntries"));

  // A submits. Only A's plan counts: B's draft of the same industry does not.
  const row36 = overlapRow(analysis, "36");
  await submitList(listA);
  await expect(listA.getByText(submittedStatus())).toBeVisible();
  await expect(row36).toContainText(en("analysis.plannedBy", { count: 1 }));
  await expect(row36.getByTestId("severity")).toHaveText(en("analysis.severity.none"));
  await expect(overlapRow(analysis, "34")).toContainText(en("analysis.plannedBy", { count: 1 }));
  // The facilitator's other tab shows A's submitted list live; B's list is still empty to them.
  await expect(entryRow(planOf(lists, room.a), "36")).toContainText(en("industries.status.SUBMITTED"));
  await expect(planOf(lists, room.b)).toContainText(en("industries.noEntries"));
  await expect(entryRow(planOf(b, room.a), "36")).toBeVisible();

  // B submits: two delegations now plan automobiles, in a shared hub city.
  await submitList(listB);
  await expect(row36).toContainText(en("analysis.plannedBy", { count: 2 }));
  await expect(row36.getByTestId("severity")).not.toHaveText(en("analysis.severity.none"));
  await expect(row36.getByTestId("severity")).toHaveText(severityBand);
  await expect(row36).toContainText(en("analysis.sharedHubs", { cities: "Changchun" }));
  // Contested industries come first; the chart now has a bar for it.
  await expect(
    analysis
      .getByRole("table", { name: en("analysis.matrixCaption") })
      .getByRole("rowheader")
      .first(),
  ).toHaveText(new RegExp(`^36 `));
  const chart = analysis.getByRole("figure", { name: en("analysis.chart.scoreTitle") });
  await expect(chart.getByRole("listitem").first()).toContainText(/^36 Manufacture of automobiles\d+ · /);
  await expect(analysis.getByText(en("analysis.noContested"))).toHaveCount(0);
  expect(await analysis.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe("still here");

  await expect(entryRow(planOf(lists, room.b), "36")).toContainText(en("industries.status.SUBMITTED"));
  await room.close();
});

test("a delegate edits only their own open list; once submitted, only the lead can reopen it", async ({ browser }) => {
  const room = await setUpTwoDelegations(browser, { delegateA: true });
  const { slug } = room;
  const addForm = en("industries.addEntry");

  // B's lead submits a list, so that A's delegate sees it.
  const lb = room.leadB.page;
  await openIndustries(lb, slug);
  await addEntry(planOf(lb, room.b), { industry: { query: "37", code: "37", pick: "enter" }, priority: 4 });
  await submitList(planOf(lb, room.b));

  const d = room.delegateA!.page;
  await openIndustries(d, slug);
  const own = planOf(d, room.a);
  const other = planOf(d, room.b);

  // B's list: readable, exportable, nothing to change.
  await expect(entryRow(other, "37")).toContainText(en("industries.status.SUBMITTED"));
  await expect(other.getByRole("link", { name: en("industries.csv.export") })).toBeVisible();
  await expect(other.getByRole("button", { name: `${en("common.edit")} 37` })).toHaveCount(0);
  await expect(other.getByRole("button", { name: en("common.delete") })).toHaveCount(0);
  await expect(other.getByText(addForm)).toHaveCount(0);
  await expect(other.getByRole("form")).toHaveCount(0);
  await expect(other.getByRole("button")).toHaveCount(0);

  // A's own list: the delegate adds an entry and may edit it, but does not submit the list.
  await addEntry(own, { industry: { query: "汽车", code: "36", pick: "click" }, priority: 5 });
  await expect(entryRow(own, "36").getByRole("button", { name: `${en("common.edit")} 36` })).toBeVisible();
  await own.locator("summary", { hasText: en("industries.csv.title") }).click();
  await expect(own.getByRole("form", { name: en("industries.csv.import") })).toBeVisible();
  await expect(own.getByRole("button", { name: en("industries.submitList") })).toHaveCount(0);

  // The lead sees the delegate's draft and submits the list.
  const la = room.leadA.page;
  await openIndustries(la, slug);
  const leadList = planOf(la, room.a);
  await expect(entryRow(leadList, "36")).toContainText(en("industries.status.DRAFT"));
  await submitList(leadList);

  // The delegate's open page follows: the list is locked, the add form and edit controls gone.
  await expect(own.getByText(submittedStatus())).toBeVisible();
  await expect(entryRow(own, "36")).toContainText(en("industries.status.SUBMITTED"));
  await expect(own.getByText(addForm)).toHaveCount(0);
  await expect(own.getByRole("button", { name: `${en("common.edit")} 36` })).toHaveCount(0);
  await expect(own.getByRole("form", { name: en("industries.csv.import") })).toHaveCount(0);
  await expect(own.getByRole("button", { name: en("industries.reopenList") })).toHaveCount(0);
  await expect(leadList.getByRole("button", { name: en("industries.reopenList") })).toBeVisible();
  await expect(leadList.getByText(addForm)).toHaveCount(0);

  // The lead reopens the list: the delegate may change it again.
  await leadList.getByRole("button", { name: en("industries.reopenList") }).click();
  await expect(leadList.getByRole("button", { name: en("industries.submitList") })).toBeVisible();
  await expect(own.getByText(en("industries.listOpen"))).toBeVisible();
  await expect(own.locator("summary", { hasText: addForm })).toBeVisible();
  await expect(entryRow(own, "36").getByRole("button", { name: `${en("common.edit")} 36` })).toBeVisible();

  await room.close();
});

test("two delegates save the same entry: the second sees the first one's version, saving again replaces it", async ({
  browser,
}) => {
  const room = await setUpRoom(browser);
  const second = await joinAs(browser, room.facilitator, room.slug, {
    delegation: room.delegation,
    role: "DELEGATE",
    label: "Second delegate",
  });
  const jilin = { name: room.delegation, code: "JL" };
  const p1 = room.delegate.page;
  const p2 = second.page;
  await openIndustries(p1, room.slug);
  const list1 = planOf(p1, jilin);
  await addEntry(list1, {
    industry: { query: "36", code: "36", pick: "enter" },
    priority: 3,
    targetValue: "100000",
    targetUnit: "vehicles/year",
    hubCities: "Changchun",
  });
  await openIndustries(p2, room.slug);
  const list2 = planOf(p2, jilin);
  await expect(entryRow(list2, "36")).toContainText("100,000 vehicles/year");

  // Both open the entry's edit form.
  const edit = { name: `${en("common.edit")} 36` };
  await list1.getByRole("button", edit).click();
  await list2.getByRole("button", edit).click();
  const form1 = list1.getByRole("form", { name: en("industries.editEntry") });
  const form2 = list2.getByRole("form", { name: en("industries.editEntry") });

  // The first saves.
  await fillEntry(form1, { targetValue: "200000", priority: 5 });
  await form1.getByRole("button", { name: en("common.save") }).click();
  await expect(form1).toHaveCount(0);
  await expect(entryRow(list1, "36")).toContainText("200,000 vehicles/year");

  // The second saves over a stale version: nothing is saved, the first one's values are shown,
  // and the second's own values stay in the form.
  await fillEntry(form2, { targetValue: "300000", hubCities: "Jilin, Siping" });
  await form2.getByRole("button", { name: en("common.save") }).click();
  const conflict = form2.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(form2.getByRole("alert").filter({ hasText: en("errors.entryConflict") })).toBeVisible();
  await expect(conflict).toContainText(
    en("industries.conflict.title", { name: room.delegate.account.name, time: "" }).split(" at ")[0]!,
  );
  await expect(conflict.locator("dd")).toHaveText([
    "36 Manufacture of automobiles",
    "200000 vehicles/year",
    "—",
    "5",
    "Changchun",
  ]);
  await expect(form2.getByLabel(en("industries.fields.targetValue"))).toHaveValue("300000");
  await expect(form2.getByLabel(en("industries.fields.hubCities"))).toHaveValue("Jilin, Siping");
  await expect(entryRow(list1, "36")).toContainText("200,000 vehicles/year");

  // Saving again deliberately replaces the first one's version (the priority 3 the second
  // delegate still has in the form included); the first delegate's page follows live.
  await form2.getByRole("button", { name: en("common.save") }).click();
  await expect(form2).toHaveCount(0);
  await expect(entryRow(list2, "36")).toContainText("300,000 vehicles/year");
  await expect(entryRow(list2, "36")).toContainText("Jilin, Siping");
  await expect(entryRow(list1, "36")).toContainText("300,000 vehicles/year");
  await expect(entryRow(list1, "36")).toContainText("Jilin, Siping");

  await second.context.close();
  await room.delegate.context.close();
  await room.facilitator.context.close();
});
