import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { largePlan, samplePlan } from "./fixtures";
import { documentLabels } from "./labels";
import { renderPlanPdf } from "./pdf";

// The text of each page, extracted with pdf.js (as a viewer reads it), so the test needs no tool
// outside node_modules.
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await document.destroy();
  return pages;
}

/** Without white space, so that wrapped lines still match. */
const squash = (text: string) => text.replace(/\s+/g, "");

function render(locale: "en" | "zh-CN", draft: boolean, plan = samplePlan()) {
  return renderPlanPdf({
    content: plan.content,
    hash: plan.hash,
    signatures: draft ? [] : (plan.signatures ?? []),
    draft,
    locale,
    labels: documentLabels(createTranslator(locale)),
  });
}

// Rendering loads an 8 MB font (PDF) and lays out hundreds of pages: slower than a unit test usually is.
describe("renderPlanPdf", { timeout: 60_000 }, () => {
  it("renders the ratified plan: Chinese and English titles, the hash, page numbers, every delegation signing", async () => {
    const plan = samplePlan();
    const pdf = await render("en", false, plan);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPages(pdf);
    const all = squash(pages.join("\n"));
    const n = pages.length;
    expect(n).toBeGreaterThanOrEqual(8);

    for (const title of [
      "汽车产业分工 Automobile specialisation",
      "冰雪旅游联合品牌 Joint ice-and-snow tourism brand",
    ]) {
      expect(all).toContain(squash(title));
    }
    expect(all).toContain(squash("钢铁产能置换 Steel capacity swap")); // not agreed: annex B
    expect(all).toContain(plan.hash);
    expect(all).not.toContain("DRAFT");
    pages.forEach((text, i) => {
      expect(squash(text)).toContain(squash(`Page ${i + 1} of ${n}`));
      expect(text).toContain("Northeast Revitalisation Workshop"); // the running header
    });

    // Contents with page numbers, cost table with formatted amounts, ballot with its method.
    expect(squash(pages[1]!)).toMatch(/Contents.*Agreedclauses.*3.*Costsharing\d+.*Signatures\d+/);
    expect(all).toContain("CN¥12,000,000.00");
    expect(all).toContain("CN¥4,476,190.48");
    expect(all).toContain(squash("Borda count"));

    // The signature page: every delegation, signed or not.
    const signaturePage = pages.at(-1)!;
    for (const delegation of plan.content.delegations) expect(squash(signaturePage)).toContain(squash(delegation.name));
    expect(signaturePage).toContain("王建国 Wang Jianguo");
    expect(squash(signaturePage)).toContain(squash("Endorsement with a reservation"));
    expect(squash(signaturePage)).toContain("Notsigned");
  });

  it("marks a draft on every page and translates the document into Chinese", async () => {
    const pages = await pdfPages(await render("zh-CN", true));
    const n = pages.length;
    pages.forEach((text, i) => {
      expect(text).toContain("草稿");
      expect(squash(text)).toContain(`第${i + 1}页，共${n}页`);
    });
    const all = squash(pages.join("\n"));
    expect(all).toContain(squash("讨论稿：此版本尚未冻结"));
    expect(all).toContain("已达成一致的条款");
    expect(all).toContain("产业与专业化分工"); // a default section's title, translated
    expect(all).toContain(squash("汽车产业分工 Automobile specialisation"));
    expect(squash(pages.at(-1)!).match(/未签署/g)).toHaveLength(3);
  });

  it("breaks a very long stance reason across pages without losing any of it", async () => {
    const plan = samplePlan();
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(" ");
    plan.content.sections[0]!.clauses[0]!.stances[2]!.reason = `${words} 结束`;
    const pages = await pdfPages(await render("en", false, plan));
    const all = squash(pages.join("\n"));
    expect(all).toContain(squash(`word0 word1 word2`));
    for (const i of [500, 1000, 1499]) expect(all).toContain(`word${i}`);
    expect(all).toContain("word1499结束");
  });

  it("renders a 200-clause plan with full annexes", async () => {
    const pdf = await render("en", false, largePlan(200));
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    expect(document.numPages).toBeGreaterThan(100);
    expect(document.numPages).toBeLessThan(400);
    await document.destroy();
  });
});
