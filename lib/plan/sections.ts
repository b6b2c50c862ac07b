// The default sections of a new plan. Their titles are translated by key until the facilitator
// renames them (messages: plan.sections.<key>).
export const defaultSectionKeys = ["industries", "clusters", "services", "brands", "governance"] as const;
export type DefaultSectionKey = (typeof defaultSectionKeys)[number];

export const defaultSectionTitles: Record<DefaultSectionKey, string> = {
  industries: "Industries and specialisation",
  clusters: "City clusters",
  services: "Shared services and cost sharing",
  brands: "Regional brands",
  governance: "Governance and follow-up",
};
