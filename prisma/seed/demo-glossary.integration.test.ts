import { describe, expect, it } from "vitest";
import { glossaryMap, localizer } from "@/lib/glossary/glossary";
import { listGlossary } from "@/lib/glossary/data";
import { createWorkshopFixture, prisma } from "@/test/db";
import { DEMO_BALLOT_TITLE } from "./demo-brands";
import { demoDelegations, demoWorkshop } from "./demo-data";
import { demoGlossary, seedGlossary } from "./demo-glossary";
import { demoObjectives } from "./demo-objectives";
import { demoClusters, demoPlans } from "./demo-plans";
import { demoServices } from "./demo-services";

/** Every name and text of the demo a reader sees. */
function demoTexts(): Set<string> {
  const texts = [
    demoWorkshop.title,
    demoWorkshop.region,
    demoWorkshop.description,
    DEMO_BALLOT_TITLE,
    ...demoDelegations.flatMap((d) => [d.name, d.populationUnit, d.gdpUnit]),
    ...demoClusters.flatMap((c) => [c.name, c.coreCity, ...c.memberCities, c.description]),
    ...Object.values(demoPlans)
      .flat()
      .flatMap((p) => [...p.hubCities, p.rationale, ...(p.target ? [p.target[1]] : [])]),
    ...demoObjectives.flatMap((o) => [o.title, o.description]),
    ...demoServices.flatMap((s) => [s.name, s.description]),
  ];
  return new Set(texts);
}

describe("demo glossary", () => {
  it("gives every name and text of the demo a Chinese side, and has no term the demo does not use", () => {
    const texts = demoTexts();
    const english = new Set(demoGlossary.map(([en]) => en));
    expect([...texts].filter((text) => !english.has(text))).toEqual([]);
    expect([...english].filter((text) => !texts.has(text))).toEqual([]);
    // Chinese sides are Chinese, and unique (the glossary works both ways).
    for (const [, zh] of demoGlossary) expect(zh).toMatch(/\p{Script=Han}/u);
    expect(new Set(demoGlossary.map(([, zh]) => zh)).size).toBe(demoGlossary.length);
  });

  it("is seeded once and never overwrites what the facilitator changed", async () => {
    const { workshop } = await createWorkshopFixture();
    await seedGlossary(prisma, workshop.id);
    const current = await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } });
    const terms = await listGlossary(current);
    expect(terms).toHaveLength(demoGlossary.length);
    expect(localizer(glossaryMap(terms, "zh-CN"))("Liaoning")).toBe("辽宁");
    await prisma.glossaryTerm.deleteMany({ where: { workshopId: workshop.id, en: { not: "Liaoning" } } });
    await seedGlossary(prisma, workshop.id);
    expect(await prisma.glossaryTerm.count({ where: { workshopId: workshop.id } })).toBe(1);
  });
});
