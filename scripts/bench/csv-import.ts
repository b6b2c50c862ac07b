// CSV import: parse and validate a 5,000-row file with Chinese text, then write it in one
// transaction (replace mode), through the same functions the import action uses.
import { parsePlanCsv } from "@/lib/industries/csv";
import { DEMO_WORKSHOP_SLUG } from "@/prisma/seed/demo-data";
import { summarise, time, type BenchContext } from "./stats";

const HEADER =
  "industry_code,industry_name,horizon,target_value,target_unit,investment_amount,investment_currency,hub_cities,priority,rationale,cluster";

export async function benchCsvImport({ prisma }: BenchContext): Promise<void> {
  const { importEntries } = await import("@/lib/industries/mutations");
  const workshop = await prisma.workshop.findUniqueOrThrow({ where: { slug: DEMO_WORKSHOP_SLUG } });
  const lead = await prisma.membership.findFirstOrThrow({ where: { workshopId: workshop.id, role: "LEAD_DELEGATE" } });
  await prisma.delegation.update({ where: { id: lead.delegationId! }, data: { planStatus: "OPEN" } });
  const lines = Array.from(
    { length: 5000 },
    (_, i) =>
      `${13 + (i % 30)},,${i % 2 ? "长期" : "MEDIUM"},${i},辆/年,${i * 1000},CNY,"长春、吉林",${(i % 5) + 1},"第${i}行的理由，含逗号和""引号""",`,
  );
  const text = [HEADER, ...lines].join("\r\n");
  const actor = {
    userId: lead.userId,
    workshopId: workshop.id,
    member: { role: lead.role, delegationId: lead.delegationId },
  };
  const samples = await time(
    async () => {
      const parsed = parsePlanCsv(text, { clusters: new Map() });
      if (!parsed.ok) throw new Error("bench CSV did not parse");
      await importEntries(actor, lead.delegationId!, parsed.rows, "replace");
    },
    5,
    1,
  );
  console.log(
    `CSV import: 5,000 rows (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB), parse + validate + write: ${summarise(samples)}`,
  );
}
