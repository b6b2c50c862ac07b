import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { negotiateLocale } from "./locales";
import { createTranslator } from "./translate";

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
