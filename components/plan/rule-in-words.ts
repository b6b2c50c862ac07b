import type { Translate } from "@/lib/i18n/translate";

/** The workshop's consensus rule in the reader's language, as on the workshop overview. */
export function ruleInWords(
  workshop: { consensusRule: string; minSupport: number; majorityShare: unknown; doubleMajority: boolean },
  t: Translate,
): string {
  const kind = workshop.consensusRule as "UNANIMITY" | "CONSENSUS_MINUS_ONE" | "QUALIFIED_MAJORITY";
  const parts = [t(`consensusRules.${kind}`)];
  if (kind === "UNANIMITY") parts.push(t("workshop.minSupportValue", { count: workshop.minSupport }));
  if (kind === "QUALIFIED_MAJORITY")
    parts.push(t("workshop.majorityShareValue", { percent: Math.round(Number(workshop.majorityShare ?? 0) * 100) }));
  if (workshop.doubleMajority) parts.push(t("workshop.fields.doubleMajority"));
  return parts.join(" · ");
}
