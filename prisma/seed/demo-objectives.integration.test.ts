import { describe, expect, it } from "vitest";
import { planOverview } from "@/lib/plan/data";
import { prisma } from "@/test/db";
import { DEMO_WORKSHOP_SLUG } from "./demo-data";
import { seedDemo } from "./demo";

describe("demo strategy objectives", () => {
  it("are seeded once, never duplicated or restored, and all uncovered in the demo", async () => {
    await seedDemo(prisma);
    const workshop = await prisma.workshop.findUniqueOrThrow({ where: { slug: DEMO_WORKSHOP_SLUG } });
    const plan = await planOverview(workshop);
    expect(plan.objectives.map((o) => o.code)).toEqual(["O1", "O2", "O3", "O4"]);
    expect(plan.uncoveredObjectives).toHaveLength(4);
    await prisma.strategyObjective.deleteMany({ where: { workshopId: workshop.id, code: "O4" } });
    await seedDemo(prisma);
    expect(await prisma.strategyObjective.count({ where: { workshopId: workshop.id } })).toBe(3);
  }, 60_000);
});
