import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/industries/analysis-fixtures";
import { diffWords, tokenise, type DiffSegment } from "./diff";

const side = (segments: DiffSegment[], drop: DiffSegment["kind"]) =>
  segments
    .filter((s) => s.kind !== drop)
    .map((s) => s.text)
    .join("");
/** The guarantees every diff must satisfy. */
function expectValid(a: string, b: string, segments: DiffSegment[]) {
  expect(side(segments, "insert")).toBe(a);
  expect(side(segments, "delete")).toBe(b);
  segments.forEach((s, i) => {
    expect(s.text).not.toBe("");
    expect(s.kind).not.toBe(segments[i - 1]?.kind);
  });
}

describe("tokenise", () => {
  it("makes every Chinese character a token, and keeps words, numbers, spaces and punctuation whole", () => {
    expect(tokenise("以大连为核心, the AI产业 grows 3.5% in 2025年。\n- item")).toEqual(
      ["以", "大", "连", "为", "核", "心", ",", " ", "the", " ", "AI", "产", "业", " ", "grows", " "].concat([
        "3.5",
        "%",
        " ",
        "in",
        " ",
        "2025",
        "年",
        "。",
        "\n",
        "-",
        " ",
        "item",
      ]),
    );
    expect(tokenise("ひらがなカタカナ")).toHaveLength(8);
    expect(tokenise("")).toEqual([]);
  });
});

describe("diffWords examples", () => {
  it("changes one English word, and reads a run of changed words as one replacement", () => {
    const a = "Dalian is the core of the automobile cluster.";
    const b = "Shenyang is the core of the automobile cluster.";
    expect(diffWords(a, b)).toEqual([
      { kind: "delete", text: "Dalian" },
      { kind: "insert", text: "Shenyang" },
      { kind: "equal", text: " is the core of the automobile cluster." },
    ]);
    expect(diffWords("the big red dog barks", "a small blue cat barks")).toEqual([
      { kind: "delete", text: "the big red dog" },
      { kind: "insert", text: "a small blue cat" },
      { kind: "equal", text: " barks" },
    ]);
  });
  it("diffs Chinese character by character", () => {
    expect(diffWords("以大连为核心", "以沈阳为核心")).toEqual([
      { kind: "equal", text: "以" },
      { kind: "delete", text: "大连" },
      { kind: "insert", text: "沈阳" },
      { kind: "equal", text: "为核心" },
    ]);
    expect(diffWords("建设汽车产业集群。", "建设汽车和装备产业集群；")).toEqual([
      { kind: "equal", text: "建设汽车" },
      { kind: "insert", text: "和装备" },
      { kind: "equal", text: "产业集群" },
      { kind: "delete", text: "。" },
      { kind: "insert", text: "；" },
    ]);
  });
  it("keeps the lines of a Markdown list apart, whole list items added or removed", () => {
    const a = "## Targets\n\n- 1 million vehicles\n- two hubs\n- **Dalian** port\n";
    const b = "## Targets\n\n- 1.2 million vehicles\n- **Dalian** port\n- 长春 logistics\n";
    const segments = diffWords(a, b);
    expectValid(a, b, segments);
    expect(segments).toEqual([
      { kind: "equal", text: "## Targets\n\n- " },
      { kind: "delete", text: "1" },
      { kind: "insert", text: "1.2" },
      { kind: "equal", text: " million vehicles\n" },
      { kind: "delete", text: "- two hubs\n" },
      { kind: "equal", text: "- **Dalian** port\n" },
      { kind: "insert", text: "- 长春 logistics\n" },
    ]);
  });
  it("gives one equal segment for identical texts, and a lone insertion or deletion against empty text", () => {
    expect(diffWords("同一文本 same text", "同一文本 same text")).toEqual([
      { kind: "equal", text: "同一文本 same text" },
    ]);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "新")).toEqual([{ kind: "insert", text: "新" }]);
    expect(diffWords("old", "")).toEqual([{ kind: "delete", text: "old" }]);
  });
});

// Random texts mixing English, Chinese, numbers, Markdown, emoji (surrogate pairs) and line breaks.
const PIECES = ["Dalian", "plan", "the", "2025", "3.5", "核", "心", "大", "连", "产", "业", "，", "。", ",", "."];
const SEPARATORS = [" ", "  ", "\n", "\r\n", "", "", "- ", "**", "🚗", "\t"];
function randomText(random: Random, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += random.pick(PIECES) + random.pick(SEPARATORS);
  return text;
}
/** A few insertions, deletions and replacements of characters (not necessarily at token boundaries). */
function edit(random: Random, text: string): string {
  const chars = Array.from(text);
  for (let n = random.int(1, 6); n > 0; n--) {
    const at = random.int(0, chars.length);
    chars.splice(at, random.int(0, 4), ...Array.from(randomText(random, random.int(0, 2))));
  }
  return chars.join("");
}

describe("diffWords properties (300 random pairs each)", () => {
  it("tokens concatenate back to the text", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(createRandom(seed), 30);
      expect(tokenise(text).join("")).toBe(text);
    }
  });
  it("equal + delete = a and equal + insert = b, with merged, non-empty segments (edited and unrelated texts)", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = createRandom(seed);
      const a = randomText(random, random.int(0, 40));
      const b = random.chance(0.7) ? edit(random, a) : randomText(random, random.int(0, 40));
      expectValid(a, b, diffWords(a, b));
      expectValid(b, a, diffWords(b, a));
    }
  });
  it("the guarantees hold on the fallbacks too (line level, refined or not; whole replacement)", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = createRandom(seed);
      const a = randomText(random, random.int(0, 40));
      const b = random.chance(0.7) ? edit(random, a) : randomText(random, random.int(0, 40));
      const limits = { maxEditDistance: random.int(0, 20), workBudget: random.int(50, 3000) };
      expectValid(a, b, diffWords(a, b, limits));
    }
  });
  it("identical texts are one equal segment; lines appended or removed are exactly one insertion or deletion", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = createRandom(seed);
      const a = randomText(random, random.int(1, 40));
      expect(diffWords(a, a)).toEqual([{ kind: "equal", text: a }]);
      const added = `\n${randomText(random, random.int(1, 5))}`;
      expect(diffWords(a, a + added)).toEqual([
        { kind: "equal", text: a },
        { kind: "insert", text: added },
      ]);
      const removed = `${randomText(random, random.int(1, 5))}\n`;
      expect(diffWords(removed + a, a)).toEqual([
        { kind: "delete", text: removed },
        { kind: "equal", text: a },
      ]);
    }
  });
});

describe("diffWords on long texts", () => {
  const random = createRandom(42);
  const long = (n: number) => {
    let text = "";
    while (text.length < n) text += randomText(random, 50) + "\n\n";
    return text.slice(0, n);
  };
  it("finds a small change in a 20,000-character text word by word", () => {
    const a = long(20_000);
    const b = `${a.slice(0, 10_000)}沈阳 Shenyang${a.slice(10_000)}`;
    const segments = diffWords(a, b);
    expectValid(a, b, segments);
    expect(segments.filter((s) => s.kind !== "equal")).toEqual([{ kind: "insert", text: "沈阳 Shenyang" }]);
  });
  it("stays fast and correct on unrelated 20,000-character texts (line-level fallback)", () => {
    for (const [a, b] of [
      [long(20_000), long(20_000)],
      [long(20_000).replace(/\s/g, ""), long(20_000).replace(/\s/g, "")],
    ] as const) {
      const started = performance.now();
      const segments = diffWords(a, b);
      // Typically ~100–200 ms; the bound is loose so that a busy machine does not fail the test.
      expect(performance.now() - started).toBeLessThan(3000);
      expectValid(a, b, segments);
    }
  });
});
