import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { digestSections } from "./digest";

const row = (workshopId: string, type: string, count: number) => ({
  workshopId,
  title: `Workshop ${workshopId}`,
  slug: `w-${workshopId}`,
  type,
  count,
});

describe("digestSections", () => {
  it("names what people care about, with plurals, and counts the rest together, per workshop", () => {
    const rows = [
      row("a", "clause.proposed", 3),
      row("a", "ballot.opened", 1),
      row("a", "hand.raised", 12),
      row("a", "presence.x", 2),
      row("b", "member.joined", 1),
    ];
    expect(digestSections(createTranslator("en"), rows)).toEqual([
      {
        workshop: "Workshop a",
        slug: "w-a",
        lines: ["3 clauses proposed", "1 ballot opened", "14 other changes"],
      },
      { workshop: "Workshop b", slug: "w-b", lines: ["1 person joined"] },
    ]);
    expect(digestSections(createTranslator("zh-CN"), [row("a", "clause.proposed", 1)])[0]!.lines).toEqual([
      "提出了 1 条条款",
    ]);
  });
});
