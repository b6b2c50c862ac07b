// The app's own message catalogues, so specs look for the texts users actually see (in either
// language) instead of copies that drift.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Lang = "en" | "zh-CN";

const messagesDir = fileURLToPath(new URL("../../messages/", import.meta.url));
const catalogues: Record<Lang, unknown> = {
  en: JSON.parse(fs.readFileSync(path.join(messagesDir, "en.json"), "utf8")),
  "zh-CN": JSON.parse(fs.readFileSync(path.join(messagesDir, "zh-CN.json"), "utf8")),
};

/** The text of `key` (dotted path into messages/<lang>.json) with {params} filled in; a plural
 * message's form is chosen by `params.count`, as lib/i18n/translate.ts does. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = catalogues[lang];
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node === "object" && node !== null && "other" in node) {
    const forms = node as Record<string, string>;
    const count = params.count;
    node = (typeof count === "number" && forms[new Intl.PluralRules(lang).select(count)]) || forms.other;
  }
  if (typeof node !== "string") throw new Error(`e2e: no message "${key}" in ${lang}`);
  return node.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export const en = (key: string, params?: Record<string, string | number>) => t("en", key, params);
export const zh = (key: string, params?: Record<string, string | number>) => t("zh-CN", key, params);
