// Brands and ballots (issue 5). Three delegates, one per delegation and each in a browser context
// of their own, rank brands in a Schulze ballot while the facilitator's projector follows the
// turnout and the outcome live; a secret ballot names nobody (page, projector, export), an open
// one lists each voter's choice (voting with the keyboard alone: ballots-keyboard.spec.ts). Every
// test builds a workshop of its own with fresh accounts (never the demo's).
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { countRscRequests, expectLive, screenshot, type Person } from "./support/app";
import {
  AUTO,
  RICE,
  WATER,
  brandCard,
  castVote,
  createBallot,
  expectRanking,
  openBallot,
  openBrands,
  proposeBrand,
  rankingButton,
  setUpThreeDelegations,
  setVoting,
  turnoutText,
  type Brand,
} from "./support/ballots";
import { en, zh } from "./support/i18n";
import { setUpTwoDelegations } from "./support/plans";

type Marked = Window & { marker?: number };

/** The projector's line for a delegation, e.g. "Jilin: 1/1". */
function projectorDelegation(projector: Page, delegation: string) {
  return projector.getByRole("listitem").filter({ hasText: new RegExp(`^${delegation}: `) });
}

/** Opens the ballot, ranks `brands` in order with the buttons, and casts the vote. */
async function vote(person: Person, path: string, brands: Brand[]): Promise<void> {
  await openBallot(person, path);
  for (const brand of brands) await rankingButton(person.page, "add", brand.en).click();
  await expectRanking(
    person.page,
    brands.map((brand) => brand.en),
  );
  await castVote(person.page);
}

/** The turnout table's numbers for a delegation: voted, eligible. */
async function expectTurnoutRow(page: Page, delegation: string, voted: number, eligible: number): Promise<void> {
  const row = page
    .getByTestId("turnout")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: delegation }) });
  await expect(row.getByRole("cell")).toHaveText([String(voted), String(eligible)]);
}

test("three delegates rank brands in a secret Schulze ballot; the projector follows live; the export names nobody", async ({
  browser,
}) => {
  // Four people signing up and voting one after the other: longer than the default 90 s allows
  // when the whole suite shares the machine.
  test.setTimeout(240_000);
  const room = await setUpThreeDelegations(browser);
  const { slug, facilitator, leadA, leadB, delegateC } = room;
  const voters = [leadA, leadB, delegateC];

  // Brands: two proposed by the facilitator for named sponsors, one by Liaoning's delegate (who
  // sponsors it for Liaoning), which Heilongjiang's lead then joins.
  await openBrands(facilitator.page, slug);
  await proposeBrand(facilitator.page, RICE, ["Jilin", "Heilongjiang"]);
  await proposeBrand(facilitator.page, WATER, ["Jilin"]);
  await openBrands(delegateC.page, slug);
  await expect(delegateC.page.getByRole("form", { name: en("brands.propose") }).getByRole("checkbox")).toHaveCount(0);
  await proposeBrand(delegateC.page, AUTO);
  await expect(brandCard(delegateC.page, AUTO).getByTestId("sponsors").locator(".chip")).toHaveText(["Liaoning"]);
  await openBrands(leadB.page, slug);
  const autoForB = brandCard(leadB.page, AUTO);
  // A delegate changes their own delegation's sponsorship only.
  await expect(autoForB.getByRole("button")).toHaveText([en("brands.join", { delegation: "Heilongjiang" })]);
  await autoForB.getByRole("button", { name: en("brands.join", { delegation: "Heilongjiang" }) }).click();
  await expect(
    autoForB.getByRole("button", { name: en("brands.leave", { delegation: "Heilongjiang" }) }),
  ).toBeVisible();
  await expect(brandCard(facilitator.page, AUTO).getByTestId("sponsors").locator(".chip")).toHaveText([
    "Heilongjiang",
    "Liaoning",
  ]);

  // The facilitator creates a secret Schulze ballot with live results and opens it.
  const title = "Regional brand of the year";
  const ballotPath = await createBallot(facilitator.page, {
    title,
    brands: [RICE, WATER, AUTO],
    method: "SCHULZE",
    resultsVisibility: "LIVE",
    secret: true,
  });
  await expect(facilitator.page.getByTestId("secrecy")).toHaveText(en("ballots.secretBallot"));
  await setVoting(facilitator.page, "OPEN");
  await expect(facilitator.page.getByText(en("ballots.vote.notEligible"))).toBeVisible();

  // The projector, on the room's screen: opened once, never reloaded.
  const projector = await facilitator.context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${ballotPath}/projector`);
  await expect(projector.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectLive(projector);
  await projector.evaluate(() => ((window as Marked).marker = 1));
  const turnout = projector.getByTestId("projector-turnout");
  const outcome = projector.getByTestId("projector-results").getByTestId("outcome");
  await expect(turnout).toHaveText(turnoutText(0, 3));
  await expect(projector.getByTestId("ballot-status")).toHaveText(en("ballots.status.OPEN"));
  // Turnout and results are pushed after each vote: the projector never asks the server again.
  const projectorRequests = countRscRequests(projector);

  for (const voter of voters) await openBallot(voter, ballotPath);

  // 1. Jilin's lead: rice, water, auto parts.
  const a = leadA.page;
  await expect(a.getByText(en("ballots.vote.rankingEmpty"))).toBeVisible();
  for (const brand of [RICE, WATER, AUTO]) await rankingButton(a, "add", brand.en).click();
  await expectRanking(a, [RICE.en, WATER.en, AUTO.en]);
  await expect(rankingButton(a, "moveUp", RICE.en)).toBeDisabled();
  await expect(rankingButton(a, "moveDown", AUTO.en)).toBeDisabled();
  await castVote(a);
  await expect(turnout).toHaveText(turnoutText(1, 3));
  await expect(projectorDelegation(projector, "Jilin")).toHaveText("Jilin: 1/1");
  await expect(projectorDelegation(projector, "Heilongjiang")).toHaveText("Heilongjiang: 0/1");
  await expect(outcome).toHaveText(en("ballots.results.winner", { option: RICE.en }));

  // 2. Heilongjiang's lead: water first (moved up over auto parts), then auto parts, then rice.
  const b = leadB.page;
  await rankingButton(b, "add", AUTO.en).click();
  await rankingButton(b, "add", WATER.en).click();
  await expectRanking(b, [AUTO.en, WATER.en]);
  await rankingButton(b, "moveUp", WATER.en).click();
  await expect(b.getByText(en("ballots.vote.movedTo", { option: WATER.en, position: 1 }))).toBeAttached();
  await rankingButton(b, "add", RICE.en).click();
  await expectRanking(b, [WATER.en, AUTO.en, RICE.en]);
  await castVote(b);
  await expect(turnout).toHaveText(turnoutText(2, 3));
  await expect(projectorDelegation(projector, "Heilongjiang")).toHaveText("Heilongjiang: 1/1");
  // Rice and water now beat each other once each: a declared tie.
  await expect(outcome).toHaveText(en("ballots.results.tie", { options: `${RICE.en}, ${WATER.en}` }));

  // 3. Liaoning's delegate: a slip (rice added, then removed), then auto parts, water, rice.
  const c = delegateC.page;
  await rankingButton(c, "add", RICE.en).click();
  await rankingButton(c, "remove", RICE.en).click();
  await expect(c.getByText(en("ballots.vote.removed", { option: RICE.en }))).toBeAttached();
  await rankingButton(c, "add", WATER.en).click();
  await rankingButton(c, "add", AUTO.en).click();
  await rankingButton(c, "add", RICE.en).click();
  await rankingButton(c, "moveDown", WATER.en).click();
  await expectRanking(c, [AUTO.en, WATER.en, RICE.en]);
  await castVote(c);
  await expect(turnout).toHaveText(turnoutText(3, 3));
  await expect(projectorDelegation(projector, "Liaoning")).toHaveText("Liaoning: 1/1");
  await expect(outcome).toHaveText(en("ballots.results.winner", { option: WATER.en }));
  expect(projectorRequests.urls()).toEqual([]);
  await screenshot(projector, "en-ballot-projector-live");

  // Jilin's lead comes back: their vote is remembered, and they change it (auto parts first).
  await a.reload();
  await expect(a.getByText(en("ballots.vote.alreadyVoted"))).toBeVisible();
  await expectRanking(a, [RICE.en, WATER.en, AUTO.en]);
  await rankingButton(a, "moveUp", AUTO.en).click();
  await rankingButton(a, "moveUp", AUTO.en).click();
  await expectRanking(a, [AUTO.en, RICE.en, WATER.en]);
  await castVote(a, { change: true });
  // Still three voters; auto parts now beats both others head to head.
  await expect(outcome).toHaveText(en("ballots.results.winner", { option: AUTO.en }));
  await expect(turnout).toHaveText(turnoutText(3, 3));
  await expect(projector.getByTestId("projector-results").getByRole("listitem")).toHaveText([
    `1${AUTO.en}`,
    `2${WATER.en}`,
    `3${RICE.en}`,
  ]);
  // Under the order, the head-to-head counts it comes from, each win shaded: auto parts beats both,
  // water beats rice.
  const pairwise = projector.getByRole("table", { name: en("ballots.results.pairwiseCaption") });
  await expect(pairwise.locator("td.matrix-win")).toHaveCount(3);

  // A secret ballot names nobody on the projector, and the delegates see the same live results.
  for (const voter of voters) await expect(projector.locator("body")).not.toContainText(voter.account.name);
  await expect(c.getByTestId("results").getByTestId("outcome")).toHaveText(
    en("ballots.results.winner", { option: AUTO.en }),
  );

  // The facilitator closes the ballot: final results everywhere, the projector included.
  await facilitator.page.setViewportSize({ width: 1920, height: 1080 });
  await setVoting(facilitator.page, "CLOSED");
  await expect(projector.getByTestId("ballot-status")).toHaveText(en("ballots.status.CLOSED"));
  await expect(projector.getByRole("heading", { level: 2, name: en("ballots.results.final") })).toBeVisible();
  await expect(outcome).toHaveText(en("ballots.results.winner", { option: AUTO.en }));
  for (const voter of voters) {
    await expect(voter.page.getByTestId("ballot-status")).toHaveText(en("ballots.status.CLOSED"));
    await expect(voter.page.getByText(en("ballots.vote.youVoted"))).toBeVisible();
    await expect(voter.page.getByRole("button", { name: en("ballots.vote.change") })).toHaveCount(0);
  }
  const results = facilitator.page.getByTestId("results");
  await expect(results.getByRole("heading", { level: 2, name: en("ballots.results.final") })).toBeVisible();
  await expect(results.getByTestId("outcome")).toHaveText(en("ballots.results.winner", { option: AUTO.en }));
  await expect(results.getByTestId("quorum")).toHaveText(turnoutText(3, 3));
  // The projector page is the one opened before the first vote: everything above came live.
  expect(await projector.evaluate(() => (window as Marked).marker)).toBe(1);

  // The anonymised export: the ballots as cast, counted, and nobody's name or email.
  const [download] = await Promise.all([
    facilitator.page.waitForEvent("download"),
    facilitator.page.getByRole("link", { name: en("ballots.export") }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-ballot-.+\\.json$`));
  const text = fs.readFileSync(await download.path(), "utf8");
  const file = JSON.parse(text) as {
    method: string;
    ballot: { title: string; secret: boolean };
    options: string[];
    ballots: Array<{ ranking: string[]; delegation?: string; count: number }>;
  };
  expect(file.method).toBe("schulze");
  expect(file.ballot).toMatchObject({ title, secret: true });
  expect(file.options).toEqual([RICE.en, WATER.en, AUTO.en]);
  expect(file.ballots.reduce((sum, ballot) => sum + ballot.count, 0)).toBe(3);
  // Counted per voter, a secret ballot's export pools the delegations: no ballot can be traced to
  // the one or two people of a small delegation.
  expect(file.ballots).toEqual(
    expect.arrayContaining([
      { ranking: [AUTO.en, RICE.en, WATER.en], count: 1 },
      { ranking: [WATER.en, AUTO.en, RICE.en], count: 1 },
      { ranking: [AUTO.en, WATER.en, RICE.en], count: 1 },
    ]),
  );
  for (const person of [...voters, facilitator]) {
    expect(text).not.toContain(person.account.name);
    expect(text).not.toContain(person.account.email);
  }

  // Screenshots at 1920x1080 for a human: the ballot page and the projector, in English and in
  // Chinese (the facilitator's own choice, a fresh account).
  await screenshot(facilitator.page, "en-ballot-closed");
  await screenshot(projector, "en-ballot-projector-final");
  await facilitator.page.getByRole("button", { name: "简体中文" }).click();
  await expect(facilitator.page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(facilitator.page.getByTestId("results").getByTestId("outcome")).toHaveText(
    zh("ballots.results.winner", { option: AUTO.zh }),
  );
  await screenshot(facilitator.page, "zh-CN-ballot-closed");
  await projector.reload();
  await expect(projector.getByTestId("outcome")).toHaveText(zh("ballots.results.winner", { option: AUTO.zh }));
  await expect(projector.getByTestId("projector-turnout")).toHaveText(turnoutText(3, 3, "zh-CN"));
  await screenshot(projector, "zh-CN-ballot-projector-final");
  await room.close();
});

test("a secret ballot shows numbers and names nobody; an open one lists each voter's choice once results show", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const room = await setUpTwoDelegations(browser);
  const { slug, facilitator, leadA, leadB } = room;
  const voters = [leadA, leadB];
  const f = facilitator.page;
  await openBrands(f, slug);
  await proposeBrand(f, RICE, ["Jilin"]);
  await proposeBrand(f, WATER, ["Heilongjiang"]);
  const secretTitle = "Which brand to promote first";
  const secretPath = await createBallot(f, {
    title: secretTitle,
    brands: [RICE, WATER],
    method: "SCHULZE",
    resultsVisibility: "LIVE",
    secret: true,
  });
  await openBrands(f, slug);
  const openTitle = "Which brand leads the trade fair stand";
  const openPath = await createBallot(f, {
    title: openTitle,
    brands: [RICE, WATER],
    method: "IRV",
    resultsVisibility: "AFTER_CLOSE",
    secret: false,
  });
  await expect(f.getByTestId("secrecy")).toHaveText(en("ballots.openBallot"));
  await setVoting(f, "OPEN");
  await f.goto(secretPath);
  await expect(f.getByTestId("secrecy")).toHaveText(en("ballots.secretBallot"));
  await setVoting(f, "OPEN");

  // Both leads vote in both ballots.
  await vote(leadA, secretPath, [RICE, WATER]);
  await vote(leadB, secretPath, [WATER]);
  await vote(leadA, openPath, [WATER]);
  await vote(leadB, openPath, [WATER, RICE]);

  // The secret ballot, on the facilitator's page (followed live) and on a delegate's: turnout per
  // delegation and live results, but no list of choices and no voter's name in the page's content.
  // The names are on the page, in the presence panel: the check below is not vacuous.
  await leadA.page.goto(secretPath);
  await expectLive(leadA.page);
  for (const page of [f, leadA.page]) {
    await expectTurnoutRow(page, "Jilin", 1, 1);
    await expectTurnoutRow(page, "Heilongjiang", 1, 1);
    const results = page.getByTestId("results");
    await expect(results.getByTestId("quorum")).toHaveText(turnoutText(2, 2));
    // Rice over water once, water over rice once.
    await expect(results.getByTestId("outcome")).toHaveText(
      en("ballots.results.tie", { options: `${RICE.en}, ${WATER.en}` }),
    );
    await expect(page.getByTestId("open-choices")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: en("ballots.choices") })).toHaveCount(0);
    for (const voter of voters) {
      await expect(page.getByTestId("presence")).toContainText(voter.account.name);
      await expect(results).not.toContainText(voter.account.name);
      await expect(page.getByTestId("turnout")).not.toContainText(voter.account.name);
      await expect(page.locator(".workshop-content")).not.toContainText(voter.account.name);
    }
  }
  const projector = await facilitator.context.newPage();
  await projector.goto(`${secretPath}/projector`);
  await expect(projector.getByTestId("projector-turnout")).toHaveText(turnoutText(2, 2));
  for (const voter of voters) await expect(projector.locator("body")).not.toContainText(voter.account.name);
  await projector.close();

  // Closed, it still names nobody.
  await setVoting(f, "CLOSED");
  await expect(leadA.page.getByTestId("ballot-status")).toHaveText(en("ballots.status.CLOSED"));
  for (const page of [f, leadA.page]) {
    await expect(page.getByTestId("results").getByRole("heading", { name: en("ballots.results.final") })).toBeVisible();
    await expect(page.getByTestId("open-choices")).toHaveCount(0);
    for (const voter of voters) await expect(page.locator(".workshop-content")).not.toContainText(voter.account.name);
  }

  // The open ballot, results hidden until it closes: turnout only, and no choices yet.
  await f.goto(openPath);
  await leadA.page.goto(openPath);
  for (const page of [f, leadA.page]) {
    await expectLive(page);
    await expect(page.getByTestId("secrecy")).toHaveText(en("ballots.openBallot"));
    await expectTurnoutRow(page, "Jilin", 1, 1);
    await expectTurnoutRow(page, "Heilongjiang", 1, 1);
    await expect(page.getByText(en("ballots.results.hidden"))).toBeVisible();
    await expect(page.getByTestId("results")).toHaveCount(0);
    await expect(page.getByTestId("open-choices")).toHaveCount(0);
  }
  // Closed: everyone sees who chose what (by name, with their delegation).
  await setVoting(f, "CLOSED");
  for (const page of [f, leadA.page]) {
    await expect(page.getByTestId("results").getByTestId("outcome")).toHaveText(
      en("ballots.results.winner", { option: WATER.en }),
    );
    await expect(page.getByTestId("open-choices").getByRole("listitem")).toHaveText([
      `${leadB.account.name} (Heilongjiang): 1. ${WATER.en} 2. ${RICE.en}`,
      `${leadA.account.name} (Jilin): 1. ${WATER.en}`,
    ]);
  }

  // The list of ballots on the brands page.
  await openBrands(f, slug);
  const list = f.getByTestId("ballots").getByRole("listitem");
  await expect(list.filter({ hasText: secretTitle })).toContainText(
    `${en("ballots.methods.SCHULZE")} · ${en("ballots.secretBallot")} · ${en("ballots.votedCount", { count: 2 })}`,
  );
  await expect(list.filter({ hasText: openTitle })).toContainText(
    `${en("ballots.methods.IRV")} · ${en("ballots.openBallot")} · ${en("ballots.votedCount", { count: 2 })}`,
  );
  await room.close();
});
