// Invitations by email, as a facilitator and an invitee live them: the facilitator sends two
// invitations in Chinese, sees them delivered; the invitee reads hers in the development mailbox
// (where the local mail catcher keeps what the app sends), follows the link in a second browser,
// signs up and joins; the facilitator resends the other (the old link stops working). A wrong
// address is refused on its field.
import { expect, test } from "@playwright/test";
import { addDelegation, createWorkshop, fillSignUp, newAccount, newPerson, openTab, screenshot } from "./support/app";
import { en, zh } from "./support/i18n";
import { linkInMailbox, mailCount } from "./support/mail";

test("a facilitator invites by email; the invitee finds the message and joins from another browser", async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, "Facilitator");
  const f = facilitator.page;
  const title = `Mail ${Date.now().toString(36)}`;
  const slug = await createWorkshop(f, { title, region: "Northeast" });
  await addDelegation(f, { name: "Jilin", code: "JL" });
  await openTab(f, "members");

  const form = f.getByRole("form", { name: en("members.byEmail") });
  const emails = form.getByLabel(en("members.fields.emails"));
  // A wrong entry is refused on the field, and nothing is sent.
  await emails.fill("planner@example.org, not an address");
  await form.getByRole("button", { name: en("members.sendInvitations") }).click();
  await expect(form.getByText(en("errors.emailList"))).toBeVisible();
  await expect(emails).toHaveAttribute("aria-invalid", "true");
  await expect(f.getByTestId("invitation-row")).toHaveCount(0);

  const invitee = newAccount("Jilin planner");
  const other = newAccount("Jilin economist");
  await emails.fill(`${invitee.email}\n${other.email}`);
  await form.getByLabel(en("members.fields.role")).selectOption({ label: en("roles.DELEGATE") });
  await form.getByLabel(en("members.fields.delegation")).selectOption({ label: "Jilin" });
  await form.getByLabel(en("members.fields.mailLocale")).selectOption({ label: "简体中文" });
  await form.getByRole("button", { name: en("members.sendInvitations") }).click();
  await expect(f.getByTestId("email-invitation-reply")).toHaveText(en("members.emailed", { count: 2 }));
  await expect(emails).toHaveValue("");

  // Delivered: the members page says so by itself (the worker's outcome is a live event).
  const rowOf = (address: string) => f.getByTestId("invitation-row").filter({ hasText: address });
  await expect(rowOf(invitee.email).getByTestId("invitation-delivery")).toHaveText(
    new RegExp(en("members.delivery.SENT")),
  );
  await expect(rowOf(other.email).getByTestId("invitation-delivery")).toHaveText(
    new RegExp(en("members.delivery.SENT")),
  );
  await screenshot(f, "en-members-emailed");

  // The invitee, in another browser, not signed in: the message is in Chinese, from the facilitator.
  const context = await browser.newContext();
  const d = await context.newPage();
  const subject = zh("mail.invitation.subject", { inviter: facilitator.account.name, workshop: title });
  const link = await linkInMailbox(d, invitee.email, subject, "/invite/");
  await d.setViewportSize({ width: 390, height: 844 });
  await screenshot(d, "phone-mailbox-invitation");
  await d.goto(link);
  await d.getByRole("link", { name: en("invite.signUpToAccept") }).click();
  await fillSignUp(d, invitee);
  await d.waitForURL((url) => url.pathname.startsWith("/invite/"));
  await d.getByRole("button", { name: en("invite.accept") }).click();
  await d.waitForURL((url) => url.pathname === `/w/${slug}`);
  await expect(d.getByText(`${en("workshop.youAre", { role: en("roles.DELEGATE") })} · Jilin`)).toBeVisible();

  // The facilitator sees it accepted; resends the other, whose first link then stops working.
  await expect(rowOf(invitee.email)).toContainText(`${en("invite.stateShort.accepted")} · ${invitee.name}`);
  const firstLink = await linkInMailbox(d, other.email, subject, "/invite/");
  await rowOf(other.email)
    .getByRole("button", { name: en("members.resend") })
    .click();
  await expect.poll(() => mailCount(d, other.email)).toBe(2);
  const secondLink = await linkInMailbox(d, other.email, subject, "/invite/");
  expect(secondLink).not.toBe(firstLink);
  await d.goto(firstLink);
  await expect(d.getByRole("button", { name: en("invite.accept") })).toHaveCount(0);
  await context.close();
  await facilitator.context.close();
});
