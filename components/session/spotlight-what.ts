import type { Translate } from "@/lib/i18n/translate";
import type { SpotlightView } from "@/lib/session/data";

/** What the spotlight shows, in words: the analysis and the division of labour by name, a clause
 * or ballot by its title. */
export function spotlightWhat(spotlight: Pick<SpotlightView, "kind" | "title">, t: Translate): string {
  if (spotlight.kind === "ANALYSIS") return t("session.spotlight.analysis");
  if (spotlight.kind === "DIVISION") return t("session.spotlight.division");
  return spotlight.title ?? "";
}

/** The spotlight form's select value for it: the kind, with the target's id where it has one. */
export const spotlightValue = (spotlight: Pick<SpotlightView, "kind" | "id">) =>
  spotlight.id ? `${spotlight.kind}:${spotlight.id}` : spotlight.kind;
