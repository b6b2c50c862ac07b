import { industryByCode, industryLabel } from "@/lib/industries/classification";
import type { Translate } from "@/lib/i18n/translate";

/** How the division pages name an industry: its code and name in the reader's language. */
export const industryNamer = (locale: string) => (code: string) => {
  const industry = industryByCode(code);
  return industry ? industryLabel(industry, locale) : code;
};

/** Industries as one cell of text, with the language's list separator; "—" for none. */
export const industryList = (codes: string[], industryName: (code: string) => string, t: Translate) =>
  codes.length === 0 ? "—" : codes.map(industryName).join(t("common.listSeparator"));
