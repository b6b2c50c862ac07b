// The outline a new workshop's plan starts with: five sections, whose titles are translated by key
// until the facilitator renames them (messages: plan.sections.<key>). It belongs to the workshop,
// which creates it with the workshop; lib/plan reads it (plan -> workshop, never back).
export const defaultSectionKeys = ["industries", "clusters", "services", "brands", "governance"] as const;
export type DefaultSectionKey = (typeof defaultSectionKeys)[number];

export const defaultSectionTitles: Record<DefaultSectionKey, string> = {
  industries: "Industries and specialisation",
  clusters: "City clusters",
  services: "Shared services and cost sharing",
  brands: "Regional brands",
  governance: "Governance and follow-up",
};
