// `npm run bench [-- section…]`: measured figures, never asserted in tests. Loopback only, bounded
// in time, on a fresh embedded PostgreSQL with the demo workshop. Sections: analysis, csv, plan, live, ballots,
// exports, spotlight, room, actions.
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { startTemporaryDatabase } from "@/lib/db/temporary-database";
import { seedDemo } from "@/prisma/seed/demo";
import { benchActions } from "./bench/actions";
import { benchAnalysis } from "./bench/analysis";
import { benchBallots } from "./bench/ballots";
import { benchCsvImport } from "./bench/csv-import";
import { benchExports } from "./bench/exports";
import { benchLiveFanout } from "./bench/live-fanout";
import { benchPlan } from "./bench/plan";
import { benchRoom } from "./bench/room";
import { benchSpotlightFanout } from "./bench/spotlight-fanout";

const root = fileURLToPath(new URL("..", import.meta.url));
const sections = {
  analysis: benchAnalysis,
  csv: benchCsvImport,
  plan: benchPlan,
  live: benchLiveFanout,
  ballots: benchBallots,
  exports: benchExports,
  spotlight: benchSpotlightFanout,
  room: benchRoom,
  actions: benchActions,
};
const chosen = process.argv.slice(2).filter((name): name is keyof typeof sections => name in sections);

const database = await startTemporaryDatabase("roundtable-bench-");
process.env.DATABASE_URL = database.url;
process.env.LOG_LEVEL ??= "warn";
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
let failed = false;
try {
  await applyMigrations(database.url);
  await seedDemo(prisma);
  for (const name of chosen.length ? chosen : (Object.keys(sections) as Array<keyof typeof sections>)) {
    await sections[name]({ root, databaseUrl: database.url, prisma });
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await prisma.$disconnect();
  await database.dispose();
}
process.exit(failed ? 1 : 0);
