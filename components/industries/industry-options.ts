import type { ComboGroup } from "@/components/ui/multi-combobox";
import { industries, industryLabel } from "@/lib/industries/classification";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The 97 divisions as combobox groups: those planned in this workshop first, then the rest.
 * Each is searchable by its code and by its name in both languages.
 */
export function industryGroups(planned: readonly string[], locale: string, t: Translate): ComboGroup[] {
  const plannedSet = new Set(planned);
  const option = (industry: (typeof industries)[number]) => ({
    value: industry.code,
    label: industryLabel(industry, locale),
    keywords: `${industry.nameEn} ${industry.nameZh}`,
  });
  return [
    { label: t("combobox.plannedIndustries"), items: industries.filter((i) => plannedSet.has(i.code)).map(option) },
    { label: t("combobox.otherIndustries"), items: industries.filter((i) => !plannedSet.has(i.code)).map(option) },
  ];
}
