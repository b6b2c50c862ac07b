"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm, useFormState } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { castVoteAction } from "@/lib/ballots/actions";
import { checkVote, voteFromForm, type BallotMethod, type VoteContent } from "@/lib/ballots/schema";
import type { VerifiableMethod } from "@/lib/verifiable/encoding";
import { castEncryptedVoteAction } from "@/lib/verifiable/actions";
import { isMessageKey } from "@/lib/i18n/translate";
import { RankingInput } from "./ranking-input";

interface Props {
  slug: string;
  ballotId: string;
  method: BallotMethod;
  options: Array<{ id: string; label: string }>;
  ownVote: VoteContent | null;
  hasVoted: boolean;
  /** An encrypted ballot's public key: the vote is encrypted and proven in this browser. */
  publicKey?: string | null;
}

/**
 * The voter's ballot for the ballot's method. Casting again replaces the earlier vote. A cast
 * refreshes nothing: the form keeps the choice as the voter left it, and turnout and results
 * arrive pushed (a room voting at once would otherwise render the page once per vote).
 */
export function VoteForm({ slug, ballotId, method, options, ownVote, hasVoted: votedBefore, publicKey }: Props) {
  const t = useT();
  const [hasVoted, setHasVoted] = useState(votedBefore);
  const [tracker, setTracker] = useState<string | null>(null);
  const optionIds = options.map((o) => o.id);
  // What the last cast did; cleared by a failed cast, so "recorded" never stands beside an error.
  const [saved, setSaved] = useState<"cast" | "changed" | null>(null);
  return (
    <ActionForm
      className="stack vote-form"
      label={t("ballots.vote.title")}
      action={
        publicKey
          ? (form) => castEncrypted(slug, ballotId, method, optionIds, publicKey, form)
          : castVoteAction.bind(null, slug)
      }
      onSuccess={(result) => {
        setHasVoted(true);
        setSaved(result.changed ? "changed" : "cast");
        if ("tracker" in result) setTracker(String(result.tracker));
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
      {tracker && <TrackerCheck slug={slug} ballotId={ballotId} tracker={tracker} />}
    </ActionForm>
  );
}

/**
 * An encrypted ballot's cast: the form's vote, checked as the server would check a plain one, then
 * encrypted with its proofs in this browser (the cryptography loads on the first cast). Only
 * ciphertexts and proofs are sent.
 */
async function castEncrypted(
  slug: string,
  ballotId: string,
  method: BallotMethod,
  optionIds: string[],
  publicKey: string,
  form: FormData,
) {
  const vote = voteFromForm(method, form);
  const problem = checkVote(method, optionIds, vote);
  if (problem) return { ok: false as const, code: "errors.checkFields" as const, fieldErrors: { vote: problem } };
  const { encryptVote } = await import("@/lib/verifiable/browser");
  const encrypted = encryptVote(method.toLowerCase() as VerifiableMethod, optionIds, ballotId, publicKey, vote);
  return castEncryptedVoteAction(slug, ballotId, encrypted);
}

/** The voter's tracker, and a check that the public board lists it as a counted ballot. */
function TrackerCheck({ slug, ballotId, tracker }: { slug: string; ballotId: string; tracker: string }) {
  const t = useT();
  const [found, setFound] = useState<boolean | null>(null);
  const check = async () => {
    const response = await fetch(`/api/w/${slug}/ballots/${ballotId}/board`, { cache: "no-store" });
    const board = response.ok
      ? ((await response.json()) as { ballots: Array<{ tracker: string; replacedBy?: string }> })
      : null;
    setFound(board?.ballots.some((b) => b.tracker === tracker && b.replacedBy === undefined) ?? false);
  };
  return (
    <div className="stack" data-testid="tracker">
      <p>
        {t("ballots.encrypted.tracker")}: <code className="tracker">{tracker}</code>
      </p>
      <p className="muted">{t("ballots.encrypted.trackerHint")}</p>
      <p className="row">
        <button type="button" className="button" onClick={() => void check()}>
          {t("ballots.encrypted.checkBoard")}
        </button>
        <span role="status" data-testid="tracker-status">
          {found === null ? "" : t(found ? "ballots.encrypted.onBoard" : "ballots.encrypted.notOnBoard")}
        </span>
      </p>
    </div>
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
