// Ratification (issue 7): the full journey in the demo workshop, five people side by side. Jilin's
// lead proposes a clause with a Chinese title, the three lead delegates support it and the
// facilitator marks it agreed; the facilitator freezes the plan and watches the three signatures
// (one with a reservation) arrive live until the plan is ratified. Every export link of the
// ratified version is downloaded and checked (PDF text, DOCX, JSON through `npm run verify`, and
// whatever other formats the section offers); a second freeze needs new signatures.
//
// The demo workshop is shared with other spec files: this one only adds a clause and versions, and
// copes with a retry (the clause title is unique, the version number is read from the page).
// Texts match in either language: other specs switch some demo accounts to Chinese for a while.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { squash } from "../test/documents";
import { DEMO_SLUG, screenshot, signedInAs, type Person } from "./support/app";
import {
  anyLang,
  anyLangIn,
  csvLines,
  docxText,
  downloadAll,
  expectLiveAnyLang,
  notRatified,
  pdfText,
  proposeClause,
  ratificationState,
  recordStance,
  signatureOf,
  signForm,
  signPlan,
  freezePlan,
  verifyPlan,
  versionSection,
  type Downloaded,
} from "./support/ratify";

const LEADS = [
  { delegation: "Liaoning", code: "LN", email: "liaoning.lead@roundtable.demo" },
  { delegation: "Jilin", code: "JL", email: "jilin.lead@roundtable.demo" },
  { delegation: "Heilongjiang", code: "HLJ", email: "heilongjiang.lead@roundtable.demo" },
] as const;

type Marked = Window & { marker?: number };
const RATIFY = `/w/${DEMO_SLUG}/ratify`;

async function openRatify(page: Page): Promise<void> {
  await page.goto(RATIFY);
  await expect(page.getByRole("heading", { level: 1, name: anyLang("ratify.title") })).toBeVisible();
  await expectLiveAnyLang(page);
}

interface PlanFile {
  draft?: boolean;
  hash: string;
  content: { version: number; sections: Array<{ clauses: Array<{ title: string; status: string }> }> };
  signatures?: Array<{ delegation: string; kind: string; statement: string; hash: string }>;
}

const clauseTitles = (plan: PlanFile) => plan.content.sections.flatMap((s) => s.clauses.map((c) => c.title));

/** Checks one downloaded export of the ratified version `number` (hash `hash`) by its format. */
async function checkExport(
  download: Downloaded,
  { title, hash, number }: { title: string; hash: string; number: number },
) {
  const { file, format, table, href } = download;
  switch (format) {
    case "pdf": {
      const text = squash(await pdfText(file));
      expect(text, href).toContain(squash(title));
      expect(text, href).toContain(hash);
      expect(text, href).not.toContain("DRAFT");
      break;
    }
    case "docx": {
      const text = docxText(file);
      expect(text, href).toContain(title);
      expect(text, href).toContain(hash);
      expect(text, href).not.toContain("DRAFT");
      break;
    }
    case "json": {
      const plan = JSON.parse(fs.readFileSync(file, "utf8")) as PlanFile;
      expect(plan.draft ?? false).toBe(false);
      expect(plan.hash).toBe(hash);
      expect(plan.content.version).toBe(number);
      expect(clauseTitles(plan)).toContain(title);
      expect(plan.signatures?.map((s) => s.delegation).sort()).toEqual(["HLJ", "JL", "LN"]);
      // The real verifier, against the database the app runs on.
      const { code, report, output } = await verifyPlan(file);
      expect(code, output).toBe(0);
      expect(report, output).toMatchObject({
        draft: false,
        version: number,
        hash,
        matchesFileHash: true,
        matchesFrozenVersion: true,
        signatures: { missing: [], foreign: [], complete: true },
      });
      expect(report!.signatures!.signed.sort()).toEqual(["HLJ", "JL", "LN"]);
      break;
    }
    case "md":
      expect(fs.readFileSync(file, "utf8"), href).toContain(title);
      break;
    case "csv": {
      const [header, ...rows] = csvLines(file);
      expect(header?.split(",").length ?? 0, `${href}: a header row`).toBeGreaterThan(1);
      if (table === "clauses") expect(rows.join("\n"), href).toContain(title);
      break;
    }
    default:
      throw new Error(`${href}: the ratify page offers a format this test does not check`);
  }
}

test("the demo's plan is agreed, frozen and signed by all three delegations, live; every export verifies", async ({
  browser,
}, testInfo) => {
  // Five people, a PDF render and the verifier on a machine shared with the other spec file.
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex");
  const title = `汽车产业错位发展 ${tag}`;
  const facilitator = await signedInAs(browser, "facilitator@roundtable.demo");
  const leads: Person[] = [];
  for (const lead of LEADS) leads.push(await signedInAs(browser, lead.email));
  const [liaoning, jilin, heilongjiang] = leads as [Person, Person, Person];
  const people = [facilitator, ...leads];

  // Jilin's lead proposes the clause; the facilitator follows it live.
  const clausePath = await proposeClause(jilin.page, DEMO_SLUG, {
    title,
    text: "长春主攻乘用车，沈阳发展客车与零部件配套。Changchun leads passenger cars; Shenyang builds buses and parts.",
  });
  await facilitator.page.goto(clausePath);
  await expectLiveAnyLang(facilitator.page);

  // The three delegations support it (unanimity): the facilitator marks it agreed.
  for (const [i, lead] of leads.entries()) {
    if (lead !== jilin) await lead.page.goto(clausePath);
    await recordStance(lead.page, LEADS[i]!.delegation, "SUPPORT", `${LEADS[i]!.code} 支持`);
  }
  await expect(facilitator.page.getByTestId("consensus")).toContainText(anyLangIn("plan.consensus.met"));
  await facilitator.page.getByLabel(anyLang("plan.status.new")).selectOption("AGREED");
  await facilitator.page.getByRole("button", { name: anyLang("plan.status.change") }).click();
  await expect(facilitator.page.getByTestId("clause-status")).toHaveText(anyLang("plan.status.AGREED"));
  await expect(jilin.page.getByTestId("clause-status")).toHaveText(anyLang("plan.status.AGREED"));

  // Everyone opens the ratify page; the facilitator's stays open, never reloaded, from here on.
  for (const person of people) await openRatify(person.page);
  await facilitator.page.evaluate(() => ((window as Marked).marker = 1));
  const number = (await facilitator.page.getByTestId("plan-version").count()) + 1;
  const state = ratificationState(facilitator.page);

  await freezePlan(facilitator.page, { number });
  await expect(state).toHaveText(notRatified(0, number));
  const section = versionSection(facilitator.page, number);
  const hash = (await section.getByTestId("version-hash").textContent())!.trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  // The leads' pages receive the frozen version live, with their sign form and the same hash.
  for (const [i, lead] of leads.entries()) {
    await expect(signForm(lead.page, LEADS[i]!.delegation)).toBeVisible();
    await expect(versionSection(lead.page, number).getByTestId("version-hash")).toHaveText(hash);
  }
  await expect(signForm(facilitator.page)).toHaveCount(0);

  // A plain delegate of Liaoning sees the version but cannot sign (nor freeze).
  const delegate = await signedInAs(browser, "liaoning.delegate@roundtable.demo");
  people.push(delegate);
  await openRatify(delegate.page);
  await expect(ratificationState(delegate.page)).toHaveText(notRatified(0, number));
  await expect(signForm(delegate.page)).toHaveCount(0);
  await expect(delegate.page.getByRole("button", { name: anyLang("ratify.freeze") })).toHaveCount(0);

  // Liaoning signs with a reservation, which needs a statement.
  const reservation = "辽宁保留意见：沈阳客车产能需在2030年前重新评估。";
  const liaoningForm = signForm(liaoning.page, "Liaoning");
  await liaoningForm.getByLabel(anyLang("ratify.signKind")).selectOption("RESERVATION");
  await liaoningForm.getByRole("button", { name: anyLang("ratify.sign", { delegation: "Liaoning" }) }).click();
  await expect(liaoningForm.getByText(anyLang("errors.reservationText"))).toBeVisible();
  await expect(state).toHaveText(notRatified(0, number));
  await signPlan(liaoning.page, "Liaoning", { kind: "RESERVATION", statement: reservation });
  await expect(state).toHaveText(notRatified(1, number));
  await expect(signatureOf(section, "Liaoning")).toContainText(anyLangIn("ratify.kind.RESERVATION"));
  await expect(signatureOf(section, "Liaoning").locator("blockquote")).toHaveText(reservation);
  await expect(ratificationState(delegate.page)).toHaveText(notRatified(1, number));

  await signPlan(jilin.page, "Jilin");
  await expect(state).toHaveText(notRatified(2, number));
  await signPlan(heilongjiang.page, "Heilongjiang");
  await expect(state).toHaveText(anyLang("ratify.ratified", { number }));
  for (const { delegation } of LEADS.slice(1))
    await expect(signatureOf(section, delegation)).toContainText(anyLangIn("ratify.kind.ENDORSEMENT"));
  for (const lead of leads)
    await expect(ratificationState(lead.page)).toHaveText(anyLang("ratify.ratified", { number }));
  expect(await facilitator.page.evaluate(() => (window as Marked).marker)).toBe(1);
  await screenshot(facilitator.page, "ratify-ratified");

  // Every export of the ratified version, through its link.
  const downloads = await downloadAll(section.locator('a[href*="format="]'), testInfo.outputPath("version"));
  expect(downloads.map((d) => d.format)).toEqual(expect.arrayContaining(["pdf", "docx", "json"]));
  for (const download of downloads) await checkExport(download, { title, hash, number });

  // The draft of the current state is marked as such.
  const draftJson = facilitator.page.locator(`a[href="/api/w/${DEMO_SLUG}/plan/draft?format=json"]`);
  const [draft] = await downloadAll(draftJson, testInfo.outputPath("draft"));
  const draftPlan = JSON.parse(fs.readFileSync(draft!.file, "utf8")) as PlanFile;
  expect(draftPlan.draft).toBe(true);
  expect(clauseTitles(draftPlan)).toContain(title);

  // A second freeze supersedes the ratified version: its signatures stay there, and the new
  // version needs all three again (Jilin's lead gets a sign form for it, live).
  await freezePlan(facilitator.page, { number: number + 1, signatures: 3 });
  await expect(state).toHaveText(notRatified(0, number + 1));
  await expect(section).toContainText(anyLangIn("ratify.superseded"));
  for (const { delegation } of LEADS) {
    await expect(signatureOf(section, delegation)).not.toContainText(anyLangIn("ratify.unsigned"));
    await expect(signatureOf(versionSection(facilitator.page, number + 1), delegation)).toContainText(
      anyLangIn("ratify.unsigned"),
    );
  }
  await expect(signForm(versionSection(jilin.page, number + 1))).toHaveAccessibleName(
    anyLang("ratify.sign", { delegation: "Jilin" }),
  );
  await expect(signForm(versionSection(jilin.page, number))).toHaveCount(0);
  expect(await facilitator.page.evaluate(() => (window as Marked).marker)).toBe(1);

  for (const person of people) await person.context.close();
});
