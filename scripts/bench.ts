// `npm run bench [-- section…]`: measured figures, never asserted in tests. Loopback only, bounded
// in time, on a fresh embedded PostgreSQL with the demo workshop. Sections: analysis, csv, plan, live, ballots,
// exports, spotlight, room, actions, optimiser, mail.
import { fileURLToPath } from "node:url";
import { benchActions } from "./bench/actions";
import { withDemoDatabase } from "./support/demo-database";
import { benchAnalysis } from "./bench/analysis";
import { benchBallots } from "./bench/ballots";
import { benchCsvImport } from "./bench/csv-import";
import { benchExports } from "./bench/exports";
import { benchLiveFanout } from "./bench/live-fanout";
import { benchMail } from "./bench/mail";
import { benchOptimiser } from "./bench/optimiser";
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
  optimiser: benchOptimiser,
  mail: benchMail,
};
const chosen = process.argv.slice(2).filter((name): name is keyof typeof sections => name in sections);

process.env.LOG_LEVEL ??= "warn";
await withDemoDatabase("roundtable-bench-", async ({ databaseUrl, prisma }) => {
  for (const name of chosen.length ? chosen : (Object.keys(sections) as Array<keyof typeof sections>)) {
    await sections[name]({ root, databaseUrl, prisma });
  }
});
