import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addMember, createWorkshopFixture, prisma } from "@/test/db";
import { heartbeatPresence, onlineMembers, writePresence } from "./data";

const rows = async (workshopId: string) =>
  (await prisma.presence.findMany({ where: { workshopId }, orderBy: [{ instanceId: "asc" }, { userId: "asc" }] })).map(
    (r) => [r.instanceId, r.userId, r.connections],
  );

describe("the presence heartbeat", () => {
  it("writes back the streams an instance has open: failed leaves and joins are corrected, other instances untouched", async () => {
    const { workshop } = await createWorkshopFixture();
    const w = workshop.id;
    const [a, b, c] = await Promise.all(
      ["DELEGATE", "DELEGATE", "OBSERVER"].map((role) => addMember(w, role as "DELEGATE")),
    );
    const [one, two] = [`one-${randomUUID()}`, `two-${randomUUID()}`].sort();

    await writePresence(one!, [
      { workshopId: w, userId: a!.id, connections: 2 },
      { workshopId: w, userId: b!.id, connections: 1 },
    ]);
    await writePresence(two!, [{ workshopId: w, userId: b!.id, connections: 1 }]);
    expect((await onlineMembers(w)).map((m) => m.userId).sort()).toEqual([a!.id, b!.id].sort());

    // Instance one's streams: a's second and b's closed, but their leave writes were lost; c's join
    // was never written. The heartbeat makes the rows say what is open.
    const changed = await heartbeatPresence(one!, [
      { workshopId: w, userId: a!.id, connections: 1 },
      { workshopId: w, userId: c!.id, connections: 1 },
    ]);
    expect(changed).toEqual([w]);
    expect(await rows(w)).toEqual(
      [
        [one, a!.id, 1],
        [one, c!.id, 1],
        [two, b!.id, 1], // instance two's row is its own business
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0])) || String(x[1]).localeCompare(String(y[1]))),
    );

    // Nothing changed since: nothing to announce.
    expect(
      await heartbeatPresence(one!, [
        { workshopId: w, userId: a!.id, connections: 1 },
        { workshopId: w, userId: c!.id, connections: 1 },
      ]),
    ).toEqual([]);

    // Every stream of instance one closed without a single leave written: nobody of it stays online.
    expect(await heartbeatPresence(one!, [])).toEqual([w]);
    expect((await onlineMembers(w)).map((m) => m.userId)).toEqual([b!.id]);
  });

  it("writes a batch of joins and leaves as absolute counts, and announces each workshop once", async () => {
    const [first, second] = await Promise.all([createWorkshopFixture(), createWorkshopFixture()]);
    const people = await Promise.all(Array.from({ length: 50 }, () => addMember(first.workshop.id, "DELEGATE")));
    const instance = `batch-${randomUUID()}`;
    const announced = await writePresence(instance, [
      ...people.map((p) => ({ workshopId: first.workshop.id, userId: p.id, connections: 1 })),
      { workshopId: second.workshop.id, userId: second.facilitator.id, connections: 3 },
    ]);
    expect(announced.sort()).toEqual([first.workshop.id, second.workshop.id].sort());
    expect(await onlineMembers(first.workshop.id)).toHaveLength(50);
    // Forty leave, one opens a second tab: one batch.
    await writePresence(instance, [
      ...people.slice(0, 40).map((p) => ({ workshopId: first.workshop.id, userId: p.id, connections: 0 })),
      { workshopId: first.workshop.id, userId: people[49]!.id, connections: 2 },
    ]);
    expect(await rows(first.workshop.id)).toHaveLength(10);
    expect((await rows(first.workshop.id)).find((r) => r[1] === people[49]!.id)?.[2]).toBe(2);
    expect(await rows(second.workshop.id)).toEqual([[instance, second.facilitator.id, 3]]);
    expect(await writePresence(instance, [])).toEqual([]);
  });

  it("expires the rows of an instance that stopped", async () => {
    const { workshop } = await createWorkshopFixture();
    const user = await addMember(workshop.id, "DELEGATE");
    const crashed = `crashed-${randomUUID()}`;
    await writePresence(crashed, [{ workshopId: workshop.id, userId: user.id, connections: 1 }]);
    await prisma.presence.updateMany({
      where: { instanceId: crashed },
      data: { lastSeen: new Date(Date.now() - 600_000) },
    });
    await heartbeatPresence(`alive-${randomUUID()}`, []);
    expect(await prisma.presence.count({ where: { instanceId: crashed } })).toBe(0);
  });
});
