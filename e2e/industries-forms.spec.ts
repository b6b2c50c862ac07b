// Industry plans (issue 3), one delegate's forms: the CSV round trip (export with a BOM and the
// industry names in the user's language, import with Chinese cities replacing the list, a bad
// file reported by line with nothing written) and the entry form's field-level errors.
import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { setUpRoom } from "./support/app";
import { en, zh, type Lang } from "./support/i18n";
import {
  addEntry,
  entryRow,
  fillEntry,
  JILIN,
  messagePattern,
  openAddForm,
  openIndustries,
  pickIndustry,
  planOf,
} from "./support/plans";

/** Clicks the list's "Export as CSV" link and returns the downloaded file's name and bytes. */
async function exportList(list: Locator, lang: Lang): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    list.page().waitForEvent("download"),
    list.getByRole("link", { name: lang === "en" ? en("industries.csv.export") : zh("industries.csv.export") }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

test("CSV round trip: export with names and a BOM, import with Chinese cities, a bad file changes nothing", async ({
  browser,
}) => {
  const room = await setUpRoom(browser);
  const page = room.delegate.page;
  await openIndustries(page, room.slug);
  const list = planOf(page, JILIN);
  await addEntry(list, {
    industry: { query: "36", code: "36", pick: "enter" },
    priority: 5,
    targetValue: "500000",
    targetUnit: "vehicles/year",
    investmentAmount: "30000000000",
    // No currency typed: the form starts with the workshop's usual one (CNY for a new workshop),
    // so a first save with an investment is not refused for want of it.
    hubCities: "Changchun",
    rationale: 'Builds on FAW, "the first automaker", in Changchun.',
  });

  // Export in English: the header, the English industry name, the values; a UTF-8 BOM first.
  await list.locator("summary", { hasText: en("industries.csv.title") }).click();
  const english = await exportList(list, "en");
  expect(english.name).toMatch(/-jl-plan\.csv$/);
  expect(english.bytes.subarray(0, 3).equals(BOM)).toBe(true);
  const englishText = english.bytes.toString("utf8");
  expect(englishText).toContain(
    "industry_code,industry_name,horizon,target_value,target_unit,investment_amount,investment_currency,hub_cities,priority,rationale,cluster",
  );
  expect(englishText).toContain(
    "36,Manufacture of automobiles,MEDIUM,500000,vehicles/year,30000000000,CNY,Changchun,5,",
  );

  // A file over 5 MB is refused in the browser with the field's translated message, before any
  // upload (past the server's body limit it used to end in a 500).
  const englishImport = list.getByRole("form", { name: en("industries.csv.import") });
  await englishImport
    .getByLabel(en("industries.csv.file"))
    .setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(5.5 * 1024 * 1024, "a") });
  await englishImport.getByRole("button", { name: en("industries.csv.import") }).click();
  await expect(englishImport.getByText(en("errors.csvTooLarge"))).toBeVisible();
  await englishImport.getByLabel(en("industries.csv.file")).setInputFiles([]);
  expect(englishText).toContain('"Builds on FAW, ""the first automaker"", in Changchun."');

  // In Chinese, the same list exports the Chinese industry name.
  await page
    .getByRole("group", { name: en("common.language") })
    .getByRole("button", { name: "简体中文" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: zh("nav.industries") })).toBeVisible();
  const zhList = planOf(page, JILIN);
  if (!(await zhList.getByRole("link", { name: zh("industries.csv.export") }).isVisible()))
    await zhList.locator("summary", { hasText: zh("industries.csv.title") }).click();
  const chinese = await exportList(zhList, "zh-CN");
  expect(chinese.bytes.subarray(0, 3).equals(BOM)).toBe(true);
  const chineseText = chinese.bytes.toString("utf8");
  expect(chineseText).toContain("36,汽车制造业,MEDIUM,500000,vehicles/year,30000000000,CNY,Changchun,5,");

  // Edited as in a spreadsheet: Chinese hub cities ("、" and "；" between them), a new target, and
  // a second row with the horizon in Chinese. Imported in "replace" mode.
  const edited =
    chineseText
      .replace(",500000,vehicles/year,", ",600000,辆/年,")
      .replace(",Changchun,", ",长春、吉林,")
      .replace(/(\r\n)?$/, "\r\n") + "34,,长期,,,,,沈阳；大连,3,通用设备,\r\n";
  const importForm = zhList.getByRole("form", { name: zh("industries.csv.import") });
  await importForm
    .getByLabel(zh("industries.csv.file"))
    .setInputFiles({ name: "规划.csv", mimeType: "text/csv", buffer: Buffer.from(edited, "utf8") });
  await importForm.getByLabel(zh("industries.csv.modeReplace")).check();
  await importForm.getByRole("button", { name: zh("industries.csv.import") }).click();
  await expect(zhList.getByRole("status")).toHaveText(zh("industries.csv.imported", { created: 2, removed: 1 }));
  await expect(zhList.getByRole("rowheader")).toHaveCount(2);
  await expect(entryRow(zhList, "36")).toContainText("汽车制造业");
  await expect(entryRow(zhList, "36")).toContainText("600,000 辆/年");
  // Listed with the reader's separator (、 in Chinese).
  await expect(entryRow(zhList, "36")).toContainText("长春、吉林");
  await expect(entryRow(zhList, "34")).toContainText("沈阳、大连");
  await expect(entryRow(zhList, "34").getByRole("cell").first()).toHaveText(
    messagePattern("zh-CN", "industries.horizon.LONG"),
  );

  // A file with bad rows: the report names the lines and columns; nothing is written, even in
  // "replace" mode.
  const bad = ["industry_code,horizon,priority,hub_cities", "37,中期,4,大连", "36,MEDIUM,9,长春", "99x,LONG,2,"].join(
    "\r\n",
  );
  await importForm
    .getByLabel(zh("industries.csv.file"))
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await importForm.getByLabel(zh("industries.csv.modeReplace")).check();
  await importForm.getByRole("button", { name: zh("industries.csv.import") }).click();
  const report = zhList.getByTestId("csv-report");
  await expect(report).toContainText(zh("industries.csv.nothingWritten"));
  await expect(report.getByRole("table")).toHaveAccessibleName(zh("industries.csv.rowErrors", { count: 2 }));
  const rows = report.getByRole("table").getByRole("row");
  await expect(rows.nth(1).getByRole("cell")).toHaveText(["3", "priority", zh("errors.priority"), "9"]);
  await expect(rows.nth(2).getByRole("cell")).toHaveText(["4", "industry_code", zh("errors.unknownIndustry"), "99x"]);
  await expect(importForm.getByRole("alert")).toHaveText(zh("errors.csvInvalid"));
  await expect(zhList.getByRole("status")).toHaveCount(0);

  // Still the imported list, also after a reload.
  await page.reload();
  const after = planOf(page, JILIN);
  await expect(after.getByRole("rowheader")).toHaveCount(2);
  await expect(entryRow(after, "36")).toContainText("长春、吉林");
  await expect(entryRow(after, "37")).toHaveCount(0);

  await room.delegate.context.close();
  await room.facilitator.context.close();
});

test("the entry form shows what is wrong next to each field, and nothing is added", async ({ browser }) => {
  const room = await setUpRoom(browser);
  const page = room.delegate.page;
  await openIndustries(page, room.slug);
  const list = planOf(page, JILIN);
  const form = await openAddForm(list);
  const field = (key: string) => form.getByLabel(en(`industries.fields.${key}`), { exact: true });
  const industry = form.getByRole("combobox", { name: en("industries.fields.industry") });
  const add = form.getByRole("button", { name: en("industries.addEntry") });

  // Text in the combobox that was never picked from the list, a negative target, a bad currency,
  // too many hub cities, and a priority outside 1–5 (as a tampered request would send it).
  await industry.fill("no such industry");
  await expect(page.getByText(en("combobox.empty"))).toBeVisible();
  await industry.press("Escape");
  await fillEntry(form, {
    targetValue: "-5",
    targetUnit: "vehicles/year",
    investmentAmount: "100",
    currency: "12",
    hubCities: "A, B, C, D, E, F, G, H, I, J, K, L, M",
  });
  await field("priority").evaluate((select: HTMLSelectElement) => {
    select.options[0]!.value = "9";
    select.selectedIndex = 0;
  });
  await add.click();

  await expect(form.getByRole("alert")).toHaveText(en("errors.checkFields"));
  const expectError = async (control: Locator, key: string) => {
    await expect(control).toHaveAttribute("aria-invalid", "true");
    await expect(control).toHaveAccessibleDescription(new RegExp(escape(en(key))));
  };
  await expectError(industry, "errors.required");
  await expectError(field("targetValue"), "errors.nonNegative");
  await expectError(field("currency"), "errors.currency");
  await expectError(field("hubCities"), "errors.tooManyCities");
  await expectError(field("priority"), "errors.priority");
  await expect(field("targetUnit")).not.toHaveAttribute("aria-invalid");
  // Focus goes to the first field in error; what was typed is kept.
  await expect(industry).toBeFocused();
  await expect(field("hubCities")).toHaveValue("A, B, C, D, E, F, G, H, I, J, K, L, M");
  await expect(list.getByText(en("industries.noEntries"))).toBeVisible();

  // Fixed, except that the amounts now lack their unit and currency.
  await pickIndustry(form, { query: "automobiles", code: "36" });
  await field("priority").selectOption({ label: "4" });
  await fillEntry(form, { targetValue: "100", targetUnit: "", currency: "", hubCities: "Changchun" });
  await add.click();
  await expectError(field("targetUnit"), "errors.unitRequired");
  await expectError(field("currency"), "errors.currencyRequired");
  for (const ok of [industry, field("targetValue"), field("hubCities"), field("priority")])
    await expect(ok).not.toHaveAttribute("aria-invalid");
  await expect(field("targetUnit")).toBeFocused();
  await expect(list.getByText(en("industries.noEntries"))).toBeVisible();

  // Complete: the entry is added and the errors are gone.
  await fillEntry(form, { targetUnit: "vehicles/year", currency: "cny" });
  await add.click();
  await expect(entryRow(list, "36")).toContainText("100 vehicles/year");
  await expect(entryRow(list, "36")).toContainText("100 CNY");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(form.locator("[aria-invalid]")).toHaveCount(0);

  await room.delegate.context.close();
  await room.facilitator.context.close();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
