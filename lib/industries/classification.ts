// The industry classification shipped with the app: the 97 divisions (大类) of China's
// GB/T 4754-2017 "Industrial classification for national economic activities", with the
// official Chinese names and our English translations. Codes are two digits ("36" = automobiles).
import data from "./gbt-4754-2017.json";

export interface Industry {
  code: string;
  section: string;
  nameEn: string;
  nameZh: string;
}

export const CLASSIFICATION_SOURCE = data.source;
export const industries: readonly Industry[] = data.divisions;
const byCode = new Map(industries.map((industry) => [industry.code, industry]));

export function isIndustryCode(code: string): boolean {
  return byCode.has(code);
}

export function industryByCode(code: string): Industry | undefined {
  return byCode.get(code);
}

/** "36 Manufacture of automobiles" / "36 汽车制造业": the code and the name in the reader's language. */
export function industryLabel(industry: Industry, locale: string): string {
  return `${industry.code} ${locale === "zh-CN" ? industry.nameZh : industry.nameEn}`;
}

/** Search by code or by name in either language (case- and width-insensitive). */
export function searchIndustries(query: string, limit = 20): Industry[] {
  const needle = normalise(query);
  if (!needle) return industries.slice(0, limit);
  const scored = industries
    .map((industry) => ({ industry, rank: rank(industry, needle) }))
    .filter((entry) => entry.rank < Infinity)
    .sort((a, b) => a.rank - b.rank || a.industry.code.localeCompare(b.industry.code));
  return scored.slice(0, limit).map((entry) => entry.industry);
}

function rank(industry: Industry, needle: string): number {
  if (industry.code === needle) return 0;
  const en = normalise(industry.nameEn);
  const zh = normalise(industry.nameZh);
  if (en.startsWith(needle) || zh.startsWith(needle)) return 1;
  if (en.split(/\W+/).some((word) => word.startsWith(needle))) return 2;
  if (en.includes(needle) || zh.includes(needle)) return 3;
  return Infinity;
}

function normalise(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}
