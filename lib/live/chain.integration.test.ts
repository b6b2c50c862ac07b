import { describe, expect, it } from "vitest";
import { createWorkshopFixture, prisma } from "@/test/db";
import { auditWorkshop } from "./chain-data";
import { appendEvent } from "./events";

async function fixtureWithEvents(n: number) {
  const { workshop, facilitator } = await createWorkshopFixture();
  // Concurrent transactions: the chain must follow commit order, whatever the interleaving.
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      prisma.$transaction((tx) =>
        appendEvent(tx, {
          workshopId: workshop.id,
          actorId: facilitator.id,
          // The chain hashes any JSON payload, not only the catalogue's shapes.
          type: "test.event" as never,
          payload: { i, text: "東北 e\u0301", nested: { b: [1, 2.5], a: null } } as never,
        }),
      ),
    ),
  );
  return workshop;
}

describe("the audit chain", () => {
  it("verifies after concurrent appends", async () => {
    const workshop = await fixtureWithEvents(40);
    const report = await auditWorkshop(prisma, workshop.slug);
    expect(report).toMatchObject({ ok: true, unchained: 0 });
    expect(report?.ok && report.chained).toBe(await prisma.event.count({ where: { workshopId: workshop.id } }));
  });

  it("reports the first changed event", async () => {
    const workshop = await fixtureWithEvents(12);
    await prisma.$executeRaw`
      UPDATE "Event" SET "payload" = jsonb_set("payload", '{i}', '999') WHERE "workshopId" = ${workshop.id} AND "seq" = 7`;
    expect(await auditWorkshop(prisma, workshop.slug)).toMatchObject({ ok: false, broken: { seq: 7, reason: "hash" } });
  });

  it("reports a removed event and a rewritten actor", async () => {
    const removed = await fixtureWithEvents(8);
    await prisma.event.deleteMany({ where: { workshopId: removed.id, seq: 4 } });
    expect(await auditWorkshop(prisma, removed.slug)).toMatchObject({ ok: false, broken: { seq: 4, reason: "gap" } });

    const rewritten = await fixtureWithEvents(8);
    await prisma.event.updateMany({ where: { workshopId: rewritten.id, seq: 3 }, data: { actorId: null } });
    expect(await auditWorkshop(prisma, rewritten.slug)).toMatchObject({
      ok: false,
      broken: { seq: 3, reason: "hash" },
    });
  });

  it("notices the last events removed (the head on the workshop row no longer matches)", async () => {
    const workshop = await fixtureWithEvents(6);
    const last = await prisma.event.aggregate({ where: { workshopId: workshop.id }, _max: { seq: true } });
    await prisma.event.deleteMany({ where: { workshopId: workshop.id, seq: last._max.seq! } });
    expect(await auditWorkshop(prisma, workshop.slug)).toMatchObject({ ok: false });
  });
});
