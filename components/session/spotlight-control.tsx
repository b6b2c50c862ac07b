"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { clearSpotlightAction, spotlightFormAction } from "@/lib/session/actions";

interface Props {
  slug: string;
  clauses: Array<{ id: string; title: string }>;
  ballots: Array<{ id: string; title: string }>;
  /** The current spotlight as a select value, if any. */
  current: string | null;
}

/** The facilitator brings a clause, the analysis or a ballot onto every participant's screen. */
export function SpotlightControl({ slug, clauses, ballots, current }: Props) {
  const t = useT();
  const refresh = useRefreshAfterSave({ reset: false });
  return (
    <div className="stack">
      <ActionForm action={spotlightFormAction.bind(null, slug)} onSuccess={refresh} label={t("session.spotlight.set")}>
        <SelectField name="target" label="session.spotlight.target" defaultValue={current ?? "ANALYSIS"}>
          <option value="ANALYSIS">{t("session.spotlight.analysis")}</option>
          <option value="DIVISION">{t("session.spotlight.division")}</option>
          {clauses.map((c) => (
            <option key={c.id} value={`CLAUSE:${c.id}`}>
              {t("session.spotlight.clause", { title: c.title })}
            </option>
          ))}
          {ballots.map((b) => (
            <option key={b.id} value={`BALLOT:${b.id}`}>
              {t("session.spotlight.ballot", { title: b.title })}
            </option>
          ))}
        </SelectField>
        <SubmitButton label="session.spotlight.set" />
      </ActionForm>
      {current && <ActionButton action={clearSpotlightAction.bind(null, slug)} label="session.spotlight.clear" />}
    </div>
  );
}
