import { describe, expect, it } from "vitest";
import { listBallots, listBrands } from "@/lib/ballots/data";
import { createWorkshopFixture, prisma } from "@/test/db";
import { seedBrands } from "./demo-brands";

describe("demo brands", () => {
  it("are created once, with their sponsors among the workshop's delegations, and a draft ballot", async () => {
    const { workshop, delegations } = await createWorkshopFixture();
    // The fixture's codes are AL and BE; give one a demo code so that some sponsors resolve.
    await prisma.delegation.update({ where: { id: delegations[0].id }, data: { code: "JL" } });
    await seedBrands(prisma, workshop.id);
    await seedBrands(prisma, workshop.id);
    const brands = await listBrands(workshop.id);
    // "Northeast Equipment" is sponsored by LN alone, which this workshop does not have.
    expect(brands.map((b) => b.nameEn)).toEqual(["Northeast Rice", "Northeast Automobiles", "Northeast Ice and Snow"]);
    for (const brand of brands) expect(brand.sponsors).toEqual([{ delegationId: delegations[0].id }]);
    const ballots = await listBallots(workshop.id);
    expect(ballots).toMatchObject([{ status: "DRAFT", method: "SCHULZE", options: 3 }]);
  });
});
