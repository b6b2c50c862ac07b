// The errors a real PostgreSQL outage produces, through Prisma's driver adapter as the app uses it:
// a server of its own (stopped and started again here), not the shared test database.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { startTemporaryDatabase, type TemporaryDatabase } from "@/lib/db/temporary-database";
import { prisma as sharedPrisma } from "@/test/db";
import { isDatabaseUnavailable } from "./database-unavailable";
import { runAction } from "./run-action";

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

let database: TemporaryDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await startTemporaryDatabase("roundtable-outage-");
  await applyMigrations(database.url);
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 3 }) });
  await prisma.user.count();
}, 60_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.dispose();
});

describe("a database outage", () => {
  it("is recognised in every form it takes: a query in flight, a transaction, queries while it is down; and it passes", async () => {
    const inFlight = caught(prisma.$queryRawUnsafe("SELECT pg_sleep(10)"));
    const transaction = caught(
      prisma.$transaction(async (tx) => {
        await tx.user.count();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        return tx.user.count();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.stop();
    const errors = {
      inFlight: await inFlight,
      transaction: await transaction,
      query: await caught(prisma.user.count()),
      raw: await caught(prisma.$executeRawUnsafe("SELECT 1")),
    };
    for (const [name, error] of Object.entries(errors)) {
      expect(error, name).not.toBeNull();
      expect(isDatabaseUnavailable(error), name).toBe(true);
    }
    // An action meeting it answers with the translated code, not "something went wrong".
    expect(await runAction("outage", () => prisma.user.count().then(() => ({ ok: true as const })))).toEqual({
      ok: false,
      code: "errors.databaseUnavailable",
    });

    await database.start();
    await expect.poll(() => caught(prisma.user.count()), { timeout: 20_000 }).toBeNull();
  }, 60_000);

  it("leaves the errors of a reachable database alone", async () => {
    expect(isDatabaseUnavailable(await caught(sharedPrisma.$queryRaw`SELECT * FROM "NoSuchTable"`))).toBe(false);
    expect(isDatabaseUnavailable(await caught(sharedPrisma.$queryRaw`SELECT 1/0`))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
