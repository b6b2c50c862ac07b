// An end-to-end verifiable ballot (issue 15): the three delegations' leads generate their key
// shares in their own browsers, delegates vote on a phone and on a laptop (their browsers encrypt
// and prove), a voter finds their tracker on the board, each lead decrypts (one from the browser's
// storage, one from the downloaded key file, one after trying another delegation's file), the
// result appears for everyone, and the downloaded board verifies with `npm run recount`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addDelegation, expectLive, screenshot, type Person } from "./support/app";
import {
  AUTO,
  LIAONING,
  RICE,
  WATER,
  castVote,
  createBallot,
  openBallot,
  openBrands,
  proposeBrand,
  rankingButton,
  setVoting,
  type Brand,
} from "./support/ballots";
import { en } from "./support/i18n";
import { joinAs, setUpTwoDelegations } from "./support/plans";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "encrypted-ballot-"));
test.afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** Saves what a click downloads and returns its path. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const target = path.join(directory, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

function keyHolder(page: Page, delegation: string) {
  return page
    .getByTestId("key-holders")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: delegation }) });
}

async function generateKey(lead: Person, ballot: string): Promise<string> {
  await openBallot(lead, ballot);
  const file = await download(lead.page, () =>
    lead.page.getByRole("button", { name: en("ballots.encrypted.generate") }).click(),
  );
  await expect(lead.page.getByTestId("key-status")).toHaveText(en("ballots.encrypted.saved"));
  return file;
}

async function rankAndCast(person: Person, ballot: string, brands: Brand[]): Promise<string> {
  await openBallot(person, ballot);
  for (const brand of brands) await rankingButton(person.page, "add", brand.en).click();
  await castVote(person.page);
  const tracker = (await person.page.getByTestId("tracker").locator("code").textContent()) ?? "";
  expect(tracker).toMatch(/^[0-9a-f]{64}$/);
  return tracker;
}

async function decrypt(lead: Person, ballot: string, keyFile?: string): Promise<void> {
  await openBallot(lead, ballot);
  if (keyFile) await lead.page.getByLabel(en("ballots.encrypted.keyFile")).setInputFiles(keyFile);
  await lead.page.getByRole("button", { name: en("ballots.encrypted.decrypt") }).click();
  await expect(lead.page.getByRole("button", { name: en("ballots.encrypted.decrypt") })).toHaveCount(0);
}

test("three delegations hold the key, delegates vote encrypted, the leads decrypt, the board verifies", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const room = await setUpTwoDelegations(browser, { delegateA: true });
  const { slug, facilitator, leadA, leadB } = room;
  const delegateA = room.delegateA!;
  await addDelegation(facilitator.page, LIAONING);
  const leadC = await joinAs(browser, facilitator, slug, {
    delegation: "Liaoning",
    role: "LEAD_DELEGATE",
    label: "Liaoning lead",
  });
  await delegateA.page.setViewportSize({ width: 390, height: 844 });

  await openBrands(facilitator.page, slug);
  for (const brand of [RICE, WATER, AUTO]) await proposeBrand(facilitator.page, brand, ["Jilin"]);
  const ballot = await createBallot(facilitator.page, {
    title: "Verifiable brand",
    brands: [RICE, WATER, AUTO],
    method: "SCHULZE",
    resultsVisibility: "AFTER_CLOSE",
    secret: true,
    encrypted: true,
  });
  await expect(facilitator.page.getByTestId("secrecy")).toContainText(en("ballots.encrypted.badge"));
  await expectLive(facilitator.page);
  // Not before every delegation holds a key share.
  await facilitator.page.getByRole("button", { name: en("ballots.open") }).click();
  await expect(facilitator.page.locator(".form-error")).toHaveText(en("errors.trusteesMissing"));

  await generateKey(leadA, ballot);
  await screenshot(leadA.page, "encrypted-ballot-key-generated");
  await generateKey(leadB, ballot);
  const keyC = await generateKey(leadC, ballot);
  // The facilitator's page follows the ceremony live.
  for (const delegation of ["Jilin", "Heilongjiang", "Liaoning"])
    await expect(keyHolder(facilitator.page, delegation)).toContainText(en("ballots.encrypted.published"));
  await setVoting(facilitator.page, "OPEN");

  // A delegate on a phone and two leads on laptops vote; a voter changes their mind.
  const trackerA = await rankAndCast(delegateA, ballot, [RICE, WATER]);
  await rankAndCast(leadB, ballot, [WATER]);
  await rankAndCast(leadC, ballot, [AUTO]);
  await rankingButton(leadC.page, "add", RICE.en).click();
  await castVote(leadC.page, { change: true });
  // The voter finds their tracker on the public board.
  await delegateA.page.getByRole("button", { name: en("ballots.encrypted.checkBoard") }).click();
  await expect(delegateA.page.getByTestId("tracker-status")).toHaveText(en("ballots.encrypted.onBoard"));
  await screenshot(delegateA.page, "encrypted-ballot-tracker-phone");
  await setVoting(facilitator.page, "CLOSED");
  await expect(facilitator.page.getByTestId("decryption-progress")).toContainText("(0 of 3 so far)");

  // Jilin's lead decrypts from the key kept in their browser.
  await decrypt(leadA, ballot);
  // Heilongjiang's lead first picks Liaoning's key file: refused, next to the field.
  await openBallot(leadB, ballot);
  await leadB.page.getByLabel(en("ballots.encrypted.keyFile")).setInputFiles(keyC);
  await leadB.page.getByRole("button", { name: en("ballots.encrypted.decrypt") }).click();
  await expect(leadB.page.getByText(en("errors.decryptionInvalid"))).toBeVisible();
  await screenshot(leadB.page, "encrypted-ballot-wrong-key");
  await leadB.page.getByLabel(en("ballots.encrypted.keyFile")).setInputFiles([]);
  await decrypt(leadB, ballot);
  // Liaoning's lead uses the downloaded file (as on another computer).
  await decrypt(leadC, ballot, keyC);

  // Rice is preferred to each other brand by two of the three counted ballots.
  for (const person of [facilitator, delegateA])
    await expect(person.page.getByTestId("outcome")).toHaveText(en("ballots.results.winner", { option: RICE.en }));
  await expect(facilitator.page.getByText(en("ballots.encrypted.breakdownHidden"))).toBeVisible();
  await screenshot(facilitator.page, "encrypted-ballot-result");

  const board = await download(facilitator.page, () => facilitator.page.getByTestId("board-link").click());
  const recount = JSON.parse(
    execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/recount.ts", board], { encoding: "utf8" }),
  ) as { counted: number; replaced: number; result: { winner: string }; ballots: number };
  expect(recount).toMatchObject({ ballots: 4, counted: 3, replaced: 1, result: { winner: RICE.en } });
  const published = JSON.parse(fs.readFileSync(board, "utf8")) as { ballots: Array<{ tracker: string }> };
  expect(published.ballots.map((b) => b.tracker)).toContain(trackerA);
  expect(fs.readFileSync(board, "utf8")).not.toContain(delegateA.account.email);
  await leadC.context.close();
  await room.close();
});
