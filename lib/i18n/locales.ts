// The interface languages. `zh-CN` is the tag in URLs, cookies and <html lang>; the database enum
// cannot hold a hyphen, hence `zh_CN` there.
export const locales = ["en", "zh-CN"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "roundtable-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function toDbLocale(locale: Locale): "en" | "zh_CN" {
  return locale === "zh-CN" ? "zh_CN" : "en";
}

export function fromDbLocale(locale: "en" | "zh_CN"): Locale {
  return locale === "zh_CN" ? "zh-CN" : "en";
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return defaultLocale;
}

/** Each language in its own words, for choosers. */
export const localeNames: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };
