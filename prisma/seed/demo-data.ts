// The demo scenario re-enacts the seed story (China Daily, 6 December 2003): three provinces of
// Northeast China plan the same pillar industries and sit down to plan together. Figures are
// ILLUSTRATIVE (rounded orders of magnitude for around 2003), labelled so in the app.

export const DEMO_PASSWORD = "roundtable-demo";
export const DEMO_WORKSHOP_SLUG = "revitalising-northeast-china";

export const demoWorkshop = {
  slug: DEMO_WORKSHOP_SLUG,
  title: "Revitalising Northeast China",
  region: "Northeast China (Liaoning, Jilin, Heilongjiang)",
  description:
    "Seminar on regional cooperation: the three provinces record their planned pillar industries, see where the plans collide, and work out one medium- and long-term regional plan in line with the central government's rejuvenation strategy. All figures in this demo are illustrative.",
  mediumFrom: 2004,
  mediumTo: 2008,
  longFrom: 2004,
  longTo: 2018,
  consensusRule: "UNANIMITY" as const,
  minSupport: 3,
};

export const demoDelegations = [
  { code: "LN", name: "Liaoning", colour: "#1f4fd1", population: 42, gdp: 600 },
  { code: "JL", name: "Jilin", colour: "#157347", population: 27, gdp: 266 },
  { code: "HLJ", name: "Heilongjiang", colour: "#b42318", population: 38, gdp: 443 },
].map((d) => ({
  ...d,
  populationUnit: "million people (illustrative)",
  populationYear: 2003,
  gdpUnit: "billion CNY (illustrative)",
  gdpYear: 2003,
}));

type DemoRole = "FACILITATOR" | "LEAD_DELEGATE" | "DELEGATE" | "OBSERVER";

export const demoAccounts: Array<{
  email: string;
  name: string;
  role: DemoRole;
  delegation?: string;
  locale?: "en" | "zh_CN";
}> = [
  { email: "facilitator@roundtable.demo", name: "Facilitator (research centre)", role: "FACILITATOR" },
  { email: "liaoning.lead@roundtable.demo", name: "Liaoning lead delegate", role: "LEAD_DELEGATE", delegation: "LN" },
  { email: "liaoning.delegate@roundtable.demo", name: "Liaoning delegate", role: "DELEGATE", delegation: "LN" },
  { email: "jilin.lead@roundtable.demo", name: "Jilin lead delegate", role: "LEAD_DELEGATE", delegation: "JL" },
  { email: "jilin.delegate@roundtable.demo", name: "Jilin delegate", role: "DELEGATE", delegation: "JL" },
  {
    email: "heilongjiang.lead@roundtable.demo",
    name: "Heilongjiang lead delegate",
    role: "LEAD_DELEGATE",
    delegation: "HLJ",
  },
  {
    email: "heilongjiang.delegate@roundtable.demo",
    name: "Heilongjiang delegate",
    role: "DELEGATE",
    delegation: "HLJ",
  },
  { email: "observer@roundtable.demo", name: "Observer (OECD territorial review)", role: "OBSERVER" },
];
