// Names in both languages (issue 14): the facilitator writes the workshop's glossary; a delegate
// who reads Chinese sees the delegation, the workshop and its region in Chinese, live, while the
// facilitator (English) keeps seeing them as entered. A bad line is refused with its line number
// and nothing is saved.
import { expect, test } from "@playwright/test";
import { openTab, setUpRoom } from "./support/app";
import { en, zh } from "./support/i18n";

test("the facilitator's glossary shows each name in the reader's language, live", async ({ browser }) => {
  const room = await setUpRoom(browser);
  const { facilitator, delegate, slug, title } = room;
  // The delegate reads Chinese.
  await delegate.page.getByRole("button", { name: "简体中文" }).click();
  await expect(delegate.page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await delegate.page.goto(`/w/${slug}`);
  await expect(delegate.page.getByTestId("connection-status")).toHaveText(zh("live.status.live"));
  await expect(delegate.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await openTab(facilitator.page, "delegations");
  const glossary = facilitator.page.getByRole("form", { name: en("glossary.title") });
  const field = glossary.getByLabel(en("glossary.field"));

  // A line without a translation: refused, with its line number, and the field marked.
  await field.fill(`${title} = 东北振兴研讨会\nJilin`);
  await glossary.getByRole("button", { name: en("glossary.save") }).click();
  await expect(glossary.getByRole("alert")).toHaveText(en("errors.glossaryLine", { line: 2 }));
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await expect(delegate.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await field.fill(`# Names\n${title} = 东北振兴研讨会\nJilin\t吉林\nNortheast China = 东北地区`);
  await glossary.getByRole("button", { name: en("glossary.save") }).click();
  await expect(glossary.getByRole("status")).toHaveText(en("glossary.saved", { count: 3 }));

  // The delegate's screen follows without a reload: the workshop's title and region, and their
  // delegation beside their role, in Chinese.
  await expect(delegate.page.getByRole("heading", { level: 1, name: "东北振兴研讨会" })).toBeVisible();
  await expect(delegate.page.locator(".workshop-header")).toContainText("东北地区");
  await expect(delegate.page.locator(".workshop-header")).toContainText(`${zh("roles.DELEGATE")} · 吉林`);
  await expect(delegate.page.getByTestId("presence")).toContainText("吉林");
  // The facilitator still reads English, as entered.
  await facilitator.page.goto(`/w/${slug}`);
  await expect(facilitator.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(facilitator.page.getByTestId("presence")).toContainText("Jilin");
  // The delegation's edit form keeps the name as entered.
  await openTab(facilitator.page, "delegations");
  await facilitator.page.getByText(en("delegations.edit", { name: "Jilin" })).click();
  await expect(
    facilitator.page
      .getByRole("form", { name: en("delegations.edit", { name: "Jilin" }) })
      .getByLabel(en("delegations.fields.name")),
  ).toHaveValue("Jilin");

  // Saving over a glossary someone else changed since the form was opened is a conflict.
  const second = await facilitator.context.newPage();
  await second.goto(`/w/${slug}/delegations`);
  const other = second.getByRole("form", { name: en("glossary.title") });
  await other.getByLabel(en("glossary.field")).fill("Jilin = 吉林省");
  await other.getByRole("button", { name: en("glossary.save") }).click();
  await expect(other.getByRole("status")).toHaveText(en("glossary.saved", { count: 1 }));
  await field.fill("Jilin = 吉林");
  await glossary.getByRole("button", { name: en("glossary.save") }).click();
  await expect(glossary.getByRole("alert")).toHaveText(en("errors.editConflict"));
  await expect(delegate.page.locator(".workshop-header")).toContainText("吉林省");

  for (const person of [facilitator, delegate]) await person.context.close();
});
