// A facilitator sets up a workshop and invites a delegate, who joins through the link in a second
// browser; a revoked link stops working.
import { expect, test } from "@playwright/test";
import {
  addDelegation,
  createInvitation,
  createWorkshop,
  fillSignUp,
  newAccount,
  newPerson,
  openTab,
  screenshot,
} from "./support/app";
import { en } from "./support/i18n";

test("facilitator creates a workshop, adds a delegation and invites a delegate who joins from another browser", async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, "Facilitator");
  const f = facilitator.page;
  const title = `Northeast cooperation ${Date.now().toString(36)}`;

  const slug = await createWorkshop(f, { title, region: "Liaoning, Jilin, Heilongjiang" });
  await expect(f.getByText(en("workshop.youAre", { role: en("roles.FACILITATOR") }))).toBeVisible();
  await expect(f.getByTestId("phase-badge")).toHaveText(en("workshop.phaseLabel", { phase: en("phases.SUBMIT") }));

  await addDelegation(f, { name: "Liaoning", code: "LN" });
  await openTab(f, "members");
  await expect(f.getByText(en("members.noInvitations"))).toBeVisible();
  const link = await createInvitation(f, { delegation: "Liaoning", note: "for the Liaoning planner" });
  expect(new URL(link).origin).toBe(new URL(f.url()).origin);
  const rows = f.getByTestId("invitation-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(en("invite.stateShort.pending"));
  await expect(rows.first()).toContainText("for the Liaoning planner");

  // Second browser: a person without an account opens the link, signs up from there and accepts.
  const context = await browser.newContext();
  const d = await context.newPage();
  const delegate = newAccount("Liaoning planner");
  await d.goto(link);
  await expect(d.getByRole("heading", { level: 1, name: en("invite.title") })).toBeVisible();
  await expect(d.getByText(en("invite.summary", { workshop: title, role: en("roles.DELEGATE") }))).toBeVisible();
  await expect(d.getByText(en("invite.delegation", { delegation: "Liaoning" }))).toBeVisible();
  await d.getByRole("link", { name: en("invite.signUpToAccept") }).click();
  await fillSignUp(d, delegate);
  // Back on the invitation (the callback), now signed in.
  await d.waitForURL((url) => url.pathname.startsWith("/invite/"));
  await expect(d.getByText(en("invite.signedInAs", { name: delegate.name, email: delegate.email }))).toBeVisible();
  await d.getByRole("button", { name: en("invite.accept") }).click();

  await d.waitForURL((url) => url.pathname === `/w/${slug}`);
  await expect(d.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(d.getByText(`${en("workshop.youAre", { role: en("roles.DELEGATE") })} · Liaoning`)).toBeVisible();
  await openTab(d, "members");
  const liaoning = d.getByRole("region", { name: "Liaoning" });
  await expect(liaoning).toContainText(delegate.name);
  await expect(liaoning).toContainText(en("roles.DELEGATE"));
  // Delegates see who is in the room, not the facilitator's tools or e-mail addresses.
  await expect(d.getByRole("heading", { name: en("members.invite") })).toHaveCount(0);
  await expect(liaoning).not.toContainText(delegate.email);

  // The facilitator sees the new member under the delegation, and the invitation as accepted.
  await f.reload();
  await expect(f.getByRole("region", { name: "Liaoning" })).toContainText(delegate.name);
  await expect(rows.first()).toContainText(`${en("invite.stateShort.accepted")} · ${delegate.name}`);
  await expect(rows.first().getByRole("button", { name: en("members.revoke") })).toHaveCount(0);
  await screenshot(f, "en-members-after-invitation");

  // A used link cannot be used again.
  await d.goto(link);
  await expect(d.getByRole("status").filter({ hasText: en("invite.state.accepted") })).toBeVisible();
  await expect(d.getByRole("button", { name: en("invite.accept") })).toHaveCount(0);

  // A revoked link shows that it was revoked.
  const second = await createInvitation(f, { delegation: "Liaoning", note: "revoke me" });
  const pending = rows.filter({ hasText: "revoke me" });
  await expect(pending).toContainText(en("invite.stateShort.pending"));
  await pending.getByRole("button", { name: en("members.revoke") }).click();
  await expect(pending).toContainText(en("invite.stateShort.revoked"));
  await d.goto(second);
  await expect(d.getByRole("status").filter({ hasText: en("invite.state.revoked") })).toBeVisible();
  await expect(d.getByRole("button", { name: en("invite.accept") })).toHaveCount(0);

  // A made-up token is simply invalid.
  await d.goto("/invite/not-a-real-token");
  await expect(d.getByRole("status").filter({ hasText: en("errors.invitationInvalid") })).toBeVisible();

  await context.close();
  await facilitator.context.close();
});
