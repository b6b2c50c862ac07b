// Account settings: from the name in the header, a user renames themself and changes their
// password; a wrong current password is refused on its field; the change signs out their other
// browser at its next request, and the new password signs in.
import { expect, test } from "@playwright/test";
import { newPerson, screenshot, signedInAs } from "./support/app";
import { en } from "./support/i18n";

test("a user renames themself and changes their password, which signs out their other session", async ({ browser }) => {
  test.setTimeout(90_000);
  const person = await newPerson(browser, "Account");
  const { page, account } = person;
  const other = await signedInAs(browser, account.email, { password: account.password });

  await page.getByRole("link", { name: new RegExp(en("account.link")) }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("account.title") })).toBeVisible();
  const nameForm = page.getByRole("form", { name: en("account.nameTitle") });
  await nameForm.getByLabel(en("account.name")).fill("Renamed delegate");
  await nameForm.getByRole("button", { name: en("account.saveName") }).click();
  await expect(nameForm.getByRole("status")).toHaveText(en("account.nameSaved"));
  await expect(page.getByLabel(en("nav.signedInAs"))).toHaveText("Renamed delegate");

  const passwordForm = page.getByRole("form", { name: en("account.passwordTitle") });
  const fill = async (current: string, next: string) => {
    await passwordForm.getByLabel(en("account.currentPassword")).fill(current);
    await passwordForm.getByLabel(en("account.newPassword"), { exact: true }).fill(next);
    await passwordForm.getByLabel(en("account.confirmPassword")).fill(next);
    await passwordForm.getByRole("button", { name: en("account.changePassword") }).click();
  };
  await fill("not my password", "a brand new password");
  await expect(passwordForm.getByLabel(en("account.currentPassword"))).toHaveAttribute("aria-invalid", "true");
  await expect(passwordForm.getByText(en("errors.wrongPassword"))).toBeVisible();
  await fill(account.password, "a brand new password");
  await expect(passwordForm.getByRole("status")).toHaveText(en("account.passwordChanged"));
  await screenshot(page, "en-account");

  // This browser stays signed in; the other one is signed out at its next page.
  await page.goto("/workshops");
  await expect(page.getByLabel(en("nav.signedInAs"))).toHaveText("Renamed delegate");
  await other.page.goto("/workshops");
  await other.page.waitForURL((url) => url.pathname === "/sign-in");

  const again = await signedInAs(browser, account.email, { password: "a brand new password" });
  await expect(again.page.getByLabel(en("nav.signedInAs"))).toHaveText("Renamed delegate");
  for (const p of [person, other, again]) await p.context.close();
});
