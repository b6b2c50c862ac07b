// The live room: a phase change reaches the other participants' open pages without a reload, and
// each side sees the other in the presence panel.
import { expect, test } from "@playwright/test";
import { createWorkshop, expectLive, newPerson, phaseBadge, setUpRoom } from "./support/app";
import { en } from "./support/i18n";

test("a phase change reaches the delegate's open page live; presence shows both sides", async ({ browser }) => {
  const room = await setUpRoom(browser);
  const f = room.facilitator.page;
  const d = room.delegate.page;
  await expectLive(f);
  await expectLive(d);

  // Presence: the delegate sees the facilitator under "Facilitation", the facilitator sees the
  // delegate under the delegation.
  await expect(d.getByTestId("presence-facilitation")).toContainText(room.facilitator.account.name);
  const presence = f.getByTestId("presence");
  await expect(presence.getByRole("listitem").filter({ hasText: room.delegation })).toContainText(
    room.delegate.account.name,
  );
  await expect(presence.getByRole("heading")).toHaveText(en("presence.title", { count: 2 }));

  // The delegate's page must not reload: a marker on its window survives only without one.
  await d.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = "still here"));
  await expect(phaseBadge(d)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.SUBMIT") }));

  await f.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
  await expect(phaseBadge(f)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));
  await expect(f.getByRole("button", { name: en("workshop.backTo", { phase: en("phases.SUBMIT") }) })).toBeVisible();

  await expect(phaseBadge(d)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));
  await expect(d.locator('.stepper [aria-current="step"]')).toContainText(en("phases.ANALYSE"));
  expect(await d.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe("still here");
  // The delegate still has no control over the phase.
  await expect(d.getByTestId("phase-control")).toHaveCount(0);

  // And back again, the other way round.
  await f.getByRole("button", { name: en("workshop.backTo", { phase: en("phases.SUBMIT") }) }).click();
  await expect(phaseBadge(d)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.SUBMIT") }));

  // When the delegate leaves, the facilitator's panel drops them.
  await room.delegate.context.close();
  await expect(presence.getByRole("listitem").filter({ hasText: room.delegation })).not.toContainText(
    room.delegate.account.name,
  );
  await expect(presence.getByRole("heading")).toHaveText(en("presence.title", { count: 1 }));

  await room.facilitator.context.close();
});

test("a stale page that changes the phase gets a conflict, not a surprise jump", async ({ browser }) => {
  const facilitator = await newPerson(browser, "Facilitator");
  const slug = await createWorkshop(facilitator.page, { title: `Stale ${Date.now().toString(36)}`, region: "Jilin" });
  const fresh = facilitator.page;
  // A second tab that misses the live stream (as after a network hiccup) keeps showing Submit.
  const stale = await facilitator.context.newPage();
  await stale.route("**/api/w/*/events*", (route) => route.abort());
  await stale.goto(`/w/${slug}`);
  await expectLive(fresh);

  await fresh.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
  await expect(phaseBadge(fresh)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));

  await expect(phaseBadge(stale)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.SUBMIT") }));
  await stale.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
  await expect(stale.locator(".form-error")).toHaveText(en("errors.phaseConflict"));
  // Nothing moved: the room is still in Analyse (not Negotiate, not back in Submit).
  await fresh.reload();
  await expect(phaseBadge(fresh)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));

  await facilitator.context.close();
});

test("the person who acts sees the result in the action's answer, not after the live event", async ({ browser }) => {
  const facilitator = await newPerson(browser, "Facilitator");
  const slug = await createWorkshop(facilitator.page, { title: `Own ${Date.now().toString(36)}`, region: "Jilin" });
  // A tab whose live stream never connects: only the action's own answer can update it.
  const cut = await facilitator.context.newPage();
  await cut.route("**/api/w/*/events*", (route) => route.abort());
  await cut.goto(`/w/${slug}`);
  await cut.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
  await expect(cut.locator('.stepper [aria-current="step"]')).toContainText(en("phases.ANALYSE"));
  await expect(phaseBadge(cut)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));

  // A connected tab: the live event of its own action asks for no second render of the page.
  const live = facilitator.page;
  await live.goto(`/w/${slug}`);
  await expectLive(live);
  const renders: string[] = [];
  live.on("request", (request) => {
    if (request.method() === "GET" && request.url().includes("_rsc=")) renders.push(request.url());
  });
  await live.getByRole("button", { name: en("workshop.backTo", { phase: en("phases.SUBMIT") }) }).click();
  await expect(live.locator('.stepper [aria-current="step"]')).toContainText(en("phases.SUBMIT"));
  // The event's refresh would come within 60-360 ms of the event (components/live/live-provider.tsx).
  await live.waitForTimeout(1_500);
  expect(renders).toEqual([]);

  await facilitator.context.close();
});
