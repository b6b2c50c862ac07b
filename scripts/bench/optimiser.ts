// The division-of-labour optimiser (issue 16), pure: solve + explanation of generated instances of
// 3 and 30 delegations over the 97 industry divisions, the best proposal alone and with two
// alternatives. Each delegation plans 8–15 pillar industries drawn with a common bias (so plans
// collide, as in the seed), states one industry it must lead, cedes half of the rest, wants 2–12
// pillars and keeps at least 20% of its planned investment.
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { INPUT_FORMAT, optimiserInputSchema, type OptimiserInput } from "@/lib/optimiser/input";
import { describe } from "@/lib/optimiser/proposal";
import { solve } from "@/lib/optimiser/solve";
import { stopSolver } from "@/lib/optimiser/solver";
import { summarise, time } from "./stats";

const INDUSTRIES = 97;
const RUNS = 10;

function instance(random: Random, delegationCount: number, alternatives: number): OptimiserInput {
  const delegations = Array.from({ length: delegationCount }, (_, k) => ({ id: `D${k}`, name: `Delegation ${k}` }));
  const industries = Array.from({ length: INDUSTRIES }, (_, k) => ({
    code: String(k + 1).padStart(2, "0"),
    name: `Division ${k + 1}`,
  }));
  // A few popular industries everyone plans: the collisions the optimiser is for.
  const popular = industries.slice(0, 12);
  const plans = delegations.flatMap((d) => {
    const chosen = new Set([
      ...random.shuffle(popular).slice(0, random.int(4, 8)),
      ...random.shuffle(industries).slice(0, random.int(4, 7)),
    ]);
    return [...chosen].map((i) => ({ delegation: d.id, industry: i.code, investment: random.int(10, 300) }));
  });
  const taken = new Set<string>();
  const positions = delegations.map((d) => {
    const own = plans.filter((p) => p.delegation === d.id).map((p) => p.industry);
    const lead = own.find((i) => !taken.has(i));
    if (lead) taken.add(lead);
    return {
      delegation: d.id,
      mustLead: lead ? [lead] : [],
      willingToCede: own.filter((i) => i !== lead && random.chance(0.5)),
      minPillars: 2,
      maxPillars: 12,
    };
  });
  return optimiserInputSchema.parse({
    format: INPUT_FORMAT,
    delegations,
    industries,
    baseline: delegations.flatMap((d) =>
      industries.map((i) => ({ delegation: d.id, industry: i.code, employment: random.int(0, 200) * 500 })),
    ),
    plans,
    positions,
    settings: { redundancyPenalty: 0.5, partners: true, fairnessFloor: 0.2, alternatives },
  });
}

export async function benchOptimiser(): Promise<void> {
  for (const delegations of [3, 30]) {
    for (const alternatives of [1, 3]) {
      const random = createRandom(delegations * 10 + alternatives);
      const inputs = Array.from({ length: RUNS + 2 }, () => instance(random, delegations, alternatives));
      let k = 0;
      let infeasible = 0;
      const samples = await time(async () => {
        const input = inputs[k++ % inputs.length]!;
        const output = describe(input, await solve(input));
        if (output.status === "infeasible") infeasible += 1;
      }, RUNS);
      console.log(
        `optimiser: ${delegations} delegations x ${INDUSTRIES} industries, ${alternatives === 1 ? "best proposal" : `best + ${alternatives - 1} alternatives`}, solve + explanation: ${summarise(samples)}${infeasible ? ` (${infeasible} infeasible, conflict found)` : ""}`,
      );
    }
  }
  await stopSolver();
}
