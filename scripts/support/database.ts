// Brings a database to the state the app needs: resolved (embedded by default), migrated, and
// (optionally) seeded with the demo scenario. Shared by start, seed and bench.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { describeUrl, resolveDatabase, type ResolvedDatabase } from "@/lib/db/resolve-database";
import { seedDemo } from "@/prisma/seed/demo";

export async function prepareDatabase({ seed }: { seed: boolean }): Promise<ResolvedDatabase> {
  const database = await resolveDatabase();
  console.log(`database: ${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"} ${describeUrl(database.url)}`);
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `migrations applied: ${applied.join(", ")}` : "migrations: up to date");
  if (seed) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const { created } = await seedDemo(prisma);
      console.log(created ? "demo workshop loaded" : "demo workshop: already present");
    } finally {
      await prisma.$disconnect();
    }
  }
  return database;
}
