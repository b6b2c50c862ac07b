// The analysis as the pages and the CSV export compute it: the pure functions over the
// workshop's submitted plans, with the view's filters.
import { analyseOverlap, type AnalysisInput, type AnalysisHorizon } from "./overlap";
import { specialisationHints } from "./specialisation";

export interface AnalysisFilters {
  clusterId: string | null;
  horizon: AnalysisHorizon | null;
}

export function parseFilters(
  params: Record<string, string | string[] | undefined>,
  clusterIds: string[],
): AnalysisFilters {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const cluster = one(params.cluster);
  const horizon = one(params.horizon);
  return {
    clusterId: cluster && clusterIds.includes(cluster) ? cluster : null,
    horizon: horizon === "MEDIUM" || horizon === "LONG" ? horizon : null,
  };
}

export function computeAnalysis(input: AnalysisInput, filters: AnalysisFilters) {
  const filtered = { ...input, clusterId: filters.clusterId, horizon: filters.horizon };
  return { overlap: analyseOverlap(filtered), hints: specialisationHints(filtered) };
}
