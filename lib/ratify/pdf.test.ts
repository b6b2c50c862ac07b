import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { pdfPages, squash } from "@/test/documents";
import { documentInput, largePlan, samplePlan } from "./fixtures";
import { renderPlanPdf } from "./pdf";

/** The text of Annex C: from the page with its heading (the contents' entry aside) to the signature page. */
function annexC(pages: string[], heading: string): { first: number; text: string } {
  const first = pages.findIndex((text, i) => i > 1 && squash(text).includes(squash(heading)));
  expect(first).toBeGreaterThan(1);
  return { first, text: squash(pages.slice(first, -1).join("\n")) };
}

function render(locale: "en" | "zh-CN", draft: boolean, plan = samplePlan()) {
  return renderPlanPdf(documentInput(plan, locale, draft));
}

// Rendering loads an 8 MB font (PDF) and lays out hundreds of pages: slower than a unit test usually is.
describe("renderPlanPdf", { timeout: 60_000 }, () => {
  it("prints no heading (nor contents entry) for a section with nothing agreed", async () => {
    const plan = samplePlan();
    const empty = { ...plan.content.sections[0]!, title: "Section with nothing agreed", key: null, clauses: [] };
    const content = { ...plan.content, sections: [empty, ...plan.content.sections] };
    const all = squash((await pdfPages(await render("en", false, { ...plan, content }))).join("\n"));
    expect(all).not.toContain(squash("Section with nothing agreed"));
    expect(all).toContain(squash(`1. ${plan.content.sections[0]!.title}`));
  });

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

    // Annex C after annex B, before the signatures, in the contents with its page; a table per
    // delegation in the plan's order, the entry's rationale under it.
    const annex = annexC(pages, "Annex C: pillar-industry plans");
    expect(squash(pages[1]!)).toMatch(
      new RegExp(`AnnexB:clausesnotagreed\\d+AnnexC:pillar-industryplans${annex.first + 1}Signatures`),
    );
    expect(annex.first).toBeGreaterThan(pages.findIndex((text) => squash(text).includes(squash("B.1 钢铁产能置换"))));
    expect(annex.first).toBeLessThan(n - 1);
    expect(annex.text).toContain(squash("The pillar industries each delegation had submitted at the freeze."));
    const rows = [
      'C.1 Liaoning 辽宁省 Industry Horizon Priority Target Investment Hub cities 36 Manufacture of automobiles Medium term 5 1,200,000 vehicles/year CN¥45,000,000,000.00 沈阳 Shenyang, 大连 Dalian Rationale: Premium vehicles and power-train components, "Shenyang first".',
      "C.2 Jilin 吉林省 Industry Horizon Priority Target Investment Hub cities 36 Manufacture of automobiles Long term 5 3,000,000.5 辆/年 — 长春 Changchun Rationale: 一汽集团整车与新能源平台。",
      'C.3 Heilongjiang 黑龙江省 Industry Horizon Priority Target Investment Hub cities 13 Processing of food from agricultural products Medium term 4 — CN¥800,000,000.25 — Rationale: =HYPERLINK("https://example.test","soy")',
    ];
    expect(annex.text).toContain(squash(rows.join(" ")));

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

    const annex = annexC(pages, "附件 C：支柱产业规划");
    expect(squash(pages[1]!)).toContain(squash(`附件 C：支柱产业规划 ${annex.first + 1}`));
    expect(annex.text).toContain(
      squash(
        "C.1 Liaoning 辽宁省 产业 规划期 优先级 目标 投资 重点城市 36 汽车制造业 中期 5 1,200,000 vehicles/year ¥45,000,000,000.00 沈阳 Shenyang、大连 Dalian",
      ),
    );
    expect(annex.text).toContain(
      squash("36 汽车制造业 长期 5 3,000,000.5 辆/年 — 长春 Changchun 理由说明：一汽集团整车与新能源平台。"),
    );
    expect(annex.text).toContain(squash("13 农副食品加工业 中期 4 — ¥800,000,000.25 —"));
  });

  it("says so in annex C when no delegation had submitted an industry plan", async () => {
    const plan = samplePlan();
    plan.content.industryPlans = [];
    const pages = await pdfPages(await render("en", false, plan));
    const annex = annexC(pages, "Annex C: pillar-industry plans");
    expect(annex.text).toContain(squash("No delegation had submitted an industry plan."));
    expect(annex.text).not.toContain("C.1");
    expect(annex.text).not.toContain("Hubcities");
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

  it("breaks a very long rationale across pages, under its entry, without losing any of it", async () => {
    const plan = samplePlan();
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(" ");
    plan.content.industryPlans[1]!.rationale = `${words} 结束`;
    const pages = await pdfPages(await render("en", false, plan));
    const annex = annexC(pages, "Annex C: pillar-industry plans");
    expect(annex.text).toContain(squash(`长春 Changchun Rationale: word0 word1 word2`));
    for (const i of [500, 1000, 1499]) expect(annex.text).toContain(`word${i}`);
    expect(annex.text).toContain("word1499结束C.3Heilongjiang");
  });

  it("renders a 200-clause plan with full annexes", async () => {
    const pdf = await render("en", false, largePlan(200));
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    expect(document.numPages).toBeGreaterThan(100);
    expect(document.numPages).toBeLessThan(400);
    await document.destroy();
  });
});
