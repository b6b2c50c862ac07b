import { catalogues } from "@/lib/i18n/translate";

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

/** A default section "renamed" to its own title in any language keeps its default title, so it
 * stays translated (saving the rename form unchanged must not freeze one language). */
export function canonicalSectionTitle(key: string | null, title: string): string {
  const known = defaultSectionKeys.find((k) => k === key);
  if (!known) return title;
  const translations = Object.values(catalogues).map((messages) => messages.plan.sections[known]);
  return translations.includes(title) || title === defaultSectionTitles[known] ? defaultSectionTitles[known] : title;
}
