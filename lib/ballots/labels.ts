import type { Locale } from "@/lib/i18n/locales";

// A brand's name in the reader's language, falling back to the other one.

type Named = { id: string; nameEn: string | null; nameZh: string | null };

export function brandLabel(brand: Omit<Named, "id">, locale: Locale): string {
  const [first, second] = locale === "zh-CN" ? [brand.nameZh, brand.nameEn] : [brand.nameEn, brand.nameZh];
  return first ?? second ?? "";
}

/**
 * Labels for the options of one ballot, unique within it (an export names options by label): a
 * label that two brands share, e.g. one's English name and another's Chinese name, gets the other
 * language's name too.
 */
export function optionLabels(brands: readonly Named[], locale: Locale): Record<string, string> {
  const plain = brands.map((brand) => brandLabel(brand, locale));
  const labels: Record<string, string> = {};
  brands.forEach((brand, i) => {
    const label = plain[i]!;
    const shared = plain.filter((other) => other === label).length > 1;
    const both = brand.nameEn && brand.nameZh ? `${brand.nameEn} / ${brand.nameZh}` : label;
    labels[brand.id] = shared ? `${both} #${i + 1}` : label;
  });
  return labels;
}
