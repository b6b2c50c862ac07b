// Proposing a division of labour against real PostgreSQL: the input is built from what everyone
// may see (submitted plans, the economic base), the proposal is stored numbered with its event, a
// delegate cannot run it, and the stored input reproduces the stored output offline.
import { describe, expect, it } from "vitest";
import { buildPlanContent } from "@/lib/ratify/data";
import { DomainError } from "@/lib/server/result";
import { actorFor } from "@/test/ballots";
import { prisma } from "@/test/db";
import { divisionWorkshop as setup } from "@/test/division";
import { parseOptimiserInput } from "./input";
import { adoptDivision, proposeDivision } from "./mutations";
import { describe as describeSolution } from "./proposal";
import { divisionSettingsSchema } from "./schema";
import { solve } from "./solve";

const settings = divisionSettingsSchema.parse({
  redundancyPenalty: "0.5",
  fairnessFloor: "0",
  alternatives: "2",
  partners: "on",
});

describe("proposing a division of labour", () => {
  it("stores the input and the proposal, numbered, with an event, from submitted plans only", async () => {
    const w = await setup();
    expect(await proposeDivision(w.chair, settings)).toEqual({ number: 1 });
    expect(await proposeDivision(w.chair, { ...settings, alternatives: 1 })).toEqual({ number: 2 });
    const stored = await prisma.divisionProposal.findMany({
      where: { workshopId: w.workshopId },
      orderBy: { number: "asc" },
    });
    expect(stored.map((p) => p.number)).toEqual([1, 2]);
    const input = stored[0]!.input as { plans: Array<{ delegation: string; industry: string; investment: number }> };
    expect(input.plans).toHaveLength(4);
    expect(input.plans).not.toContainEqual(expect.objectContaining({ delegation: w.gamma.id, industry: "36" }));
    const output = stored[0]!.output as {
      status: string;
      proposals: Array<{ assignments: Array<{ industry: string; lead: string }> }>;
    };
    expect(output.status).toBe("optimal");
    // Beta is the more concentrated in automobiles: it leads them.
    expect(output.proposals[0]!.assignments.find((a) => a.industry === "36")?.lead).toBe(w.beta.id);
    const events = await prisma.event.findMany({ where: { workshopId: w.workshopId, type: "division.proposed" } });
    expect(events.map((e) => e.payload)).toEqual([{ number: 1 }, { number: 2 }]);

    // The stored input reproduces the stored output, as `npm run optimise` would.
    const parsed = parseOptimiserInput(stored[0]!.input);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(describeSolution(parsed.input, await solve(parsed.input))).toEqual(stored[0]!.output);
  });

  it("is the facilitators' to run, and needs submitted plans", async () => {
    const w = await setup();
    const lead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    await expect(proposeDivision(lead, settings)).rejects.toMatchObject({ code: "errors.forbidden" });
    expect(await prisma.divisionProposal.count({ where: { workshopId: w.workshopId } })).toBe(0);
    await prisma.planEntry.updateMany({ where: { workshopId: w.workshopId }, data: { status: "DRAFT" } });
    const refusal = await proposeDivision(w.chair, settings).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("errors.nothingToDivide");
  });
});

describe("putting a division of labour in the plan", () => {
  it("writes one clause per contested industry, linked to the industry, its planners and its clusters", async () => {
    const w = await setup();
    const cluster = await prisma.cityCluster.create({
      data: { workshopId: w.workshopId, name: "Auto corridor", coreCity: "Changchun", industryCodes: ["36"] },
    });
    const lead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    await proposeDivision(w.chair, settings);
    expect(await adoptDivision(w.chair, { number: 1, rank: 1 }, "en")).toEqual({ clauses: 1 });

    // Automobiles are the only industry two delegations plan; Beta, the more concentrated, leads.
    const clauses = await prisma.clause.findMany({
      where: { workshopId: w.workshopId },
      include: { section: true, versions: true },
    });
    expect(clauses).toHaveLength(1);
    const clause = clauses[0]!;
    expect(clause).toMatchObject({
      title: "Division of labour: 36 Manufacture of automobiles",
      status: "PROPOSED",
      industryCodes: ["36"],
      clusterIds: [cluster.id],
      section: { key: "industries" },
    });
    expect(clause.delegationIds.sort()).toEqual([w.alpha.id, w.beta.id].sort());
    // The lead delegates are asked once for the adoption's clauses, with how many there are.
    const asked = await prisma.notification.findMany({ where: { userId: lead.userId, kind: "STANCE_NEEDED" } });
    expect(asked.map((n) => [n.params, n.path])).toEqual([
      [{ clause: clause.title, count: 1, workshop: "Test workshop" }, `/w/${w.workshop.slug}/plan/${clause.id}`],
    ]);
    const text = clause.versions[0]!.text;
    expect(text).toMatch(/^Beta leads 36 Manufacture of automobiles for the region \(location quotient \d\.\d\d\)\./);
    expect(text).toContain("Alpha (");
    expect(text).toContain("From division-of-labour proposal 1, alternative 1");
    expect(await prisma.divisionProposal.findFirst({ where: { workshopId: w.workshopId } })).toMatchObject({
      adoptedRank: 1,
      adoptedClauseIds: [clause.id],
    });
    const events = await prisma.event.findMany({
      where: { workshopId: w.workshopId, type: { in: ["division.adopted", "clause.proposed"] } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ["clause.proposed", { clauseId: clause.id }],
      ["division.adopted", { number: 1, rank: 1, clauses: 1 }],
    ]);
  });

  it("adopts a proposal once, and another only when the last one's clauses are withdrawn", async () => {
    const w = await setup();
    await proposeDivision(w.chair, settings);
    await proposeDivision(w.chair, settings);
    const lead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
    await expect(adoptDivision(lead, { number: 1, rank: 1 }, "en")).rejects.toMatchObject({
      code: "errors.forbidden",
    });
    await expect(adoptDivision(w.chair, { number: 1, rank: 9 }, "en")).rejects.toMatchObject({
      code: "errors.notFound",
    });
    await expect(adoptDivision(w.chair, { number: 7, rank: 1 }, "en")).rejects.toMatchObject({
      code: "errors.notFound",
    });
    expect(await prisma.clause.count({ where: { workshopId: w.workshopId } })).toBe(0);

    await adoptDivision(w.chair, { number: 1, rank: 2 }, "zh-CN");
    const first = await prisma.clause.findFirstOrThrow({ where: { workshopId: w.workshopId } });
    expect(first.title).toMatch(/^产业分工：/);
    await expect(adoptDivision(w.chair, { number: 1, rank: 1 }, "en")).rejects.toMatchObject({
      code: "errors.divisionAdopted",
    });
    await expect(adoptDivision(w.chair, { number: 2, rank: 1 }, "en")).rejects.toMatchObject({
      code: "errors.divisionClausesLive",
    });
    await prisma.clause.update({ where: { id: first.id }, data: { status: "WITHDRAWN" } });
    await adoptDivision(w.chair, { number: 2, rank: 1 }, "en");
    expect(await prisma.clause.count({ where: { workshopId: w.workshopId, status: "PROPOSED" } })).toBe(1);
  });
});

describe("the plan export's division-of-labour annex", () => {
  it("records the adopted proposal with its input and alternatives, delegations by code", async () => {
    const w = await setup();
    expect((await buildPlanContent(w.workshopId, 0, new Date())).divisionOfLabour).toBeNull();
    await proposeDivision(w.chair, settings);
    await proposeDivision(w.chair, { ...settings, alternatives: 1 });
    await adoptDivision(w.chair, { number: 1, rank: 2 }, "en");
    // The adopted proposal, not the newer one.
    const division = (await buildPlanContent(w.workshopId, 0, new Date())).divisionOfLabour!;
    const [alpha, beta] = await Promise.all(
      [w.alpha.id, w.beta.id].map((id) => prisma.delegation.findUniqueOrThrow({ where: { id } })),
    );
    expect(division).toMatchObject({ proposal: 1, adoptedAlternative: 2, conflict: [] });
    expect(division.input.delegations.map((d) => d.id)).toContain(alpha!.code);
    expect(division.input.plans.map((p) => p.delegation)).not.toContain(w.alpha.id);
    expect(division.alternatives).toHaveLength(2);
    const automobiles = division.alternatives[0]!.assignments.find((a) => a.industry === "36")!;
    expect(automobiles.lead).toBe(beta!.code);
    expect(Object.keys(automobiles.lq).sort()).toEqual([alpha!.code, beta!.code].sort());
  });
});
