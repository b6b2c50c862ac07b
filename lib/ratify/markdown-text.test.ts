import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text";

describe("markdownToText", () => {
  it("drops emphasis markers and keeps the words", () => {
    expect(markdownToText("Builds the **regional grid** and *one* `timetable`.")).toBe(
      "Builds the regional grid and one timetable.",
    );
  });

  it("keeps paragraphs apart, list bullets and numbers, and a link's address", () => {
    const text = markdownToText(
      "First paragraph.\n\nSecond, see [the plan](https://example.org/plan).\n\n- Shenyang\n- Dalian\n\n3. three\n4. four",
    );
    expect(text).toBe(
      "First paragraph.\nSecond, see the plan (https://example.org/plan).\n• Shenyang\n• Dalian\n3. three\n4. four",
    );
  });

  it("leaves plain text, Chinese and characters HTML would escape as they are", () => {
    expect(markdownToText("一汽集团整车与新能源平台。")).toBe("一汽集团整车与新能源平台。");
    expect(markdownToText('Premium vehicles & power-train, "Shenyang first" <2030>.')).toBe(
      'Premium vehicles & power-train, "Shenyang first" <2030>.',
    );
  });
});
