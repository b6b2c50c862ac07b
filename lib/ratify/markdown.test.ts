import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { documentInput, samplePlan } from "./fixtures";
import { escapeBlock, escapeMarkdown, renderPlanMarkdown } from "./markdown";

// The Markdown is checked as a reader sees it: rendered to HTML by a CommonMark + GFM parser.
const html = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const tags = (page: string, tag: string) =>
  [...page.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]!);

describe("renderPlanMarkdown", () => {
  it("prints an entry's Markdown rationale as the text it reads as, not with its markers", () => {
    const plan = samplePlan();
    const [entry, ...others] = plan.content.industryPlans;
    const rationale = "Builds the **regional grid**; see [the study](https://example.org/grid).";
    const content = { ...plan.content, industryPlans: [{ ...entry!, rationale }, ...others] };
    // As read: the tags left out (the address is a link there too).
    const page = decode(html(renderPlanMarkdown(documentInput({ ...plan, content }, "en")))).replace(/<[^>]+>/g, "");
    expect(page).toContain("Builds the regional grid; see the study (https://example.org/grid).");
    expect(page).not.toContain("**regional grid**");
  });

  it("prints no heading for a section with nothing agreed, and numbers the others as printed", () => {
    const plan = samplePlan();
    const [first, ...rest] = plan.content.sections;
    const empty = { ...first!, title: "Section with nothing agreed", key: null, clauses: [] };
    const content = { ...plan.content, sections: [empty, first!, ...rest] };
    const page = html(renderPlanMarkdown(documentInput({ ...plan, content }, "en")));
    const h3 = tags(page, "h3").map(decode);
    expect(h3.some((h) => h.includes("Section with nothing agreed"))).toBe(false);
    const numbered = h3.filter((h) => /^\d+\. /.test(h)).map((h) => Number(h.split(".")[0]));
    expect(numbered).toEqual(numbered.map((_, i) => i + 1));
    // The clause record uses the same numbers as the agreed part.
    const h4 = tags(page, "h4").map(decode);
    const firstClause = first!.clauses[0]!.title;
    expect(h4).toContain(`1.1 ${firstClause}`);
    expect(h4).toContain(`A.1.1 ${firstClause}`);
  });

  it("says a ballot without a quorum had none, rather than that it was met", () => {
    const plan = samplePlan();
    const quorum = (ballot: (typeof plan.content.ballots)[number]) =>
      decode(
        html(renderPlanMarkdown(documentInput({ ...plan, content: { ...plan.content, ballots: [ballot] } }, "en"))),
      );
    const [ballot] = plan.content.ballots;
    expect(quorum({ ...ballot!, quorum: 0.5, quorumMet: true })).toMatch(/Quorum\b[^\n]*\bMet\b/);
    const none = quorum({ ...ballot!, quorum: null, quorumMet: true });
    expect(none).toContain("None set: the result stands whatever the turnout");
    expect(none).not.toMatch(/Quorum\b[^\n]*\bMet\b/);
    // A document frozen before the quorum was recorded keeps saying what it said.
    const { quorum: _omitted, ...older } = ballot!;
    expect(quorum(older)).toMatch(/Quorum\b[^\n]*\bMet\b/);
  });

  it("has the title, hash, every section in order, clauses and annexes", () => {
    const plan = samplePlan();
    const page = html(renderPlanMarkdown(documentInput(plan, "en")));
    const h2 = tags(page, "h2").map(decode);
    expect(h2).toEqual([
      "Contents",
      "Agreed clauses",
      "Cost sharing",
      "Brand ballots",
      "Overlap analysis",
      "Annex A: record of the clauses",
      "Annex B: clauses not agreed",
      "Annex C: pillar-industry plans",
      "Signatures",
    ]);
    expect(decode(tags(page, "h1")[0]!)).toContain(plan.content.workshop.title);
    expect(page).toContain(plan.hash);
    const h4 = tags(page, "h4").map(decode);
    for (const clause of plan.content.sections.flatMap((s) => s.clauses)) {
      expect(h4.some((h) => h.endsWith(clause.title) && /^\d+\.\d+ /.test(h))).toBe(true);
      expect(h4.some((h) => h.endsWith(clause.title) && h.startsWith("A."))).toBe(true);
    }
    expect(h4.some((h) => h === `B.1 ${plan.content.notAgreed[0]!.title}`)).toBe(true);
    expect(page).not.toContain("DRAFT");
  });

  it("is written in the reader's language, bilingual names kept", () => {
    const markdown = renderPlanMarkdown(documentInput(samplePlan(), "zh-CN"));
    expect(markdown).toContain("- **区域**：Northeast China 东北地区");
    const page = html(markdown);
    expect(tags(page, "h2")).toContain("附件 C：支柱产业规划");
    expect(page).toContain("汽车产业分工 Automobile specialisation");
    expect(page).toContain("长春 Changchun");
  });

  it("lays out every table with one cell per column", () => {
    const page = html(renderPlanMarkdown(documentInput(samplePlan(), "en")));
    const tables = tags(page, "table");
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const columns = tags(table, "th").length;
      for (const row of tags(tags(table, "tbody")[0] ?? "", "tr")) expect(tags(row, "td")).toHaveLength(columns);
    }
  });

  it("marks a draft at the top and at the end", () => {
    const markdown = renderPlanMarkdown(documentInput(samplePlan(), "en", true));
    expect(markdown.startsWith("> **DRAFT**")).toBe(true);
    expect(markdown.trimEnd().split("\n").at(-1)).toMatch(/^> \*\*DRAFT\*\*/);
  });

  it("shows what delegations typed as text: no headings, links, HTML or broken tables", () => {
    const plan = samplePlan();
    const clause = plan.content.sections[0]!.clauses[0]!;
    clause.title = "# Not a heading | <b>bold</b> [link](http://x.test) *stars*";
    clause.text = "1. not a list\n- nor this\n> nor a quote";
    clause.stances[0]!.reason = "a | b\nsecond line";
    const page = html(renderPlanMarkdown(documentInput(plan, "en")));
    // GFM turns a bare URL into a link to itself: the text stays what was typed.
    const text = (fragment: string) => decode(fragment.replace(/<[^>]+>/g, ""));
    expect(tags(page, "h4").map(text)).toContain(`1.1 ${clause.title}`);
    expect(page).not.toMatch(/<b>|<em>stars|href="[^"]*\)/);
    expect(page.match(/<ol/g)).toHaveLength(1); // the contents
    expect(page).not.toContain("<blockquote");
    expect(page).toContain("1. not a list<br>- nor this<br>&gt; nor a quote");
    expect(page).toContain("a | b<br>second line");
  });

  it("escapes each Markdown character once", () => {
    expect(escapeMarkdown("a*b_c`d|e")).toBe("a\\*b\\_c\\`d\\|e");
    expect(escapeMarkdown("1. x")).toBe("1. x");
    expect(escapeBlock("12) x\n+ y\n    code? no\n- z")).toBe("12\\) x\n\\+ y\ncode? no\n\\- z");
    expect(escapeBlock("汽车 2030.")).toBe("汽车 2030.");
  });
});
