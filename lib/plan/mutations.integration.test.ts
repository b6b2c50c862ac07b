import { describe, expect, it } from "vitest";
import { ensureSections } from "@/lib/workshop/mutations";
import { DomainError } from "@/lib/server/result";
import { addMember, createWorkshopFixture, prisma } from "@/test/db";
import {
  addComment,
  changeStatus,
  confirmStance,
  decideAmendment,
  proposeAmendment,
  proposeClause,
  publishCaucus,
  recordStance,
  type Actor,
} from "./mutations";
import { amendmentSchema, clauseSchema, stanceSchema, statusChangeSchema } from "./schema";

async function setup() {
  const fixture = await createWorkshopFixture(); // unanimity, at least 1 support; delegations Alpha, Beta
  const { workshop } = fixture;
  await prisma.$transaction((tx) => ensureSections(tx, workshop.id));
  const [alpha, beta] = fixture.delegations;
  const as = async (role: "DELEGATE" | "LEAD_DELEGATE" | "OBSERVER", delegationId: string | null): Promise<Actor> => {
    const user = await addMember(workshop.id, role, delegationId);
    return { userId: user.id, workshopId: workshop.id, member: { role, delegationId, userId: user.id } };
  };
  const chair: Actor = {
    userId: fixture.facilitator.id,
    workshopId: workshop.id,
    member: { role: "FACILITATOR", delegationId: null, userId: fixture.facilitator.id },
  };
  const section = await prisma.planSection.findFirstOrThrow({ where: { workshopId: workshop.id, key: "industries" } });
  return {
    ...fixture,
    alpha,
    beta,
    chair,
    section,
    alphaLead: await as("LEAD_DELEGATE", alpha.id),
    alphaDelegate: await as("DELEGATE", alpha.id),
    betaLead: await as("LEAD_DELEGATE", beta.id),
    observer: await as("OBSERVER", null),
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const clause = (s: Setup, text = "Automobiles: Changchun leads passenger cars.") =>
  clauseSchema.parse({ sectionId: s.section.id, title: "Automobile specialisation", text, horizon: "MEDIUM" });
const stance = (clauseId: string, delegationId: string, position: string, mode: string, amendmentId?: string) =>
  stanceSchema.parse({ clauseId, delegationId, position, mode, amendmentId, reason: "" });
const agree = (clauseId: string, extra: Record<string, unknown> = {}) =>
  statusChangeSchema.parse({ clauseId, status: "AGREED", ...extra });
const codeOf = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as DomainError).code;

describe("negotiating a clause", () => {
  it("only a lead records its own delegation's official stance; observers never; nobody for another delegation", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.alphaDelegate, clause(s));
    expect(await codeOf(recordStance(s.alphaDelegate, stance(id, s.alpha.id, "SUPPORT", "official")))).toBe(
      "errors.forbidden",
    );
    expect(await codeOf(recordStance(s.betaLead, stance(id, s.alpha.id, "OBJECT", "official")))).toBe(
      "errors.forbidden",
    );
    expect(await codeOf(recordStance(s.betaLead, stance(id, s.alpha.id, "OBJECT", "proposed")))).toBe(
      "errors.forbidden",
    );
    expect(await codeOf(recordStance(s.observer, stance(id, s.alpha.id, "SUPPORT", "proposed")))).toBe(
      "errors.forbidden",
    );
    expect(await codeOf(recordStance(s.chair, stance(id, s.alpha.id, "SUPPORT", "official")))).toBe("errors.forbidden");
    expect(await codeOf(proposeClause(s.observer, clause(s)))).toBe("errors.forbidden");
    expect(await prisma.stance.count({ where: { clauseId: id } })).toBe(0);
  });

  it("a delegate proposes the delegation's stance; the lead confirms it; consensus then lets the chair agree", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.alphaDelegate, clause(s));
    const proposed = await recordStance(s.alphaDelegate, stance(id, s.alpha.id, "SUPPORT", "proposed"));
    expect(await codeOf(changeStatus(s.chair, agree(id)))).toBe("errors.consensusNotMet");
    await confirmStance(s.alphaLead, proposed.id);
    await changeStatus(s.chair, agree(id));
    expect((await prisma.clause.findUniqueOrThrow({ where: { id } })).status).toBe("AGREED");
    // Agreed clauses are locked: no amendment, no stance, and reopening needs a reason.
    expect(
      await codeOf(proposeAmendment(s.betaLead, amendmentSchema.parse({ clauseId: id, baseVersion: 1, text: "x" }))),
    ).toBe("errors.forbidden");
    expect(await codeOf(recordStance(s.betaLead, stance(id, s.beta.id, "OBJECT", "official")))).toBe(
      "errors.clauseLocked",
    );
    expect(
      await codeOf(changeStatus(s.chair, statusChangeSchema.parse({ clauseId: id, status: "UNDER_DISCUSSION" }))),
    ).toBe("errors.checkFields");
    await changeStatus(
      s.chair,
      statusChangeSchema.parse({ clauseId: id, status: "UNDER_DISCUSSION", reason: "New figures from Jilin" }),
    );
  });

  it("an objection blocks agreement; an override needs a reason and stays on record", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.chair, clause(s));
    await recordStance(s.alphaLead, stance(id, s.alpha.id, "SUPPORT", "official"));
    await recordStance(s.betaLead, stance(id, s.beta.id, "OBJECT", "official"));
    expect(await codeOf(changeStatus(s.chair, agree(id)))).toBe("errors.consensusNotMet");
    expect(await codeOf(changeStatus(s.chair, agree(id, { override: true })))).toBe("errors.checkFields");
    await changeStatus(
      s.chair,
      agree(id, { override: true, reason: "Agreed in the plenary; Beta's reservation noted" }),
    );
    const row = await prisma.clause.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "AGREED", overrideReason: "Agreed in the plenary; Beta's reservation noted" });
  });

  it("accepting an amendment creates a version, keeps every version, and resets the stances", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.alphaDelegate, clause(s, "Dalian is the core of the peninsula cluster."));
    await recordStance(s.alphaLead, stance(id, s.alpha.id, "SUPPORT", "official"));
    const first = await proposeAmendment(
      s.betaLead,
      amendmentSchema.parse({
        clauseId: id,
        baseVersion: 1,
        text: "Dalian and Yingkou form the core.",
        rationale: "Ports",
      }),
    );
    const second = await proposeAmendment(
      s.alphaDelegate,
      amendmentSchema.parse({ clauseId: id, baseVersion: 1, text: "Dalian alone." }),
    );
    await decideAmendment(s.chair, first.id, "ACCEPTED");
    expect(await codeOf(decideAmendment(s.chair, second.id, "ACCEPTED"))).toBe("errors.amendmentOutdated");
    await decideAmendment(s.chair, second.id, "REJECTED");
    const versions = await prisma.clauseVersion.findMany({ where: { clauseId: id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.text])).toEqual([
      [1, "Dalian is the core of the peninsula cluster."],
      [2, "Dalian and Yingkou form the core."],
    ]);
    // Alpha's support was for version 1: it is history now and no longer counts.
    expect(await codeOf(changeStatus(s.chair, agree(id)))).toBe("errors.consensusNotMet");
    expect(await prisma.stance.count({ where: { clauseId: id, clauseVersion: 1 } })).toBe(1);
  });

  it("the private caucus is invisible to others, the facilitator and their live streams, until published", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.chair, clause(s));
    const before = await prisma.event.count({ where: { workshopId: s.workshop.id } });
    await recordStance(s.alphaDelegate, stance(id, s.alpha.id, "OBJECT", "private"));
    const privateEvents = await prisma.event.findMany({ where: { workshopId: s.workshop.id }, skip: before });
    expect(privateEvents.map((e) => [e.type, e.audienceDelegationId])).toEqual([["stance.private", s.alpha.id]]);
    expect(await codeOf(changeStatus(s.chair, agree(id)))).toBe("errors.consensusNotMet");
    expect(await codeOf(publishCaucus(s.alphaDelegate, s.alpha.id))).toBe("errors.forbidden");
    expect(await publishCaucus(s.alphaLead, s.alpha.id)).toEqual({ published: 1 });
    const official = await prisma.stance.findFirstOrThrow({
      where: { clauseId: id, state: "OFFICIAL", supersededAt: null },
    });
    expect(official.position).toBe("OBJECT");
  });

  it("comments thread under clauses and amendments, observers included", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.chair, clause(s));
    const top = await addComment(s.observer, { clauseId: id, body: "What about Harbin?", alignment: "NEUTRAL" });
    await addComment(s.betaLead, {
      clauseId: id,
      parentId: top.id,
      body: "Harbin keeps light vehicles.",
      alignment: "IN_FAVOUR",
    });
    const thread = await prisma.comment.findMany({ where: { clauseId: id }, orderBy: { createdAt: "asc" } });
    expect(thread.map((c) => c.parentId)).toEqual([null, top.id]);
  });

  it("stances on an open amendment are the delegation's view of the amendment, not of the clause", async () => {
    const s = await setup();
    const { id } = await proposeClause(s.chair, clause(s));
    const amendment = await proposeAmendment(
      s.betaLead,
      amendmentSchema.parse({ clauseId: id, baseVersion: 1, text: "New text" }),
    );
    await recordStance(s.alphaLead, stance(id, s.alpha.id, "SUPPORT", "official", amendment.id));
    expect(await codeOf(changeStatus(s.chair, agree(id)))).toBe("errors.consensusNotMet");
    await decideAmendment(s.chair, amendment.id, "REJECTED");
    expect(await codeOf(recordStance(s.betaLead, stance(id, s.beta.id, "OBJECT", "official", amendment.id)))).toBe(
      "errors.amendmentDecided",
    );
  });
});
