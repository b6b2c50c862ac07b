import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { notificationText } from "./text";

describe("notificationText", () => {
  it("asks for one clause's stance by its title, and for several at once by their number", () => {
    const en = createTranslator("en");
    expect(notificationText(en, "STANCE_NEEDED", { clause: "Autos", count: 1 })).toBe(
      "Your delegation's stance is awaited on “Autos”",
    );
    expect(notificationText(en, "STANCE_NEEDED", { clause: "Autos", count: 3 })).toBe(
      "Your delegation's stance is awaited on 3 clauses, starting with “Autos”",
    );
    expect(notificationText(createTranslator("zh-CN"), "BALLOT_CLOSING", { ballot: "品牌", count: 5 })).toBe(
      "“品牌”将在 5 分钟后截止",
    );
  });
});
