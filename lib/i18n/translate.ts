// Message lookup shared by server and client. Keys are dotted paths into messages/en.json, typed so
// that a missing key is a compile error; zh-CN must have the same keys (checked by a unit test).
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

// A message that depends on a number is an object of CLDR plural categories ("one", "other"…,
// `other` always present), chosen with Intl.PluralRules by the `count` parameter: English says
// "1 clause" and "3 clauses". Both catalogues carry the same forms (Chinese, which does not
// inflect, repeats its text), so they keep one shape. It is one key, like a plain message.
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends { other: string }
      ? `${Prefix}${K}`
      : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export const catalogues: Record<Locale, Messages> = { en, "zh-CN": zhCN };

function isPlural(node: unknown): node is Plural {
  return typeof node === "object" && node !== null && typeof (node as { other?: unknown }).other === "string";
}

/** The message at `key`: a string, or a plural message's form for `count` (its `other` form when
 * no count is given). */
export function lookup(
  messages: Messages,
  key: string,
  plural?: { rules: Intl.PluralRules; count: number },
): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (isPlural(node)) return (plural && node[plural.rules.select(plural.count)]) || node.other;
  return typeof node === "string" ? node : undefined;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralRulesOf(locale: Locale): Intl.PluralRules {
  if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale));
  return pluralRules.get(locale)!;
}

export function createTranslator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, params) => {
    const count = typeof params?.count === "number" ? params.count : undefined;
    const plural = (of: Locale) => (count === undefined ? undefined : { rules: pluralRulesOf(of), count });
    const template = lookup(messages, key, plural(locale)) ?? lookup(catalogues.en, key, plural("en")) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** Like createTranslator, for keys computed at run time (e.g. error codes from the server). */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(catalogues.en, key) !== undefined;
}
