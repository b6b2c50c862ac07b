// Demo industry plans, clusters and a regional reference: the collisions of the seed story
// ("automobiles" in all three provinces; machinery, chemicals, medicine) plus distinct strengths
// (shipbuilding around Dalian, petrochemicals around Daqing). ALL FIGURES ARE ILLUSTRATIVE.

type Horizon = "MEDIUM" | "LONG";

export interface DemoPlan {
  industryCode: string;
  horizon: Horizon;
  target?: [number, string];
  /** Planned investment in billion CNY (stored in CNY). */
  investmentBn?: number;
  hubCities: string[];
  priority: number;
  rationale: string;
  cluster?: string;
}

export const demoClusters = [
  {
    name: "Liaodong Peninsula",
    coreCity: "Dalian",
    memberCities: ["Dalian", "Yingkou", "Dandong"],
    industryCodes: ["37", "25", "26"],
    description: "Coastal cluster with Dalian as the core: ports, shipbuilding, petrochemicals (illustrative).",
  },
  {
    name: "Inland cities",
    coreCity: "Shenyang",
    memberCities: ["Shenyang", "Anshan", "Fushun", "Benxi", "Liaoyang", "Tieling", "Siping"],
    industryCodes: ["34", "35", "36", "31"],
    description: "Inland cluster with Shenyang as the hub: machinery, automobiles, steel (illustrative).",
  },
];

const note = "Illustrative demo figures.";

export const demoPlans: Record<string, DemoPlan[]> = {
  LN: [
    {
      industryCode: "36",
      horizon: "MEDIUM",
      target: [600_000, "vehicles/year"],
      investmentBn: 45,
      hubCities: ["Shenyang", "Dalian"],
      priority: 5,
      rationale: `Expand passenger-car assembly in Shenyang. ${note}`,
      cluster: "Inland cities",
    },
    {
      industryCode: "34",
      horizon: "MEDIUM",
      target: [120, "billion CNY output"],
      investmentBn: 30,
      hubCities: ["Shenyang", "Dalian"],
      priority: 5,
      rationale: `Machine tools and heavy machinery. ${note}`,
      cluster: "Inland cities",
    },
    {
      industryCode: "37",
      horizon: "LONG",
      target: [8, "million dwt/year"],
      investmentBn: 40,
      hubCities: ["Dalian"],
      priority: 4,
      rationale: `Shipbuilding around Dalian. ${note}`,
      cluster: "Liaodong Peninsula",
    },
    {
      industryCode: "26",
      horizon: "MEDIUM",
      target: [90, "billion CNY output"],
      investmentBn: 25,
      hubCities: ["Dalian", "Fushun"],
      priority: 4,
      rationale: `Fine chemicals. ${note}`,
      cluster: "Liaodong Peninsula",
    },
    {
      industryCode: "25",
      horizon: "LONG",
      target: [40, "million t/year"],
      investmentBn: 35,
      hubCities: ["Dalian", "Jinzhou"],
      priority: 3,
      rationale: `Refining capacity. ${note}`,
      cluster: "Liaodong Peninsula",
    },
    {
      industryCode: "27",
      horizon: "MEDIUM",
      target: [30, "billion CNY output"],
      investmentBn: 8,
      hubCities: ["Shenyang", "Benxi"],
      priority: 3,
      rationale: `Pharmaceuticals. ${note}`,
    },
    {
      industryCode: "31",
      horizon: "MEDIUM",
      target: [30, "million t/year"],
      investmentBn: 20,
      hubCities: ["Anshan", "Benxi"],
      priority: 3,
      rationale: `Steel upgrading. ${note}`,
      cluster: "Inland cities",
    },
  ],
  JL: [
    {
      industryCode: "36",
      horizon: "MEDIUM",
      target: [1_000_000, "vehicles/year"],
      investmentBn: 60,
      hubCities: ["Changchun", "Jilin"],
      priority: 5,
      rationale: `Changchun as the automobile city. ${note}`,
    },
    {
      industryCode: "36",
      horizon: "LONG",
      target: [1_500_000, "vehicles/year"],
      investmentBn: 90,
      hubCities: ["Changchun"],
      priority: 5,
      rationale: `Long-term vehicle capacity. ${note}`,
    },
    {
      industryCode: "26",
      horizon: "MEDIUM",
      target: [70, "billion CNY output"],
      investmentBn: 20,
      hubCities: ["Jilin"],
      priority: 4,
      rationale: `Chemical industry of Jilin City. ${note}`,
    },
    {
      industryCode: "27",
      horizon: "MEDIUM",
      target: [40, "billion CNY output"],
      investmentBn: 12,
      hubCities: ["Tonghua", "Changchun"],
      priority: 4,
      rationale: `Traditional Chinese medicine and biopharma. ${note}`,
    },
    {
      industryCode: "13",
      horizon: "MEDIUM",
      target: [80, "billion CNY output"],
      investmentBn: 10,
      hubCities: ["Changchun", "Siping"],
      priority: 3,
      rationale: `Corn and grain processing. ${note}`,
    },
    {
      industryCode: "37",
      horizon: "MEDIUM",
      target: [2_000, "railway cars/year"],
      investmentBn: 10,
      hubCities: ["Changchun"],
      priority: 3,
      rationale: `Railway passenger cars. ${note}`,
    },
  ],
  HLJ: [
    {
      industryCode: "36",
      horizon: "MEDIUM",
      target: [300_000, "vehicles/year"],
      investmentBn: 20,
      hubCities: ["Harbin", "Daqing"],
      priority: 4,
      rationale: `Light vehicles in Harbin. ${note}`,
    },
    {
      industryCode: "25",
      horizon: "MEDIUM",
      target: [25, "million t/year"],
      investmentBn: 30,
      hubCities: ["Daqing"],
      priority: 5,
      rationale: `Petrochemicals around Daqing. ${note}`,
    },
    {
      industryCode: "07",
      horizon: "MEDIUM",
      target: [45, "million t/year"],
      investmentBn: 25,
      hubCities: ["Daqing"],
      priority: 5,
      rationale: `Daqing oilfield. ${note}`,
    },
    {
      industryCode: "34",
      horizon: "MEDIUM",
      target: [60, "billion CNY output"],
      investmentBn: 15,
      hubCities: ["Harbin", "Qiqihar"],
      priority: 4,
      rationale: `Heavy machinery of Qiqihar. ${note}`,
    },
    {
      industryCode: "38",
      horizon: "MEDIUM",
      target: [50, "billion CNY output"],
      investmentBn: 12,
      hubCities: ["Harbin"],
      priority: 4,
      rationale: `Power-generation equipment. ${note}`,
    },
    {
      industryCode: "27",
      horizon: "MEDIUM",
      target: [25, "billion CNY output"],
      investmentBn: 6,
      hubCities: ["Harbin"],
      priority: 3,
      rationale: `Pharmaceuticals of Harbin. ${note}`,
    },
    {
      industryCode: "13",
      horizon: "MEDIUM",
      target: [60, "billion CNY output"],
      investmentBn: 8,
      hubCities: ["Harbin", "Qiqihar"],
      priority: 3,
      rationale: `Soybean and dairy processing. ${note}`,
    },
  ],
};

export const demoReferences = [
  {
    industryCode: "36",
    horizon: "MEDIUM" as const,
    value: 1_500_000,
    unit: "vehicles/year",
    note: "Projected regional demand (illustrative)",
  },
];
