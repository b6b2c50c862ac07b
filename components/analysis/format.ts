import type { AnalysisPlan, OverlapAnalysis } from "@/lib/industries/overlap";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { industryByCode } from "@/lib/industries/classification";

export function industryName(code: string, locale: Locale): string {
  const industry = industryByCode(code);
  if (!industry) return code;
  return locale === "zh-CN" ? industry.nameZh : industry.nameEn;
}

/** "N industries planned, M by two or more delegations (…)": the analysis in one line. */
export function analysisSummary(totals: OverlapAnalysis["totals"], t: Translate): string {
  return t("analysis.summaryText", {
    industries: totals.industries,
    contested: totals.contested,
    high: totals.bySeverity.high,
    medium: totals.bySeverity.medium,
    low: totals.bySeverity.low,
  });
}

export function numberFormat(locale: Locale) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
}

/** Large amounts read better compact: "45B" / "450亿". */
export function compactFormat(locale: Locale) {
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const plain = numberFormat(locale);
  return { format: (value: number) => (Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value)) };
}

/** One plan in a matrix cell, compact: "M · 500,000 vehicles/year · 30 bn CNY · Changchun". */
export function planSummary(
  plan: AnalysisPlan,
  locale: Locale,
  horizonShort: Record<"MEDIUM" | "LONG", string>,
): string {
  const n = compactFormat(locale);
  return [
    horizonShort[plan.horizon],
    plan.targetValue === null ? null : `${n.format(plan.targetValue)} ${plan.targetUnit ?? ""}`.trim(),
    plan.investmentAmount === null
      ? null
      : `${n.format(plan.investmentAmount)} ${plan.investmentCurrency ?? ""}`.trim(),
    plan.hubCities.length ? plan.hubCities.join(", ") : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
