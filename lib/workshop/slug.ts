import { randomBytes } from "node:crypto";

/** URL slug from a title: ASCII words, plus a random suffix so titles may repeat (and Chinese-only
 * titles still get a usable slug). */
export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const suffix = randomBytes(4).toString("hex").slice(0, 6);
  return base ? `${base}-${suffix}` : `workshop-${suffix}`;
}
