// The regional plan at scale: 200 clauses (3 versions each), 2,000 comments and every
// delegation's stance. Measures the consensus of all clauses (pure), the plan overview read
// (database + consensus), and the plan page served over HTTP to a signed-in member.
import { evaluateConsensus } from "@/lib/plan/consensus";
import { DEMO_PASSWORD, DEMO_WORKSHOP_SLUG } from "@/prisma/seed/demo-data";
import { signInOverHttp } from "../support/session";
import { startAppServer } from "./server";
import { summarise, time, type BenchContext } from "./stats";

const CLAUSES = 200;
const COMMENTS = 2000;

export async function benchPlan(ctx: BenchContext): Promise<void> {
  const { prisma } = ctx;
  const workshop = await prisma.workshop.findUniqueOrThrow({ where: { slug: DEMO_WORKSHOP_SLUG } });
  const delegations = await prisma.delegation.findMany({ where: { workshopId: workshop.id } });
  const author = await prisma.membership.findFirstOrThrow({ where: { workshopId: workshop.id, role: "FACILITATOR" } });
  const sections = await prisma.planSection.findMany({ where: { workshopId: workshop.id } });
  const positions = ["SUPPORT", "OBJECT", "ABSTAIN"] as const;
  for (let i = 0; i < CLAUSES; i++) {
    const clause = await prisma.clause.create({
      data: {
        workshopId: workshop.id,
        sectionId: sections[i % sections.length]!.id,
        title: `Clause ${i + 1}: regional cooperation on industry ${13 + (i % 30)}`,
        position: i,
        currentVersion: 3,
        proposedById: author.userId,
        versions: {
          create: [1, 2, 3].map((number) => ({
            number,
            text: `Version ${number} of clause ${i + 1}. `.repeat(20),
            createdById: author.userId,
          })),
        },
      },
    });
    await prisma.stance.createMany({
      data: delegations.map((d, j) => ({
        workshopId: workshop.id,
        clauseId: clause.id,
        clauseVersion: 3,
        delegationId: d.id,
        position: positions[(i + j) % 3]!,
        state: "OFFICIAL" as const,
        recordedById: author.userId,
      })),
    });
    await prisma.comment.createMany({
      data: Array.from({ length: COMMENTS / CLAUSES }, (_, k) => ({
        workshopId: workshop.id,
        clauseId: clause.id,
        authorId: author.userId,
        body: `Comment ${k} on clause ${i + 1}.`,
      })),
    });
  }

  const stances = await prisma.stance.findMany({
    where: { workshopId: workshop.id },
    select: { clauseId: true, delegationId: true, position: true },
  });
  const clauses = await prisma.clause.findMany({ where: { workshopId: workshop.id }, select: { id: true } });
  const rule = {
    kind: workshop.consensusRule,
    minSupport: workshop.minSupport,
    majorityShare: null,
    doubleMajority: workshop.doubleMajority,
  };
  const people = delegations.map((d) => ({
    id: d.id,
    name: d.name,
    population: d.population === null ? null : Number(d.population),
  }));
  const pure = await time(
    () =>
      clauses.forEach((c) =>
        evaluateConsensus(
          rule,
          people,
          stances.filter((s) => s.clauseId === c.id),
        ),
      ),
    20,
  );
  console.log(`plan: consensus of all ${clauses.length} clauses (pure): ${summarise(pure)}`);

  const { planOverview } = await import("@/lib/plan/data");
  const read = await time(() => planOverview(workshop), 10);
  console.log(
    `plan: overview read of ${CLAUSES} clauses and ${COMMENTS} comments (database + consensus): ${summarise(read)}`,
  );

  const { baseUrl, stop } = await startAppServer(ctx);
  try {
    const cookie = await signInOverHttp(baseUrl, "jilin.lead@roundtable.demo", DEMO_PASSWORD);
    const page = await time(async () => {
      const response = await fetch(`${baseUrl}/w/${DEMO_WORKSHOP_SLUG}/plan`, { headers: { cookie } });
      if (!response.ok) throw new Error(`plan page HTTP ${response.status}`);
      await response.text();
    }, 10);
    console.log(`plan: page served over HTTP with ${CLAUSES} clauses and ${COMMENTS} comments: ${summarise(page)}`);
  } finally {
    stop();
  }
}
