// Join by code (issue 6): the facilitator shows the room a code and a QR code; a person with an
// account enters it (from the QR link, through sign-up, or typed in any case with a dash), waits,
// and is admitted live with a role and delegation. Rotating or disabling the code stops the old
// one; a declined request says so on the waiting page.
import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import {
  addDelegation,
  createWorkshop,
  expectLive,
  fillSignUp,
  newAccount,
  newPerson,
  screenshot,
  signIn,
  signOut,
} from "./support/app";
import { en, zh } from "./support/i18n";

const CODE = /^[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}$/;

function panelOf(page: Page) {
  return page.getByRole("region", { name: en("join.panel.title") });
}

async function currentCode(page: Page): Promise<string> {
  const code = panelOf(page).getByTestId("join-code");
  await expect(code).toHaveText(CODE);
  return (await code.textContent())!;
}

/** On /join: types `code` into the one field and asks to join. */
async function enterCode(page: Page, code: string): Promise<void> {
  const form = page.getByRole("form", { name: en("join.title") });
  await form.getByLabel(en("join.code")).fill(code);
  await form.getByRole("button", { name: en("join.submit") }).click();
}

test("a newcomer joins with the room's code, waits, and is admitted live as a delegate", async ({
  browser,
  baseURL,
}) => {
  // Five people and a sign-up through the UI: generous on a loaded 2-core machine.
  test.setTimeout(240_000);
  const facilitator = await newPerson(browser, "Facilitator");
  const f = facilitator.page;
  const title = `Join room ${randomBytes(3).toString("hex")}`;
  const slug = await createWorkshop(f, { title, region: "Northeast China" });
  await addDelegation(f, { name: "Heilongjiang", code: "HLJ" });

  await f.goto(`/w/${slug}/session`);
  await expectLive(f);
  const panel = panelOf(f);
  await expect(panel).toContainText(en("join.panel.none"));
  await panel.getByRole("button", { name: en("join.panel.create") }).click();
  const code = await currentCode(f);
  const link = `${baseURL}/join?code=${code.replace("-", "")}`;
  // The QR code is an SVG of our own with the link in words for screen readers.
  const qr = panel.getByRole("img", { name: en("join.panel.qrLabel", { url: link }) });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
  await expect(panel).toContainText(en("join.panel.noRequests"));

  // A person without an account opens the QR code's link: sign-in first, then sign-up, and back to
  // /join with the code still filled in.
  const context = await browser.newContext();
  const d = await context.newPage();
  const newcomer = newAccount("Newcomer");
  await d.goto(link);
  await d.waitForURL((url) => url.pathname === "/sign-in");
  expect(new URL(d.url()).searchParams.get("callbackUrl")).toBe(`/join?code=${code.replace("-", "")}`);
  await d.getByRole("link", { name: en("auth.signUp") }).click();
  await fillSignUp(d, newcomer);
  await d.waitForURL((url) => url.pathname === "/join");
  const field = d.getByLabel(en("join.code"));
  await expect(field).toHaveValue(code.replace("-", ""));
  await expect(field).toHaveAttribute("autocomplete", "off");
  await expect(field).toHaveAttribute("autocapitalize", "characters");

  // Typed as people type it: lower case, with the dash.
  await enterCode(d, code.toLowerCase());
  await d.waitForURL((url) => url.pathname === "/join" && url.searchParams.get("pending") === slug);
  await expect(d.getByRole("status")).toHaveText(en("join.sent", { title }));
  // The waiting state survives a reload of /join, and signing out and in again.
  await d.goto("/join");
  await expect(d.getByRole("status")).toHaveText(en("join.sent", { title }));
  await signOut(d);
  await signIn(d, newcomer.email, newcomer.password);
  await d.goto("/workshops");
  await d
    .getByTestId("waiting-requests")
    .getByRole("link", { name: en("join.waitingFor", { title }) })
    .click();
  await d.waitForURL((url) => url.pathname === "/join" && url.searchParams.get("pending") === slug);
  await expect(d.getByRole("status")).toHaveText(en("join.sent", { title }));

  // The facilitator's panel shows the request without a reload.
  await f.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = "still here"));
  const request = panel.getByTestId("join-request").filter({ hasText: newcomer.name });
  await expect(request).toBeVisible();
  await expect(request).toContainText(newcomer.email);
  expect(await f.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe("still here");
  await screenshot(f, "en-session-join-panel");

  // A delegate needs a delegation: the field says so, nothing is admitted.
  const admit = request.getByRole("form", { name: en("join.panel.admitPerson", { name: newcomer.name }) });
  await expect(admit.getByLabel(en("members.fields.role"))).toHaveValue("DELEGATE");
  await admit.getByRole("button", { name: en("join.panel.admit") }).click();
  await expect(admit.getByText(en("errors.delegationRequired"))).toBeVisible();
  await admit.getByLabel(en("members.fields.delegation")).selectOption({ label: "Heilongjiang" });
  await admit.getByRole("button", { name: en("join.panel.admit") }).click();
  await expect(request).toHaveCount(0);
  await expect(panel).toContainText(en("join.panel.noRequests"));

  // The newcomer's waiting page moves on by itself.
  await d.waitForURL((url) => url.pathname === `/w/${slug}`);
  await expect(d.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(d.getByText(`${en("workshop.youAre", { role: en("roles.DELEGATE") })} · Heilongjiang`)).toBeVisible();
  // Entering the code again as a member goes straight to the workshop.
  await d.goto("/join");
  await enterCode(d, code);
  await d.waitForURL((url) => url.pathname === `/w/${slug}`);

  // A new code: the old one fails with the field's error.
  await panel.getByRole("button", { name: en("join.panel.rotate") }).click();
  await expect(panel.getByTestId("join-code")).not.toHaveText(code);
  const rotated = await currentCode(f);
  const latecomer = await newPerson(browser, "Latecomer");
  const l = latecomer.page;
  await l.getByRole("link", { name: en("join.withCode") }).click();
  await l.waitForURL((url) => url.pathname === "/join");
  await enterCode(l, code);
  const lateField = l.getByLabel(en("join.code"));
  await expect(lateField).toHaveAttribute("aria-invalid", "true");
  await expect(l.getByText(en("errors.joinCode"))).toBeVisible();
  await expect(lateField).toBeFocused();

  // Disabled, the new code fails too; enabled again, it works.
  await panel.getByRole("button", { name: en("join.panel.disable") }).click();
  await expect(panel).toContainText(en("join.panel.disabled"));
  await expect(panel.getByRole("img")).toHaveCount(0);
  await enterCode(l, rotated);
  await expect(l.getByText(en("errors.joinCode"))).toBeVisible();
  await panel.getByRole("button", { name: en("join.panel.enable") }).click();
  await expect(panel).toContainText(en("join.panel.enabled"));
  await enterCode(l, ` ${rotated.replace("-", " ")} `);
  await l.waitForURL((url) => url.searchParams.get("pending") === slug);

  // Declined: the waiting page says so and offers the form again.
  const lateRequest = panel.getByTestId("join-request").filter({ hasText: latecomer.account.name });
  await lateRequest.getByRole("button", { name: en("join.panel.decline") }).click();
  await expect(lateRequest).toHaveCount(0);
  await expect(l.getByRole("status")).toHaveText(en("join.declined", { title }));
  await expect(l.getByRole("form", { name: en("join.title") })).toBeVisible();

  await context.close();
  await latecomer.context.close();
  await facilitator.context.close();
});

test("the join page in English and Chinese", async ({ browser }) => {
  const person = await newPerson(browser, "Visitor");
  const page = person.page;
  await page.goto("/join?code=abc-234");
  await expect(page.getByRole("heading", { level: 1, name: en("join.title") })).toBeVisible();
  await expect(page.getByLabel(en("join.code"))).toHaveValue("abc-234");
  await screenshot(page, "en-join");
  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: zh("join.title") })).toBeVisible();
  await page.getByRole("button", { name: zh("join.submit") }).click();
  await expect(page.getByText(zh("errors.joinCode"))).toBeVisible();
  await screenshot(page, "zh-CN-join");
  await person.context.close();
});
