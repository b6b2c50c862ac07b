import type { Translate } from "@/lib/i18n/translate";
import { defaultSectionKeys, defaultSectionTitles, type DefaultSectionKey } from "@/lib/plan/sections";

/** Default sections show their translated title until the facilitator renames them. */
export function sectionTitle(section: { key: string | null; title: string }, t: Translate): string {
  const key = section.key as DefaultSectionKey | null;
  return key && defaultSectionKeys.includes(key) && defaultSectionTitles[key] === section.title
    ? t(`plan.sections.${key}`)
    : section.title;
}
