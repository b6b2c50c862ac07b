// Random but realistic analysis inputs, for the property tests and `npm run bench`. Seeded, so a
// failing case can be reproduced from its seed. Figures are arbitrary, not data about any province.
import type { AnalysisDelegation, AnalysisInput, AnalysisPlan, RegionalReference } from "./overlap";

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A shuffled copy (Fisher–Yates), for permutation properties. */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    chance: (probability) => next() < probability,
    shuffle: <T>(items: readonly T[]) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

const PROVINCES = ["Liaoning", "Jilin", "Heilongjiang", "Hebei", "Shandong", "Shanxi", "Inner Mongolia", "Tianjin"];
// Pillar industries everyone wants (automobiles, machinery, chemicals, medicine...) come up more often.
const POPULAR = ["36", "34", "26", "27", "35", "39", "31", "38"];
const OTHER_DIVISIONS = ["01", "06", "44", "54", "59", "63", "65", "72"];
const UNITS = ["units/year", "Units / Year", "tonnes/year", "billion CNY output", "MW"];
const CURRENCIES = ["CNY", "CNY", "CNY", "CNY", "USD", "EUR"];
const SHARED_CITIES = [
  "Dalian",
  "Shenyang",
  "Changchun",
  "Harbin",
  "Tianjin",
  "changchun ",
  "DALIAN",
  "Ｓｈｅｎｙａｎｇ",
];
const CLUSTERS = ["cluster-liaodong", "cluster-shenyang"];

function industryCode(random: Random): string {
  if (random.chance(0.35)) return random.pick(POPULAR);
  if (random.chance(0.9)) return String(random.int(13, 43));
  return random.pick(OTHER_DIVISIONS);
}

/** A skewed amount (many small, a few large), rounded as people type them. */
const amount = (random: Random, scale: number) => Math.round(scale * Math.exp(random.next() * 4) * 10) / 10;

export function generateAnalysisInput(options: {
  delegations: number;
  plansPerDelegation: number;
  seed: number;
}): AnalysisInput {
  const random = createRandom(options.seed);
  const delegations: AnalysisDelegation[] = Array.from({ length: options.delegations }, (_, i) => ({
    id: `d${i + 1}`,
    name: PROVINCES[i] ?? `Delegation ${i + 1}`,
    population: random.chance(0.9) ? amount(random, 2) : null,
    gdp: random.chance(0.9) ? amount(random, 20) : null,
  }));
  const plans: AnalysisPlan[] = [];
  for (const delegation of delegations) {
    const ownCities = [`${delegation.name} City`, `${delegation.name} Port`, `${delegation.name} New Area`];
    for (let j = 0; j < options.plansPerDelegation; j += 1) {
      const hasTarget = random.chance(0.7);
      const hasInvestment = random.chance(0.8);
      const cityCount = random.int(0, 3);
      plans.push({
        id: `${delegation.id}-p${j + 1}`,
        delegationId: delegation.id,
        industryCode: industryCode(random),
        horizon: random.chance(0.6) ? "MEDIUM" : "LONG",
        targetValue: hasTarget ? (random.chance(0.03) ? 0 : amount(random, 10)) : null,
        targetUnit: hasTarget ? random.pick(UNITS) : null,
        investmentAmount: hasInvestment ? amount(random, 1) : null,
        investmentCurrency: hasInvestment ? random.pick(CURRENCIES) : null,
        hubCities: Array.from({ length: cityCount }, () =>
          random.chance(0.4) ? random.pick(SHARED_CITIES) : random.pick(ownCities),
        ),
        priority: random.int(1, 5),
        clusterId: random.chance(0.5) ? random.pick(CLUSTERS) : null,
      });
    }
  }
  const references: RegionalReference[] = POPULAR.slice(0, 4).map((code) => ({
    industryCode: code,
    horizon: random.pick(["MEDIUM", "LONG", null] as const),
    unit: random.pick(UNITS),
    // Around what the plans add up to, so that pressure takes all its values.
    value: random.chance(0.05) ? 0 : amount(random, (options.delegations * options.plansPerDelegation) / 20),
    note: "generated reference",
  }));
  return { delegations, plans, references };
}
