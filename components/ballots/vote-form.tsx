"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm, useFormState } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { castVoteAction } from "@/lib/ballots/actions";
import type { BallotMethod, VoteContent } from "@/lib/ballots/schema";
import { isMessageKey } from "@/lib/i18n/translate";
import { RankingInput } from "./ranking-input";

interface Props {
  slug: string;
  ballotId: string;
  method: BallotMethod;
  options: Array<{ id: string; label: string }>;
  ownVote: VoteContent | null;
  hasVoted: boolean;
}

/**
 * The voter's ballot for the ballot's method. Casting again replaces the earlier vote. A cast
 * refreshes nothing: the form keeps the choice as the voter left it, and turnout and results
 * arrive pushed (a room voting at once would otherwise render the page once per vote).
 */
export function VoteForm({ slug, ballotId, method, options, ownVote, hasVoted: votedBefore }: Props) {
  const t = useT();
  const [hasVoted, setHasVoted] = useState(votedBefore);
  // What the last cast did; cleared by a failed cast, so "recorded" never stands beside an error.
  const [saved, setSaved] = useState<"cast" | "changed" | null>(null);
  return (
    <ActionForm
      className="stack vote-form"
      label={t("ballots.vote.title")}
      action={castVoteAction.bind(null, slug)}
      onSuccess={(result) => {
        setHasVoted(true);
        setSaved(result.changed ? "changed" : "cast");
      }}
      onFailure={() => setSaved(null)}
      messages={{ "errors.databaseUnavailable": "ballots.vote.notCounted" }}
    >
      {hasVoted && <p className="notice">{t("ballots.vote.alreadyVoted")}</p>}
      <input type="hidden" name="ballotId" value={ballotId} />
      <input type="hidden" name="method" value={method} />
      <VoteFields method={method} options={options} ownVote={ownVote} />
      <VoteError />
      <SubmitButton
        label={hasVoted ? "ballots.vote.change" : "ballots.vote.cast"}
        pendingLabel="ballots.vote.casting"
      />
      <p role="status" className="muted" data-testid="vote-status">
        {saved === "cast" ? t("ballots.vote.recorded") : saved === "changed" ? t("ballots.vote.replaced") : ""}
      </p>
    </ActionForm>
  );
}

/** Errors about the vote as a whole (a missing choice, a conflict of interest). */
function VoteError() {
  const t = useT();
  const { fieldErrors, formId } = useFormState();
  const error = fieldErrors.vote;
  if (!error) return null;
  return (
    <p className="field-error" id={`${formId}-vote`} tabIndex={-1}>
      {isMessageKey(error) ? t(error) : t("errors.invalid")}
    </p>
  );
}

function VoteFields({ method, options, ownVote }: Pick<Props, "method" | "options" | "ownVote">) {
  const t = useT();
  switch (method) {
    case "PLURALITY": {
      const chosen = ownVote && "choice" in ownVote ? ownVote.choice : null;
      return (
        <fieldset>
          <legend>{t("ballots.vote.pickOne")}</legend>
          {options.map((o) => (
            <label key={o.id} className="field-inline vote-option">
              <input type="radio" name="choice" value={o.id} defaultChecked={chosen === o.id} /> {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
    case "APPROVAL": {
      const approved = ownVote && "approvals" in ownVote ? ownVote.approvals : [];
      return (
        <fieldset>
          <legend>{t("ballots.vote.approveAny")}</legend>
          {options.map((o) => (
            <label key={o.id} className="field-inline vote-option">
              <input type="checkbox" name="approvals" value={o.id} defaultChecked={approved.includes(o.id)} /> {o.label}
            </label>
          ))}
        </fieldset>
      );
    }
    case "SCORE": {
      const scores = ownVote && "scores" in ownVote ? ownVote.scores : {};
      return (
        <fieldset>
          <legend>{t("ballots.vote.scoreEach")}</legend>
          {options.map((o) => (
            <label key={o.id} className="vote-option vote-score">
              <span>{o.label}</span>
              <select name={`score:${o.id}`} defaultValue={String(scores[o.id] ?? 0)}>
                {[0, 1, 2, 3, 4, 5].map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      );
    }
    default:
      return (
        <fieldset>
          <legend>{t("ballots.vote.rankThem")}</legend>
          <RankingInput options={options} initial={ownVote && "ranking" in ownVote ? ownVote.ranking : []} />
        </fieldset>
      );
  }
}
