import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/server/result";
import { addMember, createWorkshopFixture, prisma } from "@/test/db";
import type { Actor } from "./mutation-support";
import { proposeClause } from "./mutations";
import {
  addObjective,
  addSection,
  changeConsensusRule,
  deleteObjective,
  deleteSection,
  editObjective,
  moveSection,
  renameSection,
} from "./settings-mutations";
import { clauseSchema, objectiveSchema, ruleChangeSchema } from "./schema";

async function setup() {
  const fixture = await createWorkshopFixture(); // default sections, unanimity, delegations Alpha, Beta
  const { workshop } = fixture;
  const [alpha] = fixture.delegations;
  const as = async (role: Role, delegationId: string | null = null): Promise<Actor> => {
    const user = await addMember(workshop.id, role, delegationId);
    return { userId: user.id, workshopId: workshop.id, member: { role, delegationId, userId: user.id } };
  };
  const chair: Actor = {
    userId: fixture.facilitator.id,
    workshopId: workshop.id,
    member: { role: "FACILITATOR", delegationId: null, userId: fixture.facilitator.id },
  };
  return {
    ...fixture,
    chair,
    coChair: await as("CO_FACILITATOR"),
    lead: await as("LEAD_DELEGATE", alpha.id),
    delegate: await as("DELEGATE", alpha.id),
    observer: await as("OBSERVER"),
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const codeOf = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as DomainError).code;
const sections = (s: Setup) =>
  prisma.planSection.findMany({ where: { workshopId: s.workshop.id }, orderBy: { position: "asc" } });
const objective = (code: string, title = `Objective ${code}`) => objectiveSchema.parse({ code, title });
const rule = (version: number, fields: Record<string, unknown>) => ruleChangeSchema.parse({ version, ...fields });
const workshopOf = (s: Setup) => prisma.workshop.findUniqueOrThrow({ where: { id: s.workshop.id } });
const eventTypes = async (s: Setup) =>
  (await prisma.event.findMany({ where: { workshopId: s.workshop.id }, orderBy: { seq: "asc" } })).map((e) => e.type);

describe("plan settings", () => {
  it("only facilitators change sections, objectives and the rule; delegates and observers write nothing", async () => {
    const s = await setup();
    const [first] = await sections(s);
    const before = await prisma.event.count({ where: { workshopId: s.workshop.id } });
    for (const who of [s.lead, s.delegate, s.observer]) {
      expect(await codeOf(addSection(who, { title: "X" }))).toBe("errors.forbidden");
      expect(await codeOf(renameSection(who, { sectionId: first!.id, title: "X" }))).toBe("errors.forbidden");
      expect(await codeOf(moveSection(who, { sectionId: first!.id, direction: "down" }))).toBe("errors.forbidden");
      expect(await codeOf(deleteSection(who, first!.id))).toBe("errors.forbidden");
      expect(await codeOf(addObjective(who, objective("O1")))).toBe("errors.forbidden");
      expect(await codeOf(changeConsensusRule(who, rule(1, { consensusRule: "CONSENSUS_MINUS_ONE" })))).toBe(
        "errors.forbidden",
      );
    }
    expect(await prisma.event.count({ where: { workshopId: s.workshop.id } })).toBe(before);
    expect(await prisma.strategyObjective.count({ where: { workshopId: s.workshop.id } })).toBe(0);
    expect((await workshopOf(s)).consensusRule).toBe("UNANIMITY");
    // A co-facilitator may.
    await addSection(s.coChair, { title: "Energy" });
    expect((await sections(s)).at(-1)?.title).toBe("Energy");
  });

  it("the rule changes before negotiation, with optimistic concurrency, and is locked once it starts", async () => {
    const s = await setup();
    await changeConsensusRule(s.chair, rule(1, { consensusRule: "QUALIFIED_MAJORITY", majorityShare: "0.66" }));
    expect(await workshopOf(s)).toMatchObject({ consensusRule: "QUALIFIED_MAJORITY", version: 2 });
    expect(Number((await workshopOf(s)).majorityShare)).toBe(0.66);
    // A stale form (version 1) overwrites nothing.
    expect(await codeOf(changeConsensusRule(s.coChair, rule(1, { consensusRule: "UNANIMITY" })))).toBe(
      "errors.editConflict",
    );
    // Back to unanimity clears the share; still fine in Analyse.
    await prisma.workshop.update({ where: { id: s.workshop.id }, data: { phase: "ANALYSE" } });
    await changeConsensusRule(s.chair, rule(2, { consensusRule: "UNANIMITY", minSupport: "2", doubleMajority: "on" }));
    expect(await workshopOf(s)).toMatchObject({
      consensusRule: "UNANIMITY",
      minSupport: 2,
      majorityShare: null,
      doubleMajority: true,
    });
    for (const phase of ["NEGOTIATE", "VOTE", "RATIFY"] as const) {
      await prisma.workshop.update({ where: { id: s.workshop.id }, data: { phase } });
      const { version } = await workshopOf(s);
      expect(await codeOf(changeConsensusRule(s.chair, rule(version, { consensusRule: "CONSENSUS_MINUS_ONE" })))).toBe(
        "errors.ruleLocked",
      );
    }
    expect((await workshopOf(s)).consensusRule).toBe("UNANIMITY");
    expect((await eventTypes(s)).filter((t) => t === "workshop.ruleChanged")).toHaveLength(2);
  });

  it("a qualified majority needs its share (a field error, nothing written)", () => {
    const parsed = ruleChangeSchema.safeParse({ version: 1, consensusRule: "QUALIFIED_MAJORITY" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["majorityShare", "errors.required"],
    ]);
  });

  it("sections are added at the end, renamed keeping their key, moved by swapping, deleted only when empty", async () => {
    const s = await setup();
    const initial = await sections(s);
    expect(initial.map((x) => x.key)).toEqual(["industries", "clusters", "services", "brands", "governance"]);
    const { id: energy } = await addSection(s.chair, { title: "Energy" });
    await renameSection(s.chair, { sectionId: initial[0]!.id, title: "Industry and specialisation" });
    const renamed = await prisma.planSection.findUniqueOrThrow({ where: { id: initial[0]!.id } });
    expect(renamed).toMatchObject({ key: "industries", title: "Industry and specialisation" });

    await moveSection(s.chair, { sectionId: energy, direction: "up" });
    await moveSection(s.chair, { sectionId: initial[0]!.id, direction: "down" });
    await moveSection(s.chair, { sectionId: initial[1]!.id, direction: "up" }); // clusters is first now: no-op
    expect((await sections(s)).map((x) => x.key ?? x.title)).toEqual([
      "clusters",
      "industries",
      "services",
      "brands",
      "Energy",
      "governance",
    ]);
    expect(new Set((await sections(s)).map((x) => x.position)).size).toBe(6);
    expect(await codeOf(moveSection(s.chair, { sectionId: "nope", direction: "up" }))).toBe("errors.notFound");

    await proposeClause(
      s.chair,
      clauseSchema.parse({ sectionId: energy, title: "Grid", text: "One grid.", horizon: "LONG" }),
    );
    expect(await codeOf(deleteSection(s.chair, energy))).toBe("errors.sectionNotEmpty");
    await deleteSection(s.chair, initial[3]!.id); // brands, empty
    expect((await sections(s)).map((x) => x.key ?? x.title)).toEqual([
      "clusters",
      "industries",
      "services",
      "Energy",
      "governance",
    ]);
    expect(await eventTypes(s)).toEqual(
      expect.arrayContaining(["section.added", "section.renamed", "section.moved", "section.deleted"]),
    );
  });

  it("objective codes are unique per workshop; deleting an objective unlinks it from clauses", async () => {
    const s = await setup();
    const o1 = await addObjective(s.chair, objective("O1", "Restructure heavy industry"));
    const o2 = await addObjective(s.chair, objective("O2", "Modern agriculture"));
    expect(await codeOf(addObjective(s.chair, objective("o1")))).toBe("errors.checkFields");
    const clash = await addObjective(s.chair, objective("O1")).catch((e: unknown) => e as DomainError);
    expect((clash as DomainError).fieldErrors).toEqual({ code: "errors.objectiveCodeTaken" });
    expect(await codeOf(editObjective(s.chair, o2.id, objective("O1")))).toBe("errors.checkFields");
    await editObjective(s.chair, o2.id, objective("O2", "Develop modern agriculture and food processing"));
    expect((await prisma.strategyObjective.findUniqueOrThrow({ where: { id: o2.id } })).title).toBe(
      "Develop modern agriculture and food processing",
    );

    // Another workshop may use the same code.
    const other = await setup();
    await addObjective(other.chair, objective("O1"));

    const section = (await sections(s))[0]!;
    const { id: clauseId } = await proposeClause(
      s.chair,
      clauseSchema.parse({
        sectionId: section.id,
        title: "Steel",
        text: "Anshan restructures.",
        horizon: "MEDIUM",
        objectiveIds: [o1.id, o2.id],
      }),
    );
    expect(await deleteObjective(s.chair, o1.id)).toEqual({ unlinked: 1 });
    expect((await prisma.clause.findUniqueOrThrow({ where: { id: clauseId } })).objectiveIds).toEqual([o2.id]);
    expect(await prisma.strategyObjective.count({ where: { id: o1.id } })).toBe(0);
    expect(await codeOf(deleteObjective(s.chair, o1.id))).toBe("errors.notFound");
    // Another workshop's objective cannot be touched.
    const foreign = await prisma.strategyObjective.findFirstOrThrow({ where: { workshopId: other.workshop.id } });
    expect(await codeOf(deleteObjective(s.chair, foreign.id))).toBe("errors.notFound");
  });
});
