// Who may reach what: delegates get no facilitator controls and the server refuses their calls;
// non-members and signed-out clients learn nothing about a workshop.
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, demo, expectLive, newPerson, phaseBadge, setUpRoom, signIn } from "./support/app";
import { en } from "./support/i18n";

test("a delegate of the demo workshop sees no facilitator controls", async ({ page }) => {
  await signIn(page, demo.liaoningDelegate.email);
  await page.getByRole("link", { name: "Revitalising Northeast China" }).click();
  await page.waitForURL(`**/w/${DEMO_SLUG}`);
  await expect(page.getByText(`${en("workshop.youAre", { role: en("roles.DELEGATE") })} · Liaoning`)).toBeVisible();
  await expect(phaseBadge(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: en("workshop.phases") })).toBeVisible();
  await expect(page.getByTestId("phase-control")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Move to |^Back to / })).toHaveCount(0);

  await page.goto(`/w/${DEMO_SLUG}/delegations`);
  await expect(page.getByRole("rowheader", { name: "Liaoning" })).toBeVisible();
  await expect(page.getByRole("heading", { name: en("delegations.add") })).toHaveCount(0);
  await expect(page.getByText(en("delegations.edit", { name: "Liaoning" }))).toHaveCount(0);

  await page.goto(`/w/${DEMO_SLUG}/members`);
  await expect(page.getByRole("region", { name: "Liaoning" })).toContainText(demo.liaoningDelegate.name);
  await expect(page.getByRole("heading", { name: en("members.invite") })).toHaveCount(0);
  await expect(page.getByRole("button", { name: en("members.createLink") })).toHaveCount(0);
  await expect(page.getByText("@roundtable.demo")).toHaveCount(0);
});

test("a non-member gets a 404 for the workshop's pages and its event stream", async ({ browser }) => {
  const outsider = await newPerson(browser, "Outsider");
  const page = outsider.page;
  for (const path of [`/w/${DEMO_SLUG}`, `/w/${DEMO_SLUG}/members`, `/w/${DEMO_SLUG}/delegations`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: en("common.notFoundTitle") })).toBeVisible();
    await expect(page.getByText("Revitalising Northeast China")).toHaveCount(0);
  }
  // A workshop that does not exist looks exactly the same.
  expect((await page.goto("/w/no-such-workshop"))?.status()).toBe(404);

  const stream = await page.request.get(`/api/w/${DEMO_SLUG}/events`);
  expect(stream.status()).toBe(404);
  expect(await stream.text()).not.toContain("event:");
  await outsider.context.close();
});

test("signed out, the event stream answers 401 and pages send you to sign in", async ({
  playwright,
  baseURL,
  page,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  const stream = await api.get(`/api/w/${DEMO_SLUG}/events`);
  expect(stream.status()).toBe(401);
  expect(stream.headers()["content-type"] ?? "").not.toContain("text/event-stream");
  await api.dispose();

  await page.goto(`/w/${DEMO_SLUG}`);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: en("auth.signInTitle") })).toBeVisible();
});

test("the server refuses a facilitator action sent with a delegate's session", async ({ browser }) => {
  const room = await setUpRoom(browser);
  const f = room.facilitator.page;
  await expectLive(f);
  const moveOn = f.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) });
  await expect(moveOn).toBeVisible();

  // The facilitator's page stays open, but the browser now carries the delegate's session: the
  // button is still there, the server must say no.
  const delegateSession = (await room.delegate.context.cookies()).filter((cookie) =>
    cookie.name.includes("session-token"),
  );
  expect(delegateSession.length).toBeGreaterThan(0);
  await room.facilitator.context.addCookies(delegateSession);
  await moveOn.click();
  await expect(f.locator(".form-error")).toHaveText(en("errors.forbidden"));

  // Nothing changed, and on reload the page shows the delegate's view.
  await f.reload();
  await expect(
    f.getByText(`${en("workshop.youAre", { role: en("roles.DELEGATE") })} · ${room.delegation}`),
  ).toBeVisible();
  await expect(phaseBadge(f)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.SUBMIT") }));
  await expect(f.getByTestId("phase-control")).toHaveCount(0);
  await expect(phaseBadge(room.delegate.page)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.SUBMIT") }));

  await room.delegate.context.close();
  await room.facilitator.context.close();
});
