import type { DiffSegment } from "@/lib/plan/diff";
import type { Translate } from "@/lib/i18n/translate";

/** A word-level diff: insertions and deletions are marked by <ins>/<del> (announced by screen
 * readers through their visually hidden labels), not by colour alone. */
export function DiffView({ segments, t }: { segments: DiffSegment[]; t: Translate }) {
  return (
    <p className="diff" data-testid="diff">
      {segments.map((segment, index) =>
        segment.kind === "equal" ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === "insert" ? (
          <ins key={index}>
            <span className="visually-hidden">{t("plan.diff.inserted")} </span>
            {segment.text}
          </ins>
        ) : (
          <del key={index}>
            <span className="visually-hidden">{t("plan.diff.deleted")} </span>
            {segment.text}
          </del>
        ),
      )}
    </p>
  );
}
