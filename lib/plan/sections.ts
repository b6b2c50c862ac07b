import { catalogues } from "@/lib/i18n/translate";
import { defaultSectionKeys, defaultSectionTitles } from "@/lib/workshop/plan-outline";

export { defaultSectionKeys, defaultSectionTitles, type DefaultSectionKey } from "@/lib/workshop/plan-outline";

/** A default section "renamed" to its own title in any language keeps its default title, so it
 * stays translated (saving the rename form unchanged must not freeze one language). */
export function canonicalSectionTitle(key: string | null, title: string): string {
  const known = defaultSectionKeys.find((k) => k === key);
  if (!known) return title;
  const translations = Object.values(catalogues).map((messages) => messages.plan.sections[known]);
  return translations.includes(title) || title === defaultSectionTitles[known] ? defaultSectionTitles[known] : title;
}
