import fs from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseCsv, unguardFormula } from "@/lib/csv/rfc4180";
import { ballotWorkshop } from "@/test/ballots";
import { prisma } from "@/test/db";
import { docxFiles, docxPlain, pdfPages, squash } from "@/test/documents";
import { contentHash } from "@/lib/hash/canonical";
import type { PlanExport } from "./content";
import { PLAN_CSV_TABLES, renderPlanCsv } from "./csv";
import { buildPlanContent, versionExport } from "./data";
import { renderPlanDocx } from "./docx";
import { documentInput } from "./fixtures";
import { renderPlanMarkdown } from "./markdown";
import { freezePlan } from "./mutations";
import { PLAN_SCHEMA_PATH } from "./plan-schema";
import { renderPlanPdf } from "./pdf";

const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(fs.readFileSync(PLAN_SCHEMA_PATH, "utf8")));

const FROZEN_TITLE = "汽车产业分工 Automobile specialisation";
const FROZEN_TEXT = "长春继续作为整车中心。Changchun remains the vehicle hub.";
const LATER_TITLE = "Later title 后来的标题";

/** Every export format of `file` as text (PDF and DOCX read back), in English. */
async function everyFormat(file: PlanExport): Promise<Record<string, string>> {
  const input = documentInput(file, "en", file.draft === true);
  const csv = Object.fromEntries(
    PLAN_CSV_TABLES.map((table) => [
      `csv:${table}`,
      parseCsv(renderPlanCsv(input, table))
        .records.map((r) => r.fields.map(unguardFormula).join("\t"))
        .join("\n"),
    ]),
  );
  return {
    json: JSON.stringify(file),
    md: renderPlanMarkdown(input),
    pdf: (await pdfPages(await renderPlanPdf(input))).join("\n"),
    docx: docxPlain(docxFiles(await renderPlanDocx(input))["word/document.xml"] ?? ""),
    ...csv,
  };
}

describe("plan exports", { timeout: 120_000 }, () => {
  it("contain exactly the frozen content in every format, whatever changes after the freeze", async () => {
    const r = await ballotWorkshop();
    const section = await prisma.planSection.create({
      data: { workshopId: r.workshopId, title: "Industries", position: 1 },
    });
    const clause = await prisma.clause.create({
      data: {
        workshopId: r.workshopId,
        sectionId: section.id,
        title: FROZEN_TITLE,
        status: "AGREED",
        position: 1,
        proposedById: r.chair.userId,
        versions: { create: { number: 1, text: FROZEN_TEXT, createdById: r.chair.userId } },
      },
    });
    const entry = {
      workshopId: r.workshopId,
      delegationId: r.alpha.id,
      industryCode: "36",
      horizon: "MEDIUM" as const,
      priority: 5,
      hubCities: ["长春 Changchun"],
      createdById: r.chair.userId,
      updatedById: r.chair.userId,
    };
    const submitted = await prisma.planEntry.create({
      data: { ...entry, targetValue: "1200000.5", targetUnit: "vehicles", status: "SUBMITTED" },
    });
    // A delegation's draft never leaves it, frozen plan included.
    await prisma.planEntry.create({
      data: { ...entry, industryCode: "13", rationale: "secret draft", status: "DRAFT" },
    });

    const { hash } = await freezePlan(r.chair);

    // After the freeze everything changes: the clause's title and text, the entry's target.
    await prisma.clause.update({
      where: { id: clause.id },
      data: {
        title: LATER_TITLE,
        currentVersion: 2,
        versions: { create: { number: 2, text: "Later text", createdById: r.chair.userId } },
      },
    });
    await prisma.planEntry.update({ where: { id: submitted.id }, data: { targetValue: "4321.75" } });

    const frozen = (await versionExport(r.workshopId, 1))!;
    expect(frozen.hash).toBe(hash);
    expect(contentHash(frozen.content)).toBe(hash);
    expect(validate(frozen), JSON.stringify(validate.errors)).toBe(true);
    expect(frozen.content.industryPlans.map((e) => [e.delegation, e.industry, e.targetValue])).toEqual([
      ["AL", "36", "1200000.5"],
    ]);

    // What each format must show of the frozen plan. The documents print the target with its unit in
    // the reader's number format: Markdown is checked on that, PDF and DOCX (whose table cells may wrap
    // it) on the hub city.
    const expected: Record<string, string[]> = {
      json: [FROZEN_TITLE, FROZEN_TEXT, "1200000.5", hash],
      md: [FROZEN_TITLE, FROZEN_TEXT, "1,200,000.5 vehicles", hash],
      pdf: [FROZEN_TITLE, FROZEN_TEXT, "长春 Changchun", hash.slice(0, 16)],
      docx: [FROZEN_TITLE, FROZEN_TEXT, "长春 Changchun", hash],
      "csv:clauses": [FROZEN_TITLE, FROZEN_TEXT],
      "csv:stances": [FROZEN_TITLE, "AL\tAlpha\tNONE"],
      "csv:industries": ["1200000.5", "长春 Changchun"],
      "csv:costs": ["plan_version\tservice"],
      "csv:ballots": ["plan_version\tballot"],
    };
    const formats = await everyFormat(frozen);
    expect(Object.keys(formats).sort()).toEqual(Object.keys(expected).sort());
    for (const [format, text] of Object.entries(formats)) {
      for (const part of expected[format]!) expect(squash(text), format).toContain(squash(part));
      for (const later of [LATER_TITLE, "Later text", "secret draft", "4321.75", "4,321.75"])
        expect(squash(text), format).not.toContain(squash(later));
    }
    expect(formats["csv:costs"]!.split("\n")).toHaveLength(1); // no shared service: the header only

    // The draft is the current state, marked as such.
    const content = await buildPlanContent(r.workshopId, 0, new Date());
    const draft = await everyFormat({ draft: true, content, hash: contentHash(content) });
    expect(validate({ draft: true, content, hash: contentHash(content) })).toBe(true);
    expect(squash(draft.md!)).toContain(squash(LATER_TITLE));
    expect(draft.md).toContain("DRAFT");
    expect(draft["csv:clauses"]!.split("\n")[1]!.startsWith("draft\t")).toBe(true);
  });
});
