import { describe, expect, it } from "vitest";
import { glossaryMap, localizeList, localizer } from "./glossary";

const terms = [
  { en: "Liaoning", zh: "辽宁" },
  { en: "Shenyang", zh: "沈阳" },
  { en: "Dalian", zh: "大连" },
];

describe("glossary", () => {
  it("shows a reader of Chinese the Chinese side of an English text, and the reverse", () => {
    expect(localizer(glossaryMap(terms, "zh-CN"))("Liaoning")).toBe("辽宁");
    expect(localizer(glossaryMap(terms, "en"))("辽宁")).toBe("Liaoning");
  });

  it("leaves a text in the reader's language, and any text it does not know, as entered", () => {
    expect(localizer(glossaryMap(terms, "en"))("Liaoning")).toBe("Liaoning");
    expect(localizer(glossaryMap(terms, "zh-CN"))("辽宁")).toBe("辽宁");
    expect(localizer(glossaryMap(terms, "zh-CN"))("Liaoning Province")).toBe("Liaoning Province");
    // Only whole texts: a prototype's property name is not a term.
    expect(localizer(glossaryMap(terms, "zh-CN"))("constructor")).toBe("constructor");
  });

  it("localizes each item of a list", () => {
    expect(localizeList(localizer(glossaryMap(terms, "zh-CN")), ["Shenyang", "Dalian", "Anshan"], "、")).toBe(
      "沈阳、大连、Anshan",
    );
  });
});
