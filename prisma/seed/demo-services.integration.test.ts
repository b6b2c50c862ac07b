import { describe, expect, it } from "vitest";
import { listServices } from "@/lib/costs/data";
import { createWorkshopFixture, prisma } from "@/test/db";
import { seedServices } from "./demo-services";

describe("demo services", () => {
  it("are created once, for a workshop without services, and allocate exactly", async () => {
    const { workshop, delegations } = await createWorkshopFixture();
    await prisma.delegation.update({ where: { id: delegations[0].id }, data: { population: 42, gdp: 600 } });
    await prisma.delegation.update({ where: { id: delegations[1].id }, data: { population: 27, gdp: 266 } });
    await seedServices(prisma, workshop.id);
    await seedServices(prisma, workshop.id);
    const { services } = await listServices(workshop.id);
    expect(services.map((s) => [s.name, s.annualCostMinor])).toEqual([
      ["Regional logistics platform", 12_000_000_000],
      ["Joint R&D centre for automotive technology", 6_000_000_000],
    ]);
    for (const service of services) {
      if (!service.allocation.ok) throw new Error(JSON.stringify(service.allocation.problems));
      expect(service.allocation.rows.reduce((sum, row) => sum + row.shareMinor, 0)).toBe(service.annualCostMinor);
    }
    expect(await prisma.event.count({ where: { workshopId: workshop.id, type: "service.created" } })).toBe(2);
  });
});
