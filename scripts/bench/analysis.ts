// Overlap analysis: the pure functions on generated inputs of two sizes.
import { generateAnalysisInput } from "@/lib/industries/analysis-fixtures";
import { analyseOverlap } from "@/lib/industries/overlap";
import { specialisationHints } from "@/lib/industries/specialisation";
import { summarise, time } from "./stats";

export async function benchAnalysis(): Promise<void> {
  for (const [delegations, plansPerDelegation, runs] of [
    [3, 100, 50],
    [30, 1000, 5],
  ] as const) {
    const input = generateAnalysisInput({ delegations, plansPerDelegation, seed: 42 });
    const samples = await time(() => {
      analyseOverlap(input);
      specialisationHints(input);
    }, runs);
    console.log(
      `analysis: ${delegations} delegations x ${plansPerDelegation} plans (score + hints): ${summarise(samples)}`,
    );
  }
}
