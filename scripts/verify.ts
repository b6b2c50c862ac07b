// `npm run --silent verify -- plan.json`: recomputes the hash of an exported plan, compares it
// with the frozen version in the database and reports whether every delegation's signature
// covers it. `npm run --silent verify -- --audit <workshop-slug>`: checks the workshop's
// tamper-evident event log (lib/live/chain.ts). Each prints one JSON report and exits 0 when all
// holds, 1 when something does not, 2 on a usage error or an unreadable file. The database is
// DATABASE_URL or the embedded one.
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { resolveDatabase } from "@/lib/db/resolve-database";
import { auditWorkshop } from "@/lib/live/chain-data";
import { frozenVersionOf } from "@/lib/ratify/verify-data";
import { checkPlanFile, signatureCoverage } from "@/lib/ratify/verify";

const USAGE = "usage: npm run --silent verify -- <plan.json> | --audit <workshop-slug>";

async function withDatabase<T>(body: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const database = await resolveDatabase();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    return await body(prisma);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

async function plan(path: string): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (error) {
    console.error(`${path}: ${(error as Error).message}`);
    return 2;
  }
  const check = checkPlanFile(text);
  if (!check.ok) {
    console.error(`${path}: ${check.error}`);
    return 2;
  }
  const { file, recomputed, matchesFileHash, schemaIssues } = check;
  const frozen = file.draft
    ? null
    : await withDatabase((prisma) => frozenVersionOf(prisma, file.content.workshop.slug, file.content.version));
  const delegations = file.content.delegations.map((d) => d.code);
  const report = {
    file: path,
    draft: file.draft === true,
    workshop: file.content.workshop.slug,
    version: file.content.version,
    hash: recomputed,
    matchesFileHash,
    schemaIssues,
    matchesFrozenVersion: frozen ? frozen.hash === recomputed : null,
    signatures: frozen ? signatureCoverage(recomputed, delegations, frozen.signatures) : null,
    signaturesInFile: signatureCoverage(recomputed, delegations, file.signatures ?? []),
  };
  console.log(JSON.stringify(report, null, 2));
  return matchesFileHash && (file.draft || report.matchesFrozenVersion) ? 0 : 1;
}

async function audit(slug: string): Promise<number> {
  const report = await withDatabase((prisma) => auditWorkshop(prisma, slug));
  if (!report) {
    console.error(`no workshop "${slug}"`);
    return 2;
  }
  console.log(JSON.stringify(report, null, 2));
  return report.ok ? 0 : 1;
}

const [flag, value] = process.argv.slice(2);
let code = 2;
if (flag === "--audit" && value) code = await audit(value);
else if (flag && !flag.startsWith("--")) code = await plan(flag);
else console.error(USAGE);
process.exit(code);
