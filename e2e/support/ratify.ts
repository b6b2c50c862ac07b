// Helpers for the ratification journey (issue 7): a clause proposed and agreed through the plan
// pages, the ratify page (its state, version sections and sign form), and the plan's exports:
// every download link of a section is clicked and the file checked the way a reader would (PDF
// text through pdf.js, the DOCX's document.xml, the JSON through `npm run verify`).
//
// Texts match in either language: the demo's facilitator and its Jilin and Heilongjiang leads are
// switched to Chinese for a while by screenshots.spec, industries-screenshots.spec and costs.spec
// (the language is stored with the user), so a page of theirs here may come back from a live
// refresh in Chinese while those run alongside.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { docxFiles, docxPlain, pdfPages } from "../../test/documents";
import { en, zh } from "./i18n";
import { SCREENSHOT_DIR } from "./app";
import { messagePattern, openProposeClause } from "./plans";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The whole text of `key` in English or Chinese. */
export function anyLang(key: string, params?: Record<string, string | number>): RegExp {
  return new RegExp(`^${anyLangIn(key, params).source}$`);
}

/** The text of `key` in English or Chinese, within a longer text. */
export function anyLangIn(key: string, params?: Record<string, string | number>): RegExp {
  return new RegExp(`(?:${escape(en(key, params))}|${escape(zh(key, params))})`);
}

/** The page's live connection is open (`expectLive`, in either language). */
export async function expectLiveAnyLang(page: Page): Promise<void> {
  await expect(page.getByTestId("connection-status")).toHaveText(anyLang("live.status.live"));
}

/** Proposes a clause on the plan page (default section and horizon); returns the clause's path. */
export async function proposeClause(page: Page, slug: string, { title, text }: { title: string; text: string }) {
  await page.goto(`/w/${slug}/plan`);
  await openProposeClause(page);
  await page.getByLabel(anyLang("plan.fields.title")).fill(title);
  await page.getByLabel(anyLang("plan.fields.text")).fill(text);
  await page.getByRole("button", { name: anyLang("plan.propose") }).click();
  await page.waitForURL(/\/plan\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The row of a delegation in the clause's stance table. */
export function stanceRow(page: Page, delegation: string): Locator {
  return page
    .getByTestId("stances")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: delegation, exact: true }) });
}

/** A lead delegate records their delegation's official stance with the stance form. */
export async function recordStance(page: Page, delegation: string, position: "SUPPORT" | "OBJECT", reason: string) {
  const form = page.getByRole("form", { name: anyLang("plan.stance.title") });
  await form.getByLabel(anyLang("plan.stance.position")).selectOption(position);
  await form.getByLabel(anyLang("plan.stance.reason")).fill(reason);
  await form.getByRole("button", { name: anyLang("plan.stance.save") }).click();
  await expect(stanceRow(page, delegation).getByRole("cell")).toHaveText([
    anyLang(`plan.position.${position}`),
    reason,
  ]);
}

/**
 * Freezes the plan through its confirmation dialog, which must first say what it leaves out and
 * supersedes: `number` is the version it makes, `signatures` how many the latest version had.
 * Escape first closes the dialog without freezing (nothing is lost by a stray click).
 */
export async function freezePlan(page: Page, { number, signatures }: { number: number; signatures?: number }) {
  const opener = page.getByRole("button", { name: anyLang("ratify.freeze") });
  const dialog = page.getByRole("dialog", { name: anyLang("ratify.confirm.title", { next: number }) });
  await opener.click();
  await expect(dialog).toBeVisible();
  // The safe choice has the focus; Escape cancels and gives the focus back to the opener.
  await expect(dialog.getByRole("button", { name: anyLang("common.cancel") })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(versionSection(page, number)).toHaveCount(0);

  await opener.click();
  await expect(dialog).toContainText(anyLangIn("ratify.confirm.irreversible"));
  if (signatures !== undefined && signatures > 0)
    await expect(dialog).toContainText(
      anyLangIn("ratify.confirm.supersedes", { count: signatures, number: number - 1 }),
    );
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `ratify-freeze-dialog-${number}.png`) });
  await dialog.getByRole("button", { name: anyLang("ratify.confirm.freeze", { next: number }) }).click();
  await expect(dialog).toBeHidden();
  await expect(versionSection(page, number)).toBeVisible();
}

export const ratificationState = (page: Page) => page.getByTestId("ratification-state");

/** The section of a frozen version ("Version 2"). */
export function versionSection(page: Page, number: number): Locator {
  return page.getByRole("region", { name: anyLang("ratify.version", { number }) });
}

/** "Not ratified yet: {signed} of 3 delegations signed version {number}." */
export const notRatified = (signed: number, number: number, total = 3) =>
  anyLang("ratify.notRatified", { signed, total, number });

/** The sign form of `delegation`, or of any delegation ("Sign for Liaoning", "代表Liaoning签署"). */
export function signForm(scope: Page | Locator, delegation?: string): Locator {
  const anyDelegation = ["en", "zh-CN"] as const;
  const name = delegation
    ? anyLang("ratify.sign", { delegation })
    : new RegExp(anyDelegation.map((lang) => messagePattern(lang, "ratify.sign").source).join("|"));
  return scope.getByRole("form", { name });
}

/** The lead signs the version shown; the form goes once the signature is recorded. */
export async function signPlan(
  page: Page,
  delegation: string,
  { kind = "ENDORSEMENT", statement = "" }: { kind?: "ENDORSEMENT" | "RESERVATION"; statement?: string } = {},
) {
  const form = signForm(page, delegation);
  await form.getByLabel(anyLang("ratify.signKind")).selectOption(kind);
  await form.getByLabel(anyLang("ratify.statement")).fill(statement);
  await form.getByRole("button", { name: anyLang("ratify.sign", { delegation }) }).click();
  await expect(form).toHaveCount(0);
}

/** A section's list of signatures, one item per delegation ("Jilin: Endorsement — …"). */
export function signatureOf(section: Locator, delegation: string): Locator {
  return section
    .getByTestId("signatures")
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^${delegation}:`) });
}

export interface Downloaded {
  href: string;
  format: string;
  table: string | null;
  file: string;
}

/** Clicks each of `links` (export links, `…?format=pdf`), one after the other, and keeps the files in `dir`. */
export async function downloadAll(links: Locator, dir: string): Promise<Downloaded[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: Downloaded[] = [];
  const all = await links.all();
  expect(all.length, `export links ${links.toString()}`).toBeGreaterThan(0);
  for (const [index, link] of all.entries()) {
    const href = (await link.getAttribute("href"))!;
    const url = new URL(href, "http://e2e.invalid");
    const format = url.searchParams.get("format")!;
    // Rendering a PDF loads an 8 MB font: slower than a click usually is on a busy machine.
    const [download] = await Promise.all([link.page().waitForEvent("download", { timeout: 90_000 }), link.click()]);
    expect(download.suggestedFilename(), href).toMatch(new RegExp(`\\.${format}$`));
    const file = path.join(dir, `${index}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    expect(await download.failure(), href).toBeNull();
    expect(fs.statSync(file).size, href).toBeGreaterThan(0);
    files.push({ href, format, table: url.searchParams.get("table"), file });
  }
  return files;
}

/** The PDF's text as pdf.js extracts it (as a viewer reads it), page after page. */
export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(new Uint8Array(fs.readFileSync(file)))).join("\n");
}

/** The paragraphs of the DOCX's word/document.xml, tags dropped. */
export function docxText(file: string): string {
  return docxPlain(docxFiles(new Uint8Array(fs.readFileSync(file)))["word/document.xml"] ?? "");
}

export interface VerifyReport {
  draft: boolean;
  version: number;
  hash: string;
  matchesFileHash: boolean;
  matchesFrozenVersion: boolean | null;
  signatures: { signed: string[]; missing: string[]; foreign: string[]; complete: boolean } | null;
}

/** `npm run --silent verify -- <file>` against the e2e database: its exit code and JSON report. */
export function verifyPlan(file: string): Promise<{ code: number; report: VerifyReport | null; output: string }> {
  const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL };
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", "verify", "--", file], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      let report: VerifyReport | null = null;
      try {
        report = JSON.parse(stdout) as VerifyReport;
      } catch {
        // Left null: the assertion on it shows the output.
      }
      resolve({ code, report, output: `${stdout}\n${stderr}` });
    });
  });
}

/** The lines of a CSV file's header and body (a UTF-8 BOM dropped). */
export function csvLines(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
}
