import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { negotiateLocale } from "./locales";
import { createTranslator } from "./translate";

const isPlural = (node: unknown): node is Record<string, string> =>
  typeof node === "object" && node !== null && "other" in node;

/** Every message, each form of a plural message on its own (both catalogues have all of them). */
function leaves(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe("message catalogues", () => {
  it("have the same keys in English and Chinese", () => {
    expect(leaves(zhCN).sort()).toEqual(leaves(en).sort());
  });

  it("use the same placeholders in both languages, and no empty message", () => {
    const t = { en: createTranslator("en"), zh: createTranslator("zh-CN") };
    for (const key of leaves(en)) {
      const [english, chinese] = [t.en(key as never), t.zh(key as never)];
      expect(english.length, key).toBeGreaterThan(0);
      expect(placeholders(chinese), key).toEqual(placeholders(english));
    }
  });

  it("give each plural message the forms its language needs, with the same placeholders", () => {
    const forms = (catalogue: unknown, key: string) =>
      key.split(".").reduce((node, part) => (node as Record<string, unknown>)[part], catalogue) as unknown;
    const plurals = [...new Set(leaves(en).map((key) => key.replace(/\.\w+$/, "")))].filter((key) =>
      isPlural(forms(en, key)),
    );
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const english = forms(en, key) as Record<string, string>;
      const chinese = forms(zhCN, key);
      expect(Object.keys(english).sort(), key).toEqual(["one", "other"]);
      // Chinese does not inflect for number: the same forms, with the same text.
      expect(isPlural(chinese) && Object.keys(chinese).sort(), key).toEqual(["one", "other"]);
      const zhForms = chinese as Record<string, string>;
      expect(zhForms.one, key).toBe(zhForms.other);
      for (const text of [english.one!, zhForms.other!])
        expect(placeholders(text), key).toEqual(placeholders(english.other!));
    }
  });

  it("chooses a plural message's form by its count", () => {
    const en = createTranslator("en");
    const zh = createTranslator("zh-CN");
    expect(en("analysis.plannedBy", { count: 1 })).toBe("planned by 1 delegation");
    expect(en("analysis.plannedBy", { count: 3 })).toBe("planned by 3 delegations");
    expect(en("analysis.plannedBy", { count: 0 })).toBe("planned by 0 delegations");
    expect(zh("analysis.plannedBy", { count: 1 })).toBe(zh("analysis.plannedBy", { count: 3 }).replace("3", "1"));
  });

  it("translates with parameters", () => {
    expect(createTranslator("zh-CN")("workshop.phaseLabel", { phase: "分析" })).toBe("阶段：分析");
    expect(createTranslator("en")("presence.title", { count: 3 })).toBe("Online now (3)");
  });
});

describe("negotiateLocale", () => {
  it("picks Chinese for any zh variant and falls back to English", () => {
    expect(negotiateLocale("zh-TW,zh;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale("fr-FR,en;q=0.5,zh;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("de")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
  });
});
