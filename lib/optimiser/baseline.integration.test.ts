// Importing the economic base against real PostgreSQL: a delegation's own delegates and the
// facilitators replace its base, all at once; nobody writes another delegation's; a bad file
// writes nothing; the next proposal uses the new base while earlier ones keep theirs.
import { describe, expect, it } from "vitest";
import { actorFor } from "@/test/ballots";
import { prisma } from "@/test/db";
import { divisionWorkshop } from "@/test/division";
import { importBaselineCsvAction, saveBaselineRowAction } from "./actions";
import { baselineRows } from "./data";
import { importBaseline, proposeDivision, saveBaselineRow } from "./mutations";
import { divisionSettingsSchema } from "./schema";

/** Runs the declared action as this member, through the same builder as a request. */
async function executeAs(
  action: typeof importBaselineCsvAction,
  actor: { userId: string },
  ...args: [slug: string, delegationId: string, form: FormData]
) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { id: true, name: true, email: true },
  });
  return action.declaration.execute(async () => ({ ...user, locale: "en" as const }), args);
}

const settings = divisionSettingsSchema.parse({ redundancyPenalty: "0.5", fairnessFloor: "0", alternatives: "1" });
const file = (text: string) => {
  const form = new FormData();
  form.set("file", new File([text], "base.csv", { type: "text/csv" }));
  return form;
};

describe("importing the economic base", () => {
  it("replaces the delegation's base for its delegates and the facilitators, nobody else", async () => {
    const w = await divisionWorkshop();
    const alphaDelegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const betaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
    const observer = await actorFor(w.workshopId, "OBSERVER");
    const rows = [{ industryCode: "36", employment: 90_000, output: 12.5, source: "Yearbook", year: 2004 }];
    for (const stranger of [betaLead, observer]) {
      await expect(importBaseline(stranger, w.alpha.id, rows)).rejects.toMatchObject({ code: "errors.forbidden" });
    }
    await proposeDivision(w.chair, settings);
    expect(await importBaseline(alphaDelegate, w.alpha.id, rows)).toEqual({ rows: 1 });
    // The whole base replaced: Alpha's 13 is gone, Beta's untouched.
    expect(await baselineRows(w.workshopId, w.alpha.id)).toEqual([{ ...rows[0], source: "Yearbook" }]);
    expect(await baselineRows(w.workshopId, w.beta.id)).toHaveLength(2);
    await importBaseline(w.chair, w.beta.id, [{ industryCode: "27", employment: 1, source: "" }]);
    expect(await baselineRows(w.workshopId, w.beta.id)).toEqual([{ industryCode: "27", employment: 1, source: "" }]);

    // Proposal 1 keeps the base it was computed on; proposal 2 has the new one.
    await proposeDivision(w.chair, settings);
    const [first, second] = await prisma.divisionProposal.findMany({
      where: { workshopId: w.workshopId },
      orderBy: { number: "asc" },
    });
    const alphaEmployment = (input: unknown) =>
      (input as { baseline: Array<{ delegation: string; industry: string; employment: number }> }).baseline.find(
        (b) => b.delegation === w.alpha.id && b.industry === "36",
      )?.employment;
    expect(alphaEmployment(first!.input)).toBe(10_000);
    expect(alphaEmployment(second!.input)).toBe(90_000);
    const events = await prisma.event.findMany({
      where: { workshopId: w.workshopId, type: "division.baselineImported" },
    });
    expect(events.map((e) => e.payload)).toEqual([
      { delegationId: w.alpha.id, rows: 1 },
      { delegationId: w.beta.id, rows: 1 },
    ]);
  });

  it("refuses a bad file with every problem located, writing nothing", async () => {
    const w = await divisionWorkshop();
    const alphaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    const result = await executeAs(
      importBaselineCsvAction,
      alphaLead,
      w.workshop.slug,
      w.alpha.id,
      file("industry_code,employment,year\n36,abc,2003\n99,5,1700\n"),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "errors.csvInvalid",
      rowErrors: [
        { line: 2, field: "employment", message: "errors.number", value: "abc" },
        { line: 3, field: "industry_code", message: "errors.unknownIndustry", value: "99" },
        { line: 3, field: "year", message: "errors.outOfRange", value: "1700" },
      ],
    });
    expect(await baselineRows(w.workshopId, w.alpha.id)).toHaveLength(2);
    const ok = await executeAs(
      importBaselineCsvAction,
      alphaLead,
      w.workshop.slug,
      w.alpha.id,
      file("industry_code,employment\n36,5\n"),
    );
    expect(ok).toEqual({ ok: true, rows: 1 });
  });

  it("enters or corrects one industry, for the same people, with field errors", async () => {
    const w = await divisionWorkshop();
    const alphaDelegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const betaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
    const row = { industryCode: "27", employment: 7_000, exports: 3.5, source: "Survey", year: 2005 };
    await expect(saveBaselineRow(betaLead, w.alpha.id, row)).rejects.toMatchObject({ code: "errors.forbidden" });
    await saveBaselineRow(alphaDelegate, w.alpha.id, row);
    await saveBaselineRow(alphaDelegate, w.alpha.id, { industryCode: "36", employment: 11_000, source: "" });
    expect(await baselineRows(w.workshopId, w.alpha.id)).toEqual([
      { industryCode: "13", employment: 30_000, source: "" },
      row,
      { industryCode: "36", employment: 11_000, source: "" },
    ]);
    const form = new FormData();
    for (const [name, value] of Object.entries({
      delegationId: w.alpha.id,
      industryCode: "36",
      employment: "",
      year: "1800",
    }))
      form.set(name, value);
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: alphaDelegate.userId },
      select: { id: true, name: true, email: true },
    });
    const refused = await saveBaselineRowAction.declaration.execute(
      async () => ({ ...user, locale: "en" as const }),
      [w.workshop.slug, form],
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "errors.checkFields",
      fieldErrors: { employment: "errors.required", year: "errors.outOfRange" },
    });
  });
});
