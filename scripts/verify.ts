// `npm run --silent verify -- --audit <workshop-slug>`: checks the workshop's tamper-evident event
// log (lib/live/chain.ts) against the database and prints one JSON report; exits 1 at the first
// broken link, 2 on a usage error. The database is DATABASE_URL or the embedded one.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { resolveDatabase } from "@/lib/db/resolve-database";
import { auditWorkshop } from "@/lib/live/chain-data";

const USAGE = "usage: npm run --silent verify -- --audit <workshop-slug>";

async function audit(slug: string): Promise<number> {
  const database = await resolveDatabase();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    const report = await auditWorkshop(prisma, slug);
    if (!report) {
      console.error(`no workshop "${slug}"`);
      return 2;
    }
    console.log(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

const [flag, value] = process.argv.slice(2);
let code = 2;
if (flag === "--audit" && value) code = await audit(value);
else console.error(USAGE);
process.exit(code);
