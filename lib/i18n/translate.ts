// Message lookup shared by server and client. Keys are dotted paths into messages/en.json, typed so
// that a missing key is a compile error; zh-CN must have the same keys (checked by a unit test).
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const catalogues: Record<Locale, Messages> = { en, "zh-CN": zhCN };

export function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function createTranslator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, params) => {
    const template = lookup(messages, key) ?? lookup(catalogues.en, key) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** Like createTranslator, for keys computed at run time (e.g. error codes from the server). */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(catalogues.en, key) !== undefined;
}
