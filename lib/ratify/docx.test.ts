import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { renderPlanDocx } from "./docx";
import { largePlan, samplePlan } from "./fixtures";
import { documentLabels } from "./labels";

async function render(locale: "en" | "zh-CN", draft: boolean, plan = samplePlan()) {
  const docx = await renderPlanDocx({
    content: plan.content,
    hash: plan.hash,
    signatures: draft ? [] : (plan.signatures ?? []),
    draft,
    locale,
    labels: documentLabels(createTranslator(locale)),
  });
  const files = unzipSync(new Uint8Array(docx));
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const headers = Object.keys(files)
    .filter((name) => /^word\/header\d*\.xml$/.test(name))
    .map(text)
    .join("\n");
  const footers = Object.keys(files)
    .filter((name) => /^word\/footer\d*\.xml$/.test(name))
    .map(text)
    .join("\n");
  return { size: docx.length, document: text("word/document.xml"), styles: text("word/styles.xml"), headers, footers };
}

/** The paragraphs' text, tags dropped. */
const plain = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("renderPlanDocx", { timeout: 60_000 }, () => {
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
  });

  it("renders a 200-clause plan with full annexes", async () => {
    const { size, document } = await render("en", false, largePlan(200));
    expect(size).toBeGreaterThan(10_000);
    expect(document.match(/<w:pStyle w:val="Heading3"\/>/g)!.length).toBe(180 + 180 + 20);
  });
});
