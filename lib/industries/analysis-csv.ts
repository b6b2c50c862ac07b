// The overlap analysis as CSV: one row per industry, the score with its components, and per
// delegation what it plans and its location quotient.
import type { Locale } from "@/lib/i18n/locales";
import { industryByCode } from "./classification";
import { toCsv } from "@/lib/csv/rfc4180";
import type { AnalysisDelegation, OverlapAnalysis } from "./overlap";
import type { SpecialisationHints } from "./specialisation";

const round = (value: number | null, digits = 3) => (value === null ? "" : String(Number(value.toFixed(digits))));

export function analysisCsv(
  overlap: OverlapAnalysis,
  hints: SpecialisationHints,
  delegations: AnalysisDelegation[],
  locale: Locale,
): string {
  const header = [
    "industry_code",
    "industry_name",
    "delegations_planning",
    "score",
    "severity",
    "breadth",
    "capacity_pressure",
    "hub_coincidence",
    "shared_hub_cities",
    ...delegations.flatMap((d) => [`${d.name} plans`, `${d.name} LQ`]),
  ];
  const rows = overlap.rows.map((row) => {
    const industry = industryByCode(row.industryCode);
    const hint = hints.industries.find((h) => h.industryCode === row.industryCode);
    return [
      row.industryCode,
      industry ? (locale === "zh-CN" ? industry.nameZh : industry.nameEn) : "",
      String(row.delegationCount),
      round(row.score, 1),
      row.severity,
      round(row.components.breadth.value),
      round(row.components.capacity.value),
      round(row.components.hubs.value),
      row.hubCoincidences.map((h) => h.city).join(";"),
      ...row.cells.flatMap((cell) => [
        cell.plans
          .map((p) =>
            [
              p.horizon,
              p.targetValue === null ? "" : `${p.targetValue} ${p.targetUnit ?? ""}`.trim(),
              p.investmentAmount === null ? "" : `${p.investmentAmount} ${p.investmentCurrency ?? ""}`.trim(),
              p.hubCities.join("/"),
            ]
              .filter(Boolean)
              .join(" "),
          )
          .join(" | "),
        round(hint?.delegations.find((h) => h.delegationId === cell.delegationId)?.locationQuotient ?? null),
      ]),
    ];
  });
  return toCsv([header, ...rows]);
}
