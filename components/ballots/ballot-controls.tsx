"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { closeBallotAction, deleteBallotAction, openBallotAction, setClosingTimeAction } from "@/lib/ballots/actions";
import { BallotForm, type BallotFormValues } from "./ballot-form";
import { DateTimeField, useTimezoneOffset } from "@/components/ui/date-time-field";

interface Props {
  slug: string;
  ballot: BallotFormValues & { status: string };
  brands: Array<{ id: string; label: string }>;
}

/** The facilitator's controls: edit, open or delete a draft; close an open ballot or move its closing time. */
export function BallotControls({ slug, ballot, brands }: Props) {
  const t = useT();
  return (
    <section className="card stack" aria-labelledby="ballot-controls">
      <h2 id="ballot-controls">{t("ballots.controls")}</h2>
      {ballot.status === "DRAFT" && (
        <>
          <div className="row">
            <ActionButton
              action={openBallotAction.bind(null, slug, ballot.id)}
              label="ballots.open"
              variant="primary"
            />
            <ActionButton
              action={deleteBallotAction.bind(null, slug, ballot.id, ballot.version)}
              label="ballots.delete"
              variant="danger"
            />
          </div>
          <details>
            <summary>{t("ballots.edit")}</summary>
            <BallotForm slug={slug} brands={brands} ballot={ballot} />
          </details>
        </>
      )}
      {ballot.status === "OPEN" && (
        <>
          <ActionButton action={closeBallotAction.bind(null, slug, ballot.id)} label="ballots.close" variant="danger" />
          <ClosingTimeForm slug={slug} ballotId={ballot.id} closesAt={ballot.closesAt} />
        </>
      )}
    </section>
  );
}

function ClosingTimeForm({ slug, ballotId, closesAt }: { slug: string; ballotId: string; closesAt: string | null }) {
  const t = useT();
  const offset = useTimezoneOffset();
  const refresh = useRefreshAfterSave({ reset: false });
  return (
    <ActionForm action={setClosingTimeAction.bind(null, slug)} onSuccess={refresh} label={t("ballots.closingTime")}>
      <input type="hidden" name="ballotId" value={ballotId} />
      <input type="hidden" name="timezoneOffset" value={offset ?? 0} />
      <DateTimeField
        name="closesAt"
        label="ballots.fields.closesAt"
        hint="ballots.fields.closesAtHint"
        value={closesAt}
        offset={offset}
      />
      <SubmitButton label="ballots.setClosingTime" variant="secondary" />
    </ActionForm>
  );
}
