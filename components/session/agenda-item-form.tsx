"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/field";
import { DateTimeField, useTimezoneOffset } from "@/components/ui/date-time-field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/session/actions";
import { phases } from "@/lib/workshop/phases";

export interface LinkChoices {
  clauses: Array<{ id: string; title: string }>;
  ballots: Array<{ id: string; title: string }>;
}

interface Props extends LinkChoices {
  slug: string;
  item?: { id: string; version: number; title: string; plannedMinutes: number; startsAt: string | null; link: string };
}

/** Adds an agenda item, or edits one (with the version it was opened on). */
export function AgendaItemForm({ slug, item, clauses, ballots }: Props) {
  const t = useT();
  const refresh = useRefreshAfterSave({ reset: !item });
  const [openedVersion, setOpenedVersion] = useState(item?.version);
  const offset = useTimezoneOffset();
  return (
    <ActionForm
      className="stack"
      label={item ? t("session.agenda.edit") : t("session.agenda.add")}
      action={item ? updateAgendaItemAction.bind(null, slug) : addAgendaItemAction.bind(null, slug)}
      onSuccess={(result, form) => {
        if (item) setOpenedVersion((v) => (v ?? 0) + 1);
        refresh(result, form);
      }}
    >
      {item && (
        <>
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="version" value={openedVersion} />
        </>
      )}
      <div className="row">
        <TextField
          name="title"
          label="session.agenda.fields.title"
          required
          maxLength={200}
          defaultValue={item?.title}
        />
        <TextField
          name="plannedMinutes"
          label="session.agenda.fields.plannedMinutes"
          type="number"
          min={1}
          max={600}
          required
          defaultValue={item?.plannedMinutes ?? 15}
        />
        <input type="hidden" name="timezoneOffset" value={offset ?? 0} />
        <DateTimeField
          name="startsAt"
          label="session.agenda.fields.startsAt"
          hint="session.agenda.fields.startsAtHint"
          value={item?.startsAt}
          offset={offset}
        />
      </div>
      <SelectField name="link" label="session.agenda.fields.link" defaultValue={item?.link ?? "NONE"}>
        <option value="NONE">{t("session.agenda.fields.linkNone")}</option>
        <option value="ANALYSIS">{t("session.agenda.fields.linkAnalysis")}</option>
        {phases.map((phase) => (
          <option key={phase} value={`PHASE:${phase}`}>
            {t("session.agenda.fields.linkPhase", { phase: t(`phases.${phase}`) })}
          </option>
        ))}
        {clauses.map((c) => (
          <option key={c.id} value={`CLAUSE:${c.id}`}>
            {t("session.agenda.fields.linkClause", { title: c.title })}
          </option>
        ))}
        {ballots.map((b) => (
          <option key={b.id} value={`BALLOT:${b.id}`}>
            {t("session.agenda.fields.linkBallot", { title: b.title })}
          </option>
        ))}
      </SelectField>
      <SubmitButton label={item ? "common.save" : "session.agenda.add"} />
    </ActionForm>
  );
}
