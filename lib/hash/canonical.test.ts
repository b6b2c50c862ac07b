import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/industries/analysis-fixtures";
import { CanonicalJsonError, canonicalJson, contentHash, sha256Hex } from "@/lib/hash/canonical";

describe("canonical JSON", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("sorts keys by UTF-16 code units, as RFC 8785 does", () => {
    // "\u00e9" (é) < "\ud83d\ude00" (😀) < "\uff21" (Ａ) by code unit, although 😀 is the larger code point.
    expect(canonicalJson({ "\uff21": 1, "\u{1F600}": 2, "\u00e9": 3 })).toBe('{"é":3,"😀":2,"Ａ":1}');
  });

  it("normalises strings and keys to NFC", () => {
    const composed = "\u00e9"; // é
    const decomposed = "e\u0301"; // e + combining acute
    expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ [composed]: composed }));
    expect(contentHash("Caf" + decomposed)).toBe(contentHash("Caf" + composed));
    expect(() => canonicalJson({ [composed]: 1, [decomposed]: 2 })).toThrow(CanonicalJsonError);
  });

  it("writes numbers in their shortest form, -0 as 0, and refuses NaN and Infinity", () => {
    expect(canonicalJson([1, 1.5, 0.1, -0, 1e21, 1e-7, 100])).toBe("[1,1.5,0.1,0,1e+21,1e-7,100]");
    expect(() => canonicalJson(Number.NaN)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson([Infinity])).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(CanonicalJsonError);
  });

  it("escapes like JSON and keeps Chinese text as it is", () => {
    expect(canonicalJson({ title: '东北 "振兴"\n' })).toBe('{"title":"东北 \\"振兴\\"\\n"}');
  });

  it("does not depend on key insertion order (property)", () => {
    const random = createRandom(7);
    for (let run = 0; run < 50; run += 1) {
      const keys = Array.from({ length: 8 }, (_, i) => `k${random.int(0, 1000)}-${i}`);
      const original = Object.fromEntries(keys.map((k) => [k, random.int(-5, 5)]));
      const shuffled = Object.fromEntries(random.shuffle([...keys]).map((k) => [k, original[k]]));
      expect(canonicalJson(shuffled)).toBe(canonicalJson(original));
      expect(JSON.parse(canonicalJson(original))).toEqual(original);
    }
  });

  it("hashes UTF-8 bytes with SHA-256", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(contentHash({ b: 2, a: 1 })).toBe(sha256Hex('{"a":1,"b":2}'));
  });
});
