// What a digest says: per workshop, how many of the changes people care about happened since the
// last one, in the reader's language; the rest counted together. Pure: the rows come from
// digest-mutations.ts.
import type { MessageKey, Translate } from "@/lib/i18n/translate";

/** Event types a digest names, with their plural message ("{count} clauses proposed"). */
const NAMED: Record<string, MessageKey> = {
  "plan.submitted": "digest.counts.plansSubmitted",
  "clause.proposed": "digest.counts.clausesProposed",
  "clause.statusChanged": "digest.counts.clauseDecisions",
  "amendment.proposed": "digest.counts.amendmentsProposed",
  "stance.official": "digest.counts.stances",
  "comment.added": "digest.counts.comments",
  "brand.proposed": "digest.counts.brandsProposed",
  "ballot.opened": "digest.counts.ballotsOpened",
  "ballot.closed": "digest.counts.ballotsClosed",
  "division.proposed": "digest.counts.divisionProposals",
  "plan.frozen": "digest.counts.planFrozen",
  "plan.signed": "digest.counts.signatures",
  "member.joined": "digest.counts.membersJoined",
};

export interface DigestRow {
  workshopId: string;
  title: string;
  slug: string;
  type: string;
  count: number;
}

export interface DigestSection {
  workshop: string;
  slug: string;
  lines: string[];
}

export function digestSections(t: Translate, rows: DigestRow[]): DigestSection[] {
  const byWorkshop = new Map<string, DigestRow[]>();
  for (const row of rows) byWorkshop.set(row.workshopId, [...(byWorkshop.get(row.workshopId) ?? []), row]);
  return [...byWorkshop.values()].map((own) => {
    const named = Object.entries(NAMED).flatMap(([type, key]) => {
      const count = own.filter((row) => row.type === type).reduce((sum, row) => sum + row.count, 0);
      return count > 0 ? [t(key, { count })] : [];
    });
    const others = own.filter((row) => !(row.type in NAMED)).reduce((sum, row) => sum + row.count, 0);
    return {
      workshop: own[0]!.title,
      slug: own[0]!.slug,
      lines: [...named, ...(others > 0 ? [t("digest.counts.other", { count: others })] : [])],
    };
  });
}
