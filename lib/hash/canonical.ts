import { createHash } from "node:crypto";

// Canonical JSON: one text for one value, so that a hash identifies content, not formatting.
// Close to RFC 8785 (JCS), with Unicode normalisation added:
// - objects: members sorted by key (UTF-16 code units, as JavaScript compares strings), members
//   whose value is `undefined` left out, no whitespace;
// - strings (keys included): normalised to NFC first, so "é" typed as one or two code points is
//   the same text; then escaped as JSON.stringify does;
// - numbers: finite only (NaN and Infinity are errors); -0 is 0; otherwise JavaScript's shortest
//   round-trip form, as JSON.stringify writes it (1, 0.1, 1e+21);
// - arrays keep their order; true, false and null as themselves.
// The hash is SHA-256 of the canonical text's UTF-8 bytes, in lower-case hex.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

export class CanonicalJsonError extends Error {}

export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`not a finite number: ${value}`);
      return JSON.stringify(Object.is(value, -0) ? 0 : value);
    case "string":
      return JSON.stringify(value.normalize("NFC"));
    case "object": {
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key.normalize("NFC"), item] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i += 1)
        if (entries[i]![0] === entries[i - 1]![0])
          throw new CanonicalJsonError(`two keys normalise to ${JSON.stringify(entries[i]![0])}`);
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
    }
    default:
      throw new CanonicalJsonError(`not JSON: ${typeof value}`);
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The content hash of a value: SHA-256 of its canonical JSON. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
