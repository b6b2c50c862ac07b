import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/server/result";
import { addMember, createWorkshopFixture, prisma } from "@/test/db";
import { parsePlanCsv } from "./csv";
import { analysisInput, listPlans } from "./data";
import {
  createEntry,
  deleteEntry,
  importEntries,
  reopenList,
  saveCluster,
  submitList,
  updateEntry,
  type Actor,
} from "./mutations";
import { planEntrySchema } from "./schema";

const entry = (industryCode: string, extra: Record<string, unknown> = {}) =>
  planEntrySchema.parse({ industryCode, horizon: "MEDIUM", priority: 3, hubCities: "Changchun, Jilin", ...extra });

async function setup() {
  const fixture = await createWorkshopFixture();
  const [alpha, beta] = fixture.delegations;
  const as = async (
    role: "DELEGATE" | "LEAD_DELEGATE" | "OBSERVER" | "FACILITATOR",
    delegationId: string | null,
  ): Promise<Actor> => {
    const user = await addMember(fixture.workshop.id, role, delegationId);
    return { userId: user.id, workshopId: fixture.workshop.id, member: { role, delegationId } };
  };
  return {
    ...fixture,
    alpha,
    beta,
    alphaDelegate: await as("DELEGATE", alpha.id),
    alphaLead: await as("LEAD_DELEGATE", alpha.id),
    betaDelegate: await as("DELEGATE", beta.id),
    betaLead: await as("LEAD_DELEGATE", beta.id),
    observer: await as("OBSERVER", null),
  };
}

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : String(error));

describe("industry plans", () => {
  it("a delegate cannot write another delegation's entries through any path", async () => {
    const s = await setup();
    const { id } = await createEntry(s.alphaDelegate, s.alpha.id, entry("36"));
    const attempts: Array<() => Promise<unknown>> = [
      () => createEntry(s.betaDelegate, s.alpha.id, entry("34")),
      () => updateEntry(s.betaDelegate, id, 1, entry("36", { priority: 1 })),
      () => deleteEntry(s.betaDelegate, id, 1),
      () => importEntries(s.betaDelegate, s.alpha.id, [entry("26")], "replace"),
      () => submitList(s.betaLead, s.alpha.id),
      () => createEntry(s.observer, s.alpha.id, entry("34")),
      () => updateEntry({ ...s.alphaLead, member: { role: "FACILITATOR", delegationId: null } }, id, 1, entry("36")),
    ];
    for (const attempt of attempts) expect(codeOf(await attempt().catch((e: unknown) => e))).toBe("errors.forbidden");
    const rows = await prisma.planEntry.findMany({ where: { delegationId: s.alpha.id } });
    expect(rows.map((r) => [r.industryCode, r.priority])).toEqual([["36", 3]]);
    expect(await prisma.planEntry.count({ where: { delegationId: s.beta.id } })).toBe(0);
  });

  it("drafts stay inside the delegation; submission shows them to others and locks the list", async () => {
    const s = await setup();
    await createEntry(s.alphaDelegate, s.alpha.id, entry("36"));
    const seenBy = async (actor: Actor) =>
      (await listPlans(s.workshop.id, actor.member)).find((d) => d.id === s.alpha.id)!.entries.length;
    expect([await seenBy(s.alphaDelegate), await seenBy(s.betaDelegate), await seenBy(s.observer)]).toEqual([1, 0, 0]);
    expect((await analysisInput(s.workshop.id)).plans).toHaveLength(0);

    await expect(submitList(s.alphaDelegate, s.alpha.id)).rejects.toMatchObject({ code: "errors.forbidden" });
    await submitList(s.alphaLead, s.alpha.id);
    expect([await seenBy(s.betaDelegate), await seenBy(s.observer)]).toEqual([1, 1]);
    await expect(createEntry(s.alphaDelegate, s.alpha.id, entry("34"))).rejects.toMatchObject({
      code: "errors.listSubmitted",
    });

    await reopenList(s.alphaLead, s.alpha.id);
    const [submitted] = await prisma.planEntry.findMany({ where: { delegationId: s.alpha.id } });
    await updateEntry(s.alphaDelegate, submitted!.id, submitted!.version, entry("36", { priority: 5 }));
    // Edited after reopening: a draft again, so the others no longer see it until resubmission.
    expect(await seenBy(s.betaDelegate)).toBe(0);
  });

  it("the second of two concurrent edits gets a conflict with the other version, never a silent overwrite", async () => {
    const s = await setup();
    const { id } = await createEntry(s.alphaDelegate, s.alpha.id, entry("36"));
    await updateEntry(s.alphaDelegate, id, 1, entry("36", { priority: 5, hubCities: "Changchun" }));
    const conflict = await updateEntry(s.alphaLead, id, 1, entry("36", { priority: 1 })).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(DomainError);
    expect((conflict as DomainError).code).toBe("errors.entryConflict");
    expect((conflict as DomainError).current).toMatchObject({ priority: 5, hubCities: ["Changchun"], version: 2 });
    expect((await prisma.planEntry.findUniqueOrThrow({ where: { id } })).priority).toBe(5);
    await expect(deleteEntry(s.alphaLead, id, 1)).rejects.toMatchObject({ code: "errors.entryConflict" });
  });

  it("every change is an event in the audit trail", async () => {
    const s = await setup();
    const before = await prisma.event.count({ where: { workshopId: s.workshop.id } });
    const { id } = await createEntry(s.alphaDelegate, s.alpha.id, entry("36"));
    await updateEntry(s.alphaDelegate, id, 1, entry("36", { priority: 4 }));
    await submitList(s.alphaLead, s.alpha.id);
    const types = (
      await prisma.event.findMany({ where: { workshopId: s.workshop.id }, orderBy: { seq: "asc" }, skip: before })
    ).map((e) => e.type);
    expect(types).toEqual(["plan.entryCreated", "plan.entryUpdated", "plan.submitted"]);
  });

  it("cannot tag a plan to another workshop's cluster", async () => {
    const s = await setup();
    const other = await setup();
    const facilitator: Actor = {
      userId: other.facilitator.id,
      workshopId: other.workshop.id,
      member: { role: "FACILITATOR", delegationId: null },
    };
    await saveCluster(facilitator, {
      name: "Elsewhere",
      coreCity: "X",
      memberCities: [],
      industryCodes: [],
      description: "",
    });
    const foreign = await prisma.cityCluster.findFirstOrThrow({ where: { workshopId: other.workshop.id } });
    await expect(
      createEntry(s.alphaDelegate, s.alpha.id, entry("36", { clusterId: foreign.id })),
    ).rejects.toMatchObject({
      fieldErrors: { clusterId: "errors.invalid" },
    });
  });
});

describe("CSV import", () => {
  const header =
    "industry_code,industry_name,horizon,target_value,target_unit,investment_amount,investment_currency,hub_cities,priority,rationale,cluster";

  it("imports 5,000 rows with Chinese text in one transaction, replacing the list", async () => {
    const s = await setup();
    await createEntry(s.alphaDelegate, s.alpha.id, entry("36"));
    const lines = Array.from(
      { length: 5000 },
      (_, i) =>
        `${13 + (i % 30)},,${i % 2 ? "长期" : "MEDIUM"},${i},辆/年,${i * 10},CNY,长春、吉林,${(i % 5) + 1},"第${i}行，含逗号",`,
    );
    const parsed = parsePlanCsv([header, ...lines].join("\r\n"), { clusters: new Map() });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.rowErrors.slice(0, 3)));
    expect(await importEntries(s.alphaDelegate, s.alpha.id, parsed.rows, "replace")).toEqual({
      created: 5000,
      removed: 1,
    });
    const rows = await prisma.planEntry.findMany({
      where: { delegationId: s.alpha.id },
      orderBy: { targetValue: "asc" },
    });
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toMatchObject({
      horizon: "LONG",
      targetUnit: "辆/年",
      hubCities: ["长春", "吉林"],
      rationale: "第4999行，含逗号",
      status: "DRAFT",
    });
  });

  it("writes nothing when a row is invalid, and reports it with its line", async () => {
    const s = await setup();
    const parsed = parsePlanCsv(
      [header, "36,,MEDIUM,1,u,,,,3,,", "99,,MEDIUM,1,u,,,,3,,", "36,,LATER,,,,,,9,,"].join("\n"),
      { clusters: new Map() },
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.rowErrors.map((e) => [e.line, e.message])).toEqual([
      [3, "errors.unknownIndustry"],
      [4, "errors.horizon"],
      [4, "errors.priority"],
    ]);
    expect(await prisma.planEntry.count({ where: { delegationId: s.alpha.id } })).toBe(0);
  });

  it("rolls the whole import back if it cannot complete", async () => {
    const s = await setup();
    await createEntry(s.alphaDelegate, s.alpha.id, entry("36"));
    const rows = [entry("13"), entry("14", { clusterId: "no-such-cluster" })];
    await expect(importEntries(s.alphaDelegate, s.alpha.id, rows, "replace")).rejects.toMatchObject({
      code: "errors.unknownCluster",
    });
    expect(
      (await prisma.planEntry.findMany({ where: { delegationId: s.alpha.id } })).map((r) => r.industryCode),
    ).toEqual(["36"]);
  });
});
