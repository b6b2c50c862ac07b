import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { changeStatus, decideAmendment, type Actor as PlanActor } from "@/lib/plan/mutations";
import { statusChangeSchema } from "@/lib/plan/schema";
import { DomainError } from "@/lib/server/result";
import { addMember, createWorkshopFixture, prisma } from "@/test/db";
import { problemMessages } from "./arrangement";
import { listServices } from "./data";
import {
  createService,
  deleteService,
  proposeServiceAmendment,
  proposeServiceClause,
  saveFigures,
  updateService,
  type Actor,
} from "./mutations";
import { figuresSchema, serviceSchema } from "./schema";

type Role = "FACILITATOR" | "CO_FACILITATOR" | "LEAD_DELEGATE" | "DELEGATE" | "OBSERVER";

/** Form-shaped input through the same schema as the form. */
const service = (name: string, annualCost: string, ...rule: Array<[string, string]>) =>
  serviceSchema.parse({
    name,
    currency: "CNY",
    annualCost,
    components: rule.map(([basis, weight]) => ({ basis, weight })),
  });
const figures = (serviceId: string, delegationId: string, values: Record<string, string>) =>
  figuresSchema.parse({ serviceId, delegationId, ...values });

async function setup() {
  const fixture = await createWorkshopFixture(); // delegations Alpha, Beta
  const workshopId = fixture.workshop.id;
  const gamma = await prisma.delegation.create({
    data: { workshopId, name: "Gamma", code: "GA", colour: "#654321" },
  });
  const [alpha, beta] = fixture.delegations;
  // The populations of the worked example in docs/cost-sharing.md (Liaoning, Jilin, Heilongjiang).
  await prisma.delegation.update({ where: { id: alpha.id }, data: { population: 42, gdp: 600 } });
  await prisma.delegation.update({ where: { id: beta.id }, data: { population: 27, gdp: 266 } });
  const as = async (role: Role, delegationId: string | null): Promise<Actor> => {
    const user = await addMember(workshopId, role, delegationId);
    return { userId: user.id, workshopId, member: { role, delegationId } };
  };
  const chair: Actor = {
    userId: fixture.facilitator.id,
    workshopId,
    member: { role: "FACILITATOR", delegationId: null },
  };
  return {
    ...fixture,
    workshopId,
    alpha,
    beta,
    gamma,
    chair,
    coChair: await as("CO_FACILITATOR", null),
    alphaLead: await as("LEAD_DELEGATE", alpha.id),
    alphaDelegate: await as("DELEGATE", alpha.id),
    betaLead: await as("LEAD_DELEGATE", beta.id),
    observer: await as("OBSERVER", null),
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof DomainError ? error.code : String(error);
};
const planActor = (actor: Actor): PlanActor => ({ ...actor, member: { ...actor.member, userId: actor.userId } });
const setGammaPopulation = (s: Setup, population: number | null) =>
  prisma.delegation.update({ where: { id: s.gamma.id }, data: { population } });
const serviceView = async (s: Setup, id: string) =>
  (await listServices(s.workshopId)).services.find((x) => x.id === id)!;

describe("cost-sharing permissions", () => {
  it("a lead cannot declare another delegation's usage (or set any custom weight) by any path", async () => {
    const s = await setup();
    const { id } = await createService(s.chair, service("Logistics platform", "1,000,000", ["USAGE", "100"]));
    const other = await setup();
    const { id: foreignId } = await createService(other.chair, service("Elsewhere", "100", ["EQUAL", "100"]));

    const forbidden: Array<() => Promise<unknown>> = [
      () => saveFigures(s.alphaLead, figures(id, s.beta.id, { usage: "50" })),
      () => saveFigures(s.alphaLead, figures(id, s.gamma.id, { usage: "" })),
      () => saveFigures(s.alphaLead, figures(id, s.beta.id, { usage: "50", customWeight: "1" })),
      () => saveFigures(s.alphaLead, figures(id, s.alpha.id, { customWeight: "9" })),
      () => saveFigures(s.alphaLead, figures(id, s.alpha.id, { usage: "10", customWeight: "9" })),
      () => saveFigures(s.alphaDelegate, figures(id, s.alpha.id, { usage: "10" })),
      () => saveFigures(s.observer, figures(id, s.alpha.id, { usage: "10" })),
      () => saveFigures(s.betaLead, figures(id, s.alpha.id, { usage: "10" })),
      () => createService(s.alphaLead, service("Mine", "100", ["USAGE", "100"])),
      () => updateService(s.alphaLead, id, 1, service("Logistics platform", "1", ["USAGE", "100"]), "en"),
      () => deleteService(s.alphaLead, id, 1),
      () => proposeServiceClause(s.alphaLead, id, 1, "en"),
      () => proposeServiceAmendment(s.alphaLead, id, 1, "en"),
      () => createService(s.observer, service("Theirs", "100", ["EQUAL", "100"])),
    ];
    for (const attempt of forbidden) expect(await codeOf(attempt())).toBe("errors.forbidden");
    // Another workshop's service, or a delegation of another workshop, is not found.
    expect(await codeOf(saveFigures(s.alphaLead, figures(foreignId, s.alpha.id, { usage: "10" })))).toBe(
      "errors.notFound",
    );
    expect(await codeOf(saveFigures(s.chair, figures(id, other.alpha.id, { usage: "10" })))).toBe("errors.notFound");
    expect(await prisma.serviceFigure.count({ where: { serviceId: id } })).toBe(0);

    await saveFigures(s.alphaLead, figures(id, s.alpha.id, { usage: "120.5" }));
    await saveFigures(s.coChair, figures(id, s.beta.id, { usage: "80", customWeight: "2" }));
    const rows = await prisma.serviceFigure.findMany({ where: { serviceId: id }, orderBy: { usage: "asc" } });
    expect(rows.map((r) => [r.delegationId, Number(r.usage), r.customWeight && Number(r.customWeight)])).toEqual([
      [s.beta.id, 80, 2],
      [s.alpha.id, 120.5, null],
    ]);
    // A lead's form posts usage only: the custom weight the facilitator set stays.
    await saveFigures(s.chair, figures(id, s.alpha.id, { customWeight: "3" }));
    await saveFigures(s.alphaLead, figures(id, s.alpha.id, { usage: "" }));
    const alphaFigures = await prisma.serviceFigure.findUniqueOrThrow({
      where: { serviceId_delegationId: { serviceId: id, delegationId: s.alpha.id } },
    });
    expect([alphaFigures.usage, Number(alphaFigures.customWeight), alphaFigures.updatedById]).toEqual([
      null,
      3,
      s.alphaLead.userId,
    ]);
  });

  it("everyone sees the same services and allocation tables, observers included", async () => {
    const s = await setup();
    await setGammaPopulation(s, 38);
    await createService(s.chair, service("Equal split", "100", ["EQUAL", "100"]));
    const view = await listServices(s.workshopId);
    expect(view.services).toHaveLength(1);
    expect(view.services[0]!.allocation.ok).toBe(true);
  });
});

describe("services", () => {
  it("allocates exactly to the cent: the page data sums to the cost (docs worked example)", async () => {
    const s = await setup();
    await setGammaPopulation(s, 38);
    const { id } = await createService(
      s.chair,
      service("Northeast logistics platform", "1,000,000.00", ["EQUAL", "50"], ["POPULATION", "50"]),
    );
    const view = await serviceView(s, id);
    if (!view.allocation.ok) throw new Error(JSON.stringify(view.allocation.problems));
    const shares = Object.fromEntries(view.allocation.rows.map((r) => [r.delegationId, r.shareMinor]));
    expect(shares).toEqual({ [s.alpha.id]: 36_292_835, [s.beta.id]: 29_283_489, [s.gamma.id]: 34_423_676 });
    expect(view.allocation.rows.reduce((sum, r) => sum + r.shareMinor, 0)).toBe(100_000_000);
    expect(view.annualCostMinor).toBe(100_000_000);
    expect(view.allocation.formula).toBe("share = 50% × 1/3 + 50% × population / total population");

    // An awkward amount by GDP, with a delegation at 0: still exactly the cost.
    await prisma.delegation.update({ where: { id: s.gamma.id }, data: { gdp: 0 } });
    const { id: gdpId } = await createService(s.chair, service("R&D centre", "60,000,000.01", ["GDP", "100"]));
    const gdp = await serviceView(s, gdpId);
    if (!gdp.allocation.ok) throw new Error("expected a table");
    expect(gdp.allocation.rows.reduce((sum, r) => sum + r.shareMinor, 0)).toBe(6_000_000_001);
    expect(gdp.allocation.rows.find((r) => r.delegationId === s.gamma.id)!.shareMinor).toBe(0);
  });

  it("names the delegations whose figures are missing instead of a table", async () => {
    const s = await setup();
    const { id } = await createService(s.chair, service("By population", "100", ["POPULATION", "100"]));
    const view = await serviceView(s, id);
    expect(view.allocation.ok).toBe(false);
    if (view.allocation.ok) return;
    const { delegations } = await listServices(s.workshopId);
    expect(problemMessages(view.allocation.problems, delegations, createTranslator("en"))).toEqual([
      "Missing population figure for: Gamma",
    ]);
    expect(problemMessages(view.allocation.problems, delegations, createTranslator("zh-CN"))).toEqual([
      "缺少人口数据：Gamma",
    ]);
    // A rule that cannot be read (e.g. edited by hand in the database) is a problem, not a 500.
    await prisma.sharedService.update({ where: { id }, data: { rule: { not: "a rule" } } });
    expect((await serviceView(s, id)).allocation).toMatchObject({ ok: false, problems: [{ kind: "invalid-rule" }] });
  });

  it("a stale edit is a conflict, never a silent overwrite; names are unique per workshop", async () => {
    const s = await setup();
    const { id } = await createService(s.chair, service("Platform", "100", ["EQUAL", "100"]));
    expect(await updateService(s.chair, id, 1, service("Platform", "200", ["EQUAL", "100"]), "en")).toEqual({
      version: 2,
      amendmentId: null,
    });
    expect(await codeOf(updateService(s.coChair, id, 1, service("Platform", "300", ["EQUAL", "100"]), "en"))).toBe(
      "errors.editConflict",
    );
    expect(await codeOf(deleteService(s.coChair, id, 1))).toBe("errors.editConflict");
    const row = await prisma.sharedService.findUniqueOrThrow({ where: { id } });
    expect([Number(row.annualCostMinor), row.version]).toEqual([20_000, 2]);

    await createService(s.chair, service("Other", "1", ["EQUAL", "100"]));
    await expect(updateService(s.chair, id, 2, service("Other", "1", ["EQUAL", "100"]), "en")).rejects.toMatchObject({
      code: "errors.checkFields",
      fieldErrors: { name: "errors.serviceNameTaken" },
    });
    await deleteService(s.chair, id, 2);
    expect(await prisma.sharedService.count({ where: { id } })).toBe(0);
  });

  it("every change is an event in the audit trail", async () => {
    const s = await setup();
    await setGammaPopulation(s, 38);
    const before = await prisma.event.count({ where: { workshopId: s.workshopId } });
    const { id } = await createService(s.chair, service("Platform", "100", ["EQUAL", "100"]));
    await updateService(s.chair, id, 1, service("Platform", "200", ["EQUAL", "100"]), "en");
    await saveFigures(s.alphaLead, figures(id, s.alpha.id, { usage: "5" }));
    await proposeServiceClause(s.chair, id, 2, "en");
    const types = (
      await prisma.event.findMany({ where: { workshopId: s.workshopId }, orderBy: { seq: "asc" }, skip: before })
    ).map((e) => e.type);
    expect(types).toEqual([
      "service.created",
      "service.updated",
      "service.figuresSaved",
      "clause.proposed",
      "service.clauseProposed",
    ]);
  });
});

describe("the arrangement as a plan clause", () => {
  it("is proposed into the services section with the table, and never diverges silently", async () => {
    const s = await setup();
    const { id } = await createService(
      s.chair,
      service("Regional logistics platform", "1,000,000", ["EQUAL", "50"], ["POPULATION", "50"]),
    );
    // Gamma has no population yet: there is no table to state.
    expect(await codeOf(proposeServiceClause(s.chair, id, 1, "en"))).toBe("errors.serviceIncomplete");
    // A workshop created before plans had sections gets the default ones on the way.
    await prisma.planSection.deleteMany({ where: { workshopId: s.workshopId } });
    await setGammaPopulation(s, 38);

    const { clauseId } = await proposeServiceClause(s.chair, id, 1, "en");
    const clause = await prisma.clause.findUniqueOrThrow({
      where: { id: clauseId },
      include: { section: true, versions: true },
    });
    expect(clause).toMatchObject({ title: "Cost sharing: Regional logistics platform", status: "PROPOSED" });
    expect(clause.section.key).toBe("services"); // the default sections were created on the way
    expect(clause.versions).toHaveLength(1);
    expect(clause.versions[0]!.text).toBe(
      [
        "**Regional logistics platform**: annual cost CN¥1,000,000.00, shared by 50% equal shares + 50% population.",
        "Formula: share = 50% × 1/3 + 50% × population / total population",
        "Annual shares:",
        "- Alpha: CN¥362,928.35 (36.29%)\n- Beta: CN¥292,834.89 (29.28%)\n- Gamma: CN¥344,236.76 (34.42%)",
        "Total: CN¥1,000,000.00. Each share is rounded to the smallest unit of the currency, the units left over going to the largest remainders, so the shares add up exactly to the cost.",
      ].join("\n\n"),
    );
    const linked = await prisma.sharedService.findUniqueOrThrow({ where: { id } });
    expect([linked.clauseId, linked.version]).toEqual([clauseId, 2]);
    expect((await serviceView(s, id)).clause).toMatchObject({ id: clauseId, upToDate: true, amendmentPending: false });
    expect(await codeOf(proposeServiceClause(s.chair, id, 2, "en"))).toBe("errors.serviceAlreadyInPlan");
    expect(await codeOf(proposeServiceClause(s.chair, id, 1, "en"))).toBe("errors.editConflict");
    expect(await codeOf(deleteService(s.chair, id, 2))).toBe("errors.serviceInPlan");

    // Figures change: the page says the clause is out of date, and the facilitator amends it.
    await setGammaPopulation(s, 40);
    expect((await serviceView(s, id)).clause).toMatchObject({ upToDate: false, amendmentPending: false });
    await proposeServiceAmendment(s.chair, id, 2, "zh-CN");
    expect((await serviceView(s, id)).clause).toMatchObject({ upToDate: false, amendmentPending: true });
    expect(await codeOf(proposeServiceAmendment(s.chair, id, 1, "en"))).toBe("errors.editConflict");

    // Editing the service proposes an amendment with the new text (in the editor's language).
    const edited = await updateService(
      s.chair,
      id,
      2,
      service("Regional logistics platform", "1,200,000", ["EQUAL", "50"], ["POPULATION", "50"]),
      "en",
    );
    expect(edited.version).toBe(3);
    const amendment = await prisma.amendment.findUniqueOrThrow({ where: { id: edited.amendmentId! } });
    expect(amendment).toMatchObject({ clauseId, baseVersion: 1, status: "OPEN" });
    expect(amendment.text).toContain("annual cost CN¥1,200,000.00");

    // Accepted in the plan, the clause states the arrangement again.
    const chair = planActor(s.chair);
    await decideAmendment(chair, amendment.id, "ACCEPTED");
    expect((await serviceView(s, id)).clause).toMatchObject({ upToDate: true, currentVersion: 2 });

    // Agreed: the service and its figures are locked until the clause is reopened.
    await changeStatus(chair, statusChangeSchema.parse({ clauseId, status: "AGREED", override: true, reason: "Test" }));
    expect(
      await codeOf(updateService(s.chair, id, 3, service("Regional logistics platform", "1", ["EQUAL", "100"]), "en")),
    ).toBe("errors.serviceAgreed");
    expect(await codeOf(saveFigures(s.chair, figures(id, s.alpha.id, { usage: "1" })))).toBe("errors.serviceAgreed");
    expect(await codeOf(proposeServiceAmendment(s.chair, id, 3, "en"))).toBe("errors.serviceAgreed");

    // Withdrawn: the service is free again, and can be proposed anew or deleted.
    await changeStatus(chair, statusChangeSchema.parse({ clauseId, status: "PARKED", reason: "Reopen" }));
    await changeStatus(chair, statusChangeSchema.parse({ clauseId, status: "WITHDRAWN" }));
    const again = await proposeServiceClause(s.chair, id, 3, "zh-CN");
    const text = (await prisma.clauseVersion.findFirstOrThrow({ where: { clauseId: again.clauseId } })).text;
    expect(text).toContain("**Regional logistics platform**：年度成本");
    expect((await serviceView(s, id)).clause).toMatchObject({ id: again.clauseId, upToDate: true });
    expect(await prisma.clause.count({ where: { workshopId: s.workshopId } })).toBe(2);
  });
});
