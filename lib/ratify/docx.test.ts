import { describe, expect, it } from "vitest";
import { docxFiles, docxPlain as plain } from "@/test/documents";
import { renderPlanDocx } from "./docx";
import { documentInput, largePlan, samplePlan } from "./fixtures";

async function render(locale: "en" | "zh-CN", draft: boolean, plan = samplePlan()) {
  const docx = await renderPlanDocx(documentInput(plan, locale, draft));
  const files = docxFiles(docx);
  const parts = (pattern: RegExp) =>
    Object.keys(files)
      .filter((name) => pattern.test(name))
      .map((name) => files[name])
      .join("\n");
  return {
    size: docx.length,
    document: files["word/document.xml"] ?? "",
    styles: files["word/styles.xml"] ?? "",
    headers: parts(/^word\/header\d*\.xml$/),
    footers: parts(/^word\/footer\d*\.xml$/),
  };
}

/** Annex C's paragraphs (a table cell's text is a paragraph), from its heading to the signatures' heading. */
function annexC(text: string, heading: string, signatures: string): string {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThan(0);
  return lines.slice(start, lines.indexOf(signatures, start)).join("\n");
}

describe("renderPlanDocx", { timeout: 60_000 }, () => {
  it("prints no heading for a section with nothing agreed", async () => {
    const plan = samplePlan();
    const empty = { ...plan.content.sections[0]!, title: "Section with nothing agreed", key: null, clauses: [] };
    const content = { ...plan.content, sections: [empty, ...plan.content.sections] };
    const text = plain((await render("en", false, { ...plan, content })).document);
    expect(text).not.toContain("Section with nothing agreed");
    expect(text).toContain(`1. ${plan.content.sections[0]!.title}`);
  });

  it("writes Word headings, a TOC field, the tables, the Chinese titles and the hash", async () => {
    const plan = samplePlan();
    const { document, styles, headers, footers } = await render("en", false, plan);
    for (const style of ["Heading1", "Heading2", "Heading3"]) {
      expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    // Cost sharing, ballot support, three stance tables, the signatures, and the label/value lists.
    expect(document.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(8);
    expect(document).toContain("<w:tblHeader/>"); // header rows repeat across pages

    const text = plain(document);
    expect(text).toContain("1.1  汽车产业分工 Automobile specialisation");
    expect(text).toContain("冰雪旅游联合品牌 Joint ice-and-snow tourism brand");
    expect(text).toContain("B.1  钢铁产能置换 Steel capacity swap");
    expect(text).toContain(plan.hash);
    expect(text).toContain("CN¥4,476,190.48");
    expect(text).toContain("Borda count");
    for (const delegation of plan.content.delegations) expect(text).toContain(delegation.name);
    expect(text).toContain("Endorsement with a reservation");
    expect(text).toContain("Not signed");

    // Annex C after annex B, in the contents, a table per delegation in the plan's order, each
    // entry's rationale in a row across the table under it.
    expect(text.indexOf("Annex C: pillar-industry plans\n")).toBeGreaterThan(text.indexOf("B.1  钢铁产能置换"));
    expect(text).toMatch(/Annex C: pillar-industry plans\s*PAGEREF/); // the TOC field's entry
    const annex = annexC(text, "Annex C: pillar-industry plans", "Signatures");
    expect(annex).toContain(
      [
        "The pillar industries each delegation had submitted at the freeze.",
        "C.1  Liaoning 辽宁省",
        ...["Industry", "Horizon", "Priority", "Target", "Investment", "Hub cities"],
        ...["36  Manufacture of automobiles", "Medium term", "5", "1,200,000 vehicles/year", "CN¥45,000,000,000.00"],
        "沈阳 Shenyang, 大连 Dalian",
        'Rationale: Premium vehicles and power-train components, "Shenyang first".',
      ].join("\n"),
    );
    expect(annex).toContain(
      ["3,000,000.5 辆/年", "—", "长春 Changchun", "Rationale: 一汽集团整车与新能源平台。"].join("\n"),
    );
    expect(annex).toContain(["C.3  Heilongjiang 黑龙江省", "Industry"].join("\n"));
    expect(annex).toContain(["Medium term", "4", "—", "CN¥800,000,000.25", "—"].join("\n"));
    expect(annex.indexOf("C.2  Jilin 吉林省")).toBeGreaterThan(annex.indexOf("C.1  Liaoning 辽宁省"));
    expect(document.match(/<w:gridSpan w:val="6"\/>/g)).toHaveLength(3); // the rationales, across the table

    expect(headers).not.toContain("DRAFT");
    expect(text).not.toContain("DRAFT");
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });

  it("puts DRAFT in the header of a draft, in Chinese", async () => {
    const { document, headers, footers } = await render("zh-CN", true);
    expect(plain(headers)).toContain("草稿");
    const text = plain(document);
    expect(text).toContain("讨论稿：此版本尚未冻结");
    expect(text).toContain("1. 产业与专业化分工");
    expect(text).toContain("汽车产业分工 Automobile specialisation");
    expect(text.match(/未签署/g)).toHaveLength(3);
    expect(plain(footers)).toContain("第");

    const annex = annexC(text, "附件 C：支柱产业规划", "签署");
    expect(annex).toContain(
      [
        "C.1  Liaoning 辽宁省",
        ...["产业", "规划期", "优先级", "目标", "投资", "重点城市"],
        "36  汽车制造业",
        "中期",
      ].join("\n"),
    );
    expect(annex).toContain(["¥45,000,000,000.00", "沈阳 Shenyang、大连 Dalian", "理由说明：Premium"].join("\n"));
    expect(annex).toContain(["36  汽车制造业", "长期", "5", "3,000,000.5 辆/年", "—", "长春 Changchun"].join("\n"));
    expect(annex).toContain("理由说明：一汽集团整车与新能源平台。");
  });

  it("says so in annex C when no delegation had submitted an industry plan", async () => {
    const plan = samplePlan();
    plan.content.industryPlans = [];
    for (const [locale, heading, signatures, none] of [
      ["en", "Annex C: pillar-industry plans", "Signatures", "No delegation had submitted an industry plan."],
      ["zh-CN", "附件 C：支柱产业规划", "签署", "冻结时没有代表团提交产业规划。"],
    ] as const) {
      const annex = annexC(plain((await render(locale, false, plan)).document), heading, signatures);
      expect(annex).toContain(none);
      expect(annex).not.toContain("C.1");
    }
  });

  it("renders a 200-clause plan with full annexes", async () => {
    const { size, document } = await render("en", false, largePlan(200));
    expect(size).toBeGreaterThan(10_000);
    // 180 agreed clauses (in the body and in annex A), 20 not agreed (annex B), 3 delegations' plans (annex C).
    expect(document.match(/<w:pStyle w:val="Heading3"\/>/g)!.length).toBe(180 + 180 + 20 + 3);
  });
});
