// Annex D of the plan documents (issue 16): the division-of-labour proposal as the optimiser made
// it (test/fixtures/optimiser/northeast.json, solved here), in the Markdown, Word and PDF
// documents alike, in English and Chinese; and no annex D in a plan without one. The frozen
// content validates against the plan's schema, and its input reproduces its alternatives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docxFiles, docxPlain, pdfPages, squash } from "@/test/documents";
import { divisionAnnex } from "@/lib/optimiser/annex";
import { parseOptimiserInput } from "@/lib/optimiser/input";
import { describe as describeSolution } from "@/lib/optimiser/proposal";
import { solve } from "@/lib/optimiser/solve";
import { planExportSchema, type PlanExport } from "./content";
import { renderPlanDocx } from "./docx";
import { documentInput, samplePlan } from "./fixtures";
import { renderPlanMarkdown } from "./markdown";
import { renderPlanPdf } from "./pdf";

async function withDivision(): Promise<PlanExport> {
  const parsed = parseOptimiserInput(JSON.parse(readFileSync("test/fixtures/optimiser/northeast.json", "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const output = describeSolution(parsed.input, await solve(parsed.input));
  const plan = samplePlan();
  plan.content.divisionOfLabour = divisionAnnex(
    { number: 4, createdAt: new Date("2026-03-14T08:00:00Z"), input: parsed.input, output, adoptedRank: 2 },
    new Map(),
  );
  return plan;
}

describe("annex D: the division of labour", { timeout: 60_000 }, () => {
  it("freezes the proposal, its input and its alternatives, which the input reproduces", async () => {
    const plan = await withDivision();
    expect(planExportSchema.safeParse(plan).success).toBe(true);
    const division = plan.content.divisionOfLabour!;
    expect(division.alternatives.map((a) => a.rank)).toEqual([1, 2, 3]);
    const again = describeSolution(division.input, await solve(division.input));
    expect(
      again.status === "optimal" &&
        again.proposals.map((p) => p.assignments.map(({ redundancyRemoved: _, ...assignment }) => assignment)),
    ).toEqual(division.alternatives.map((a) => a.assignments));
  });

  it("is printed in Markdown, Word and PDF, in English and Chinese", async () => {
    const plan = await withDivision();
    const automobiles = plan.content.divisionOfLabour!.alternatives[0]!.assignments.find((a) => a.industry === "36")!;
    const lead = { LN: "Liaoning 辽宁省", JL: "Jilin 吉林省", HLJ: "Heilongjiang 黑龙江省" }[automobiles.lead!]!;
    for (const [locale, heading, adopted] of [
      ["en", "Annex D: division of labour", "Alternative 2 was put in the plan as proposed clauses."],
      ["zh-CN", "附件 D：产业分工", "备选 2 已作为拟议条款写入规划。"],
    ] as const) {
      const input = documentInput(plan, locale);
      const markdown = renderPlanMarkdown(input);
      expect(markdown).toContain(`## ${heading}`);
      expect(markdown).toContain(adopted);
      expect(markdown).toMatch(/### D\.3 /);
      const docx = docxPlain(docxFiles(await renderPlanDocx(input))["word/document.xml"] ?? "");
      expect(docx).toContain(heading);
      expect(docx).toContain(adopted);
      expect(docx).toContain(`${lead} (${automobiles.lq[automobiles.lead!]!.toFixed(2)})`);
      const pdf = squash((await pdfPages(await renderPlanPdf(input))).join("\n"));
      expect(pdf).toContain(squash(heading));
      expect(pdf).toContain(squash(adopted));
    }
  });

  it("is left out of a plan without a proposal", () => {
    const markdown = renderPlanMarkdown(documentInput(samplePlan(), "en"));
    expect(markdown).not.toContain("Annex D");
  });
});
