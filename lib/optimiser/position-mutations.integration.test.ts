// Delegations' positions for the optimiser against real PostgreSQL: a draft is its delegation's
// own (nobody else sees it, the optimiser does not use it), the lead delegate submits it for
// everyone, only the delegation's own delegates write it, and submitted positions shape (or,
// when they conflict, block) the proposal.
import { describe, expect, it } from "vitest";
import { actorFor } from "@/test/ballots";
import { prisma } from "@/test/db";
import { divisionWorkshop } from "@/test/division";
import { divisionInput, visiblePositions } from "./data";
import { proposeDivision } from "./mutations";
import { reopenPosition, savePosition, submitPosition } from "./position-mutations";
import { divisionSettingsSchema, positionFields, positionSchema } from "./schema";

const settings = divisionSettingsSchema.parse({
  redundancyPenalty: "0.5",
  fairnessFloor: "0",
  alternatives: "1",
  partners: "on",
});

const position = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return positionSchema.parse(positionFields(form));
};

async function people() {
  const w = await divisionWorkshop();
  return {
    w,
    alphaLead: await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id),
    alphaDelegate: await actorFor(w.workshopId, "DELEGATE", w.alpha.id),
    betaLead: await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id),
    gammaLead: await actorFor(w.workshopId, "LEAD_DELEGATE", w.gamma.id),
    observer: await actorFor(w.workshopId, "OBSERVER"),
  };
}

async function leadOf(workshopId: string, industry: string, chair: Parameters<typeof proposeDivision>[0]) {
  const { number } = await proposeDivision(chair, settings);
  const stored = await prisma.divisionProposal.findUniqueOrThrow({
    where: { workshopId_number: { workshopId, number } },
  });
  const output = stored.output as {
    status: string;
    proposals?: Array<{ assignments: Array<Record<string, unknown>> }>;
  };
  return output.status === "optimal"
    ? output.proposals![0]!.assignments.find((a) => a.industry === industry)?.lead
    : output.status;
}

describe("division positions", () => {
  it("keeps a draft inside its delegation until the lead delegate submits it", async () => {
    const { w, alphaLead, alphaDelegate, betaLead, observer } = await people();
    await savePosition(alphaDelegate, position({ delegationId: w.alpha.id, "stance.36": "lead", minPillars: "1" }));

    const seenBy = async (actor: { member: Parameters<typeof visiblePositions>[1] }) =>
      (await visiblePositions(w.workshopId, actor.member)).map((p) => p.delegationId);
    expect(await seenBy(alphaLead)).toEqual([w.alpha.id]);
    expect(await seenBy(betaLead)).toEqual([]);
    expect(await seenBy(w.chair)).toEqual([]);
    expect(await seenBy(observer)).toEqual([]);
    // The optimiser does not use a draft: Beta, the more concentrated, leads automobiles.
    expect((await divisionInput(w.workshopId, settings)).positions).toEqual([]);
    expect(await leadOf(w.workshopId, "36", w.chair)).toBe(w.beta.id);

    await submitPosition(alphaLead, w.alpha.id);
    expect(await seenBy(betaLead)).toEqual([w.alpha.id]);
    expect(await seenBy(w.chair)).toEqual([w.alpha.id]);
    expect((await divisionInput(w.workshopId, settings)).positions).toEqual([
      { delegation: w.alpha.id, mustLead: ["36"], willingToCede: [], minPillars: 1 },
    ]);
    expect(await leadOf(w.workshopId, "36", w.chair)).toBe(w.alpha.id);

    const events = await prisma.event.findMany({
      where: { workshopId: w.workshopId, type: { startsWith: "division.position" } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ["division.positionSaved", { delegationId: w.alpha.id }],
      ["division.positionSubmitted", { delegationId: w.alpha.id }],
    ]);

    // Reopened, it is a draft again: out of everyone else's sight and out of the next proposal.
    await reopenPosition(alphaLead, w.alpha.id);
    expect(await seenBy(betaLead)).toEqual([]);
    expect(await leadOf(w.workshopId, "36", w.chair)).toBe(w.beta.id);
  });

  it("is written only by the delegation's own delegates, submitted only by its lead, frozen once submitted", async () => {
    const { w, alphaLead, alphaDelegate, betaLead, observer } = await people();
    const alphas = position({ delegationId: w.alpha.id, "stance.36": "cede" });
    for (const stranger of [betaLead, w.chair, observer]) {
      await expect(savePosition(stranger, alphas)).rejects.toMatchObject({ code: "errors.forbidden" });
      await expect(submitPosition(stranger, w.alpha.id)).rejects.toMatchObject({ code: "errors.forbidden" });
    }
    await savePosition(alphaDelegate, alphas);
    await expect(submitPosition(alphaDelegate, w.alpha.id)).rejects.toMatchObject({ code: "errors.forbidden" });
    await submitPosition(alphaLead, w.alpha.id);
    await expect(savePosition(alphaLead, alphas)).rejects.toMatchObject({ code: "errors.positionSubmitted" });
    await expect(reopenPosition(betaLead, w.alpha.id)).rejects.toMatchObject({ code: "errors.forbidden" });
    // Nothing a stranger tried was written.
    expect(await prisma.divisionPosition.findMany({ where: { workshopId: w.workshopId } })).toEqual([
      expect.objectContaining({ delegationId: w.alpha.id, willingToCede: ["36"], updatedById: alphaLead.userId }),
    ]);
  });

  it("refuses a stance on an industry the delegation does not plan, next to its field", async () => {
    const { w, alphaDelegate } = await people();
    await expect(
      savePosition(alphaDelegate, position({ delegationId: w.alpha.id, "stance.27": "lead" })),
    ).rejects.toMatchObject({ code: "errors.checkFields", fieldErrors: { "stance.27": "errors.notPlanned" } });
    // A form without its delegation is refused on that field.
    const parsed = positionSchema.safeParse(positionFields(new FormData()));
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["delegationId"]);
    const form = new FormData();
    form.set("delegationId", w.alpha.id);
    form.set("minPillars", "3");
    form.set("maxPillars", "1");
    form.set("stance.36", "sometimes");
    const refused = positionSchema.safeParse(positionFields(form));
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([
      ["maxPillars", "errors.minAboveMax"],
      ["stance.36", "errors.invalid"],
    ]);
  });

  it("uses only stances on submitted plans, and names the statements that conflict", async () => {
    const { w, alphaLead, betaLead, gammaLead } = await people();
    // Gamma's automobiles are a draft entry: its stance on them waits for the plan.
    await savePosition(gammaLead, position({ delegationId: w.gamma.id, "stance.36": "lead", "stance.13": "keep" }));
    await submitPosition(gammaLead, w.gamma.id);
    expect((await divisionInput(w.workshopId, settings)).positions).toEqual([
      { delegation: w.gamma.id, mustLead: [], willingToCede: [] },
    ]);

    await savePosition(alphaLead, position({ delegationId: w.alpha.id, "stance.36": "lead" }));
    await submitPosition(alphaLead, w.alpha.id);
    await savePosition(betaLead, position({ delegationId: w.beta.id, "stance.36": "lead" }));
    await submitPosition(betaLead, w.beta.id);
    expect(await leadOf(w.workshopId, "36", w.chair)).toBe("infeasible");
    const stored = await prisma.divisionProposal.findFirstOrThrow({
      where: { workshopId: w.workshopId },
      orderBy: { number: "desc" },
    });
    const conflict = (stored.output as { conflict: Array<{ says: string }> }).conflict.map((c) => c.says);
    expect(conflict).toEqual([
      "Alpha must lead Manufacture of automobiles (36)",
      "Beta must lead Manufacture of automobiles (36)",
    ]);
  });

  it("holds a delegation to its investment envelope, and names it when it conflicts", async () => {
    const { w, betaLead } = await people();
    // Beta funds at most 60 in the medium term: it keeps medicines (50) and cannot keep automobiles (300).
    await savePosition(
      betaLead,
      position({ delegationId: w.beta.id, "stance.36": "cede", "stance.27": "keep", envelopeMedium: "60" }),
    );
    await submitPosition(betaLead, w.beta.id);
    const input = await divisionInput(w.workshopId, settings);
    expect(input.positions).toEqual([
      { delegation: w.beta.id, mustLead: [], willingToCede: ["36"], envelope: { medium: 60 } },
    ]);
    expect(input.plans).toContainEqual({
      delegation: w.beta.id,
      industry: "36",
      investment: 300,
      byHorizon: { medium: 300, long: 0 },
    });
    expect(await leadOf(w.workshopId, "36", w.chair)).toBe(w.alpha.id);

    await reopenPosition(betaLead, w.beta.id);
    await savePosition(
      betaLead,
      position({ delegationId: w.beta.id, "stance.36": "lead", "stance.27": "keep", envelopeMedium: "60" }),
    );
    await submitPosition(betaLead, w.beta.id);
    expect(await leadOf(w.workshopId, "36", w.chair)).toBe("infeasible");
    const stored = await prisma.divisionProposal.findFirstOrThrow({
      where: { workshopId: w.workshopId },
      orderBy: { number: "desc" },
    });
    const conflict = (stored.output as { conflict: Array<{ says: string; kind: string }> }).conflict;
    expect(conflict.map((c) => c.kind).sort()).toEqual(["envelope", "mustLead"]);
    expect(conflict.map((c) => c.says)).toContain("Beta funds at most 60 of pillar investment in the medium term");
  });
});
