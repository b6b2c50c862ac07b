import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/server/result";
import { createWorkshopFixture, prisma } from "@/test/db";
import { glossaryRevision, saveGlossary } from "./mutations";

const termsOf = (workshopId: string) =>
  prisma.glossaryTerm.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { en: true, zh: true },
  });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("saveGlossary", () => {
  it("replaces the glossary in the order written and appends one event", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const first = await saveGlossary(workshop.id, facilitator.id, "Alpha = 阿尔法\nBeta\t贝塔", glossaryRevision([]));
    expect(first).toEqual({ terms: 2, revision: expect.any(String) });
    const saved = await termsOf(workshop.id);
    expect(saved).toEqual([
      { en: "Alpha", zh: "阿尔法" },
      { en: "Beta", zh: "贝塔" },
    ]);
    expect(first.revision).toBe(glossaryRevision(saved));
    await saveGlossary(workshop.id, facilitator.id, "Beta = 贝塔", first.revision);
    expect(await termsOf(workshop.id)).toEqual([{ en: "Beta", zh: "贝塔" }]);
    const events = await prisma.event.findMany({ where: { workshopId: workshop.id, type: "glossary.updated" } });
    expect(events.map((e) => e.payload)).toEqual([{ terms: 2 }, { terms: 1 }]);
  });

  it("saves nothing from a text with a bad line, and says which line", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    await saveGlossary(workshop.id, facilitator.id, "Alpha = 阿尔法", glossaryRevision([]));
    const revision = glossaryRevision(await termsOf(workshop.id));
    const error = await refusal(saveGlossary(workshop.id, facilitator.id, "Beta = 贝塔\n\nGamma", revision));
    expect(error.toResult()).toMatchObject({
      code: "errors.glossaryLine",
      fieldErrors: { terms: "errors.glossaryPair" },
      detail: { line: 3 },
    });
    expect(await termsOf(workshop.id)).toEqual([{ en: "Alpha", zh: "阿尔法" }]);
  });

  it("refuses to save over a glossary someone changed since the form was opened", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const opened = glossaryRevision([]);
    await saveGlossary(workshop.id, facilitator.id, "Alpha = 阿尔法", opened);
    const error = await refusal(saveGlossary(workshop.id, facilitator.id, "Beta = 贝塔", opened));
    expect(error.code).toBe("errors.editConflict");
    expect(await termsOf(workshop.id)).toEqual([{ en: "Alpha", zh: "阿尔法" }]);
  });
});
