import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/server/result";
import { actorFor, ballotWorkshop } from "@/test/ballots";
import { prisma } from "@/test/db";
import { contentHash } from "@/lib/hash/canonical";
import { ratificationState, versionExport } from "./data";
import { freezePlan, signPlan, type Actor } from "./mutations";
import { signatureSchema } from "./schema";

const rejects = (promise: Promise<unknown>, code: string) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof DomainError && error.code === code);

async function room() {
  const w = await ballotWorkshop(); // delegations Alpha, Beta, Gamma
  const leads = {
    alpha: await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id),
    beta: await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id),
    gamma: await actorFor(w.workshopId, "LEAD_DELEGATE", w.gamma.id),
  };
  const delegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
  return { ...w, leads, delegate };
}

async function sign(actor: Actor, kind: "ENDORSEMENT" | "RESERVATION" = "ENDORSEMENT", statement = "") {
  const latest = (await ratificationState(actor.workshopId)).latest!;
  await signPlan(actor, signatureSchema.parse({ versionId: latest.id, hash: latest.hash, kind, statement }), "Signer");
}

describe("ratification", () => {
  it("freezes an immutable, hashed version that all leads sign; a new freeze needs new signatures", async () => {
    const r = await room();
    await rejects(freezePlan(r.leads.alpha), "errors.forbidden");
    const first = await freezePlan(r.chair);
    expect(first.number).toBe(1);
    const exported = await versionExport(r.workshopId, 1);
    // The export carries exactly the frozen content: its canonical hash is the version's hash.
    expect(contentHash(exported!.content)).toBe(first.hash);
    expect(exported!.content.delegations.map((d) => d.code)).toEqual(["AL", "BE", "GA"]);
    await expect(
      prisma.$executeRaw`UPDATE "PlanVersion" SET "hash" = 'x' WHERE "workshopId" = ${r.workshopId}`,
    ).rejects.toThrow(/cannot be changed/);

    await rejects(sign(r.delegate), "errors.forbidden");
    await sign(r.leads.alpha);
    await rejects(sign(r.leads.alpha), "errors.alreadySigned");
    await sign(r.leads.beta, "RESERVATION", "We reserve our position on the steel clause.");
    expect((await ratificationState(r.workshopId)).ratified).toBe(false);
    await sign(r.leads.gamma);
    const ratified = await ratificationState(r.workshopId);
    expect(ratified.ratified).toBe(true);

    // A new freeze: the old signatures stay on version 1; version 2 is not ratified.
    const second = await freezePlan(r.chair);
    const state = await ratificationState(r.workshopId);
    expect(state.latest?.number).toBe(2);
    expect(state.ratified).toBe(false);
    expect((await versionExport(r.workshopId, 1))!.signatures).toHaveLength(3);
    expect((await versionExport(r.workshopId, 2))!.signatures).toEqual([]);
    // Signing what one saw before the new freeze fails: it is no longer the version on the table.
    const old = state.versions.find((v) => v.number === 1)!;
    await rejects(
      signPlan(r.leads.alpha, signatureSchema.parse({ versionId: old.id, hash: old.hash, kind: "ENDORSEMENT" }), "A"),
      "errors.versionSuperseded",
    );
    expect(second.hash).not.toBe("");
    const events = await prisma.event.findMany({ where: { workshopId: r.workshopId, type: { startsWith: "plan." } } });
    expect(events.map((e) => e.type).sort()).toEqual([
      "plan.frozen",
      "plan.frozen",
      "plan.signed",
      "plan.signed",
      "plan.signed",
    ]);
  });

  it("puts agreed clauses in the plan and the others in the annex, with every delegation's stance", async () => {
    const r = await room();
    const section = await prisma.planSection.create({
      data: { workshopId: r.workshopId, title: "Industries", position: 1 },
    });
    const clause = (title: string, status: "AGREED" | "UNDER_DISCUSSION", position: number) =>
      prisma.clause.create({
        data: {
          workshopId: r.workshopId,
          sectionId: section.id,
          title,
          status,
          position,
          proposedById: r.chair.userId,
          proposedByDelegationId: r.alpha.id,
          versions: { create: { number: 1, text: `${title} text`, createdById: r.chair.userId } },
        },
      });
    const agreed = await clause("汽车产业分工 Automobile specialisation", "AGREED", 1);
    await clause("Steel capacity", "UNDER_DISCUSSION", 2);
    await prisma.stance.create({
      data: {
        workshopId: r.workshopId,
        clauseId: agreed.id,
        clauseVersion: 1,
        delegationId: r.beta.id,
        position: "SUPPORT",
        reason: "Complements our plan",
        state: "OFFICIAL",
        recordedById: r.leads.beta.userId,
      },
    });
    await freezePlan(r.chair);
    const { content } = (await versionExport(r.workshopId, 1))!;
    const industries = content.sections.find((s) => s.title === "Industries")!;
    expect(industries.clauses.map((c) => c.title)).toEqual(["汽车产业分工 Automobile specialisation"]);
    expect(industries.clauses[0]!.stances).toEqual([
      { delegation: "AL", position: "NONE", reason: "" },
      { delegation: "BE", position: "SUPPORT", reason: "Complements our plan" },
      { delegation: "GA", position: "NONE", reason: "" },
    ]);
    expect(content.notAgreed.map((c) => [c.title, c.status, c.section])).toEqual([
      ["Steel capacity", "UNDER_DISCUSSION", "Industries"],
    ]);
  });

  it("refuses a lead who signs in another delegation's name, and writes nothing", async () => {
    const r = await room();
    await freezePlan(r.chair);
    const latest = await prisma.planVersion.findFirstOrThrow({ where: { workshopId: r.workshopId } });
    const input = { versionId: latest.id, hash: latest.hash, kind: "ENDORSEMENT" };
    await rejects(
      signPlan(r.leads.alpha, signatureSchema.parse({ ...input, delegationId: r.beta.id }), "Signer"),
      "errors.otherDelegation",
    );
    expect(await prisma.planSignature.count({ where: { versionId: latest.id } })).toBe(0);
    await signPlan(r.leads.alpha, signatureSchema.parse({ ...input, delegationId: r.alpha.id }), "Signer");
    expect(await prisma.planSignature.findMany({ where: { versionId: latest.id } })).toMatchObject([
      { delegationId: r.alpha.id },
    ]);
  });
});
