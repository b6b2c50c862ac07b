// A workshop's glossary: its own names and texts in both languages (辽宁 / Liaoning). What a page
// shows passes through `localize`: a text that equals one side of a term is shown as the other side
// to a reader of the other language; anything else is shown as entered. Records keep the text as it
// was entered (forms edit that), so the glossary changes what is read, never what is stored.
import type { Locale } from "@/lib/i18n/locales";

export interface GlossaryTerm {
  en: string;
  zh: string;
}

/** Source text -> the reader's text, for a reader of `locale`. Plain object: it crosses to the
 * client as a prop. */
export type GlossaryMap = Record<string, string>;

export function glossaryMap(terms: readonly GlossaryTerm[], locale: Locale): GlossaryMap {
  // A plain object (React passes it to the client as a prop); lookups check own keys only.
  const map: GlossaryMap = {};
  for (const { en, zh } of terms) {
    if (locale === "zh-CN") map[en] = zh;
    else map[zh] = en;
  }
  return map;
}

export type Localize = (text: string) => string;

export function localizer(map: GlossaryMap): Localize {
  return (text) => (Object.hasOwn(map, text) ? map[text]! : text);
}

/** For lists shown joined (hub cities, member cities): each item on its own. */
export function localizeList(localize: Localize, items: readonly string[], separator = ", "): string {
  return items.map(localize).join(separator);
}
