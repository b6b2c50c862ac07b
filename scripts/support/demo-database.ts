// A script's own demo (bench, screenshots): a temporary embedded PostgreSQL, migrated and seeded
// with the demo workshop, handed to `run`, and removed afterwards whatever happens. DATABASE_URL
// points at it for the whole run (code that reads the app's own client). The process exits with 1
// if `run` failed.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { startTemporaryDatabase } from "@/lib/db/temporary-database";
import { seedDemo } from "@/prisma/seed/demo";

export async function withDemoDatabase(
  prefix: string,
  run: (demo: { databaseUrl: string; prisma: PrismaClient }) => Promise<void>,
): Promise<never> {
  const database = await startTemporaryDatabase(prefix);
  process.env.DATABASE_URL = database.url;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  let failed = false;
  try {
    await applyMigrations(database.url);
    await seedDemo(prisma);
    await run({ databaseUrl: database.url, prisma });
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    await prisma.$disconnect();
    await database.dispose();
  }
  process.exit(failed ? 1 : 0);
}
