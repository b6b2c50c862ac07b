// Keeps prisma/migrations honest: a change to prisma/schema.prisma without a migration (or a
// hand-edited migration that no longer matches the schema) fails here. The fix is
// `npm run db:migration -- <name>`, which writes the missing migration.
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, diffDatabaseAgainstSchema, diffSchemaAgainstMigrations, migrationStatus } from "./migrations";

const databaseUrl = inject("databaseUrl");

describe("migrations", () => {
  it("replay (in a shadow database) to exactly prisma/schema.prisma", async () => {
    const sql = await diffSchemaAgainstMigrations(databaseUrl);
    expect(sql, "schema.prisma differs from prisma/migrations: run `npm run db:migration -- <name>`").toBe("");
  });

  it("left the test database (migrated by the global setup) matching prisma/schema.prisma", async () => {
    expect(await diffDatabaseAgainstSchema(databaseUrl)).toBe("");
  });

  it("apply nothing to an up-to-date database", async () => {
    expect(await applyMigrations(databaseUrl)).toEqual([]);
    const status = await migrationStatus(databaseUrl);
    expect(status.local.length).toBeGreaterThan(0);
    expect(status).toMatchObject({ pending: [], unknown: [], failed: [], edited: [], upToDate: true });
  });
});
