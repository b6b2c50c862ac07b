import type { ShownBallot } from "@/lib/ballots/live-data";
import type { VoteContent } from "@/lib/ballots/schema";
import type { Translate } from "@/lib/i18n/translate";

/** An open ballot shows each voter's choice (a secret ballot never reaches this component). */
export function OpenChoices({ view, t }: { view: ShownBallot; t: Translate }) {
  const labelOf = (id: string) => view.proposals.find((p) => p.id === id)?.label ?? id;
  const describe = (vote: VoteContent) => {
    if ("choice" in vote) return labelOf(vote.choice);
    if ("approvals" in vote) return vote.approvals.map(labelOf).join(", ") || t("ballots.vote.none");
    if ("scores" in vote) return view.proposals.map((p) => `${p.label}: ${vote.scores[p.id] ?? 0}`).join(", ");
    return vote.ranking.map((id, i) => `${i + 1}. ${labelOf(id)}`).join("  ");
  };
  return (
    <section className="card stack" aria-labelledby="open-choices">
      <h2 id="open-choices">{t("ballots.choices")}</h2>
      <ul className="plain-list" data-testid="open-choices">
        {view.openChoices.map((c, i) => (
          <li key={i}>
            <strong>{c.name}</strong> ({view.delegations.find((d) => d.id === c.delegationId)?.name}):{" "}
            {describe(c.vote)}
          </li>
        ))}
      </ul>
    </section>
  );
}
