import { describe, expect, it } from "vitest";
import { formatGlossary, MAX_TERM_LENGTH, MAX_TERMS, parseGlossary } from "./parse";

describe("parseGlossary", () => {
  it("reads one term per line, with = or a tab, and skips blank lines and comments", () => {
    expect(parseGlossary("# provinces\nLiaoning = 辽宁\n\nShenyang\t沈阳\r\nA = B = C\n")).toEqual({
      ok: true,
      terms: [
        { en: "Liaoning", zh: "辽宁" },
        { en: "Shenyang", zh: "沈阳" },
        // The first separator splits: a Chinese text may contain "=".
        { en: "A", zh: "B = C" },
      ],
    });
  });

  it("names the first line with a problem and what the problem is", () => {
    expect(parseGlossary("Liaoning = 辽宁\nJilin")).toEqual({ ok: false, line: 2, code: "errors.glossaryPair" });
    expect(parseGlossary("Liaoning = ")).toEqual({ ok: false, line: 1, code: "errors.glossaryPair" });
    expect(parseGlossary(" = 辽宁")).toEqual({ ok: false, line: 1, code: "errors.glossaryPair" });
    expect(parseGlossary("Liaoning = 辽宁\n\nLiaoning = 辽宁省")).toEqual({
      ok: false,
      line: 3,
      code: "errors.glossaryDuplicate",
    });
    expect(parseGlossary("Liaoning = 辽宁\nLiaoning Province = 辽宁")).toEqual({
      ok: false,
      line: 2,
      code: "errors.glossaryDuplicate",
    });
    expect(parseGlossary(`${"a".repeat(MAX_TERM_LENGTH + 1)} = 长`)).toEqual({
      ok: false,
      line: 1,
      code: "errors.glossaryTooLong",
    });
    const many = Array.from({ length: MAX_TERMS + 1 }, (_, i) => `term ${i} = 词 ${i}`).join("\n");
    expect(parseGlossary(many)).toEqual({ ok: false, line: MAX_TERMS + 1, code: "errors.glossaryTooMany" });
  });

  it("reads back what formatGlossary writes", () => {
    const terms = [
      { en: "Liaoning", zh: "辽宁" },
      { en: "Inland cities", zh: "内陆城市群" },
    ];
    expect(parseGlossary(formatGlossary(terms))).toEqual({ ok: true, terms });
  });
});
