"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { createEntryAction, updateEntryAction } from "@/lib/industries/actions";
import type { ActionFailure } from "@/lib/server/result";
import { IndustryPicker } from "./industry-picker";
import { ConflictNotice } from "./conflict-notice";

export interface EntryFormValues {
  id: string;
  version: number;
  industryCode: string;
  horizon: "MEDIUM" | "LONG";
  targetValue: number | null;
  targetUnit: string | null;
  investmentAmount: number | null;
  investmentCurrency: string | null;
  hubCities: string[];
  priority: number;
  rationale: string;
  clusterId: string | null;
}

interface Props {
  slug: string;
  delegationId: string;
  clusters: Array<{ id: string; name: string }>;
  horizons: { MEDIUM: string; LONG: string };
  /** The workshop's usual currency (lib/industries/currency.ts): the field starts with it. */
  currency: string;
  entry?: EntryFormValues;
  onDone?: () => void;
}

/** Adds an entry to the delegation's list, or edits one (a stale edit shows the other version). */
export function PlanEntryForm({ slug, delegationId, clusters, horizons, currency, entry, onDone }: Props) {
  const t = useT();
  const router = useRouter();
  const [conflict, setConflict] = useState<ActionFailure["current"] | null>(null);
  // The version the form was opened on. Not `entry.version`: a live refresh brings the newer
  // version in while the form is open, and a stale save would then overwrite without a conflict.
  const [openedVersion] = useState(entry?.version);
  const action = entry ? updateEntryAction.bind(null, slug) : createEntryAction.bind(null, slug, delegationId);
  return (
    <ActionForm
      className="stack"
      label={entry ? t("industries.editEntry") : t("industries.addEntry")}
      action={async (formData) => {
        const result = await action(formData);
        setConflict(!result.ok && result.code === "errors.entryConflict" ? (result.current ?? null) : null);
        return result;
      }}
      onSuccess={(_result, form) => {
        if (!entry) form.reset();
        onDone?.();
        router.refresh();
      }}
    >
      {entry && (
        <>
          <input type="hidden" name="entryId" value={entry.id} />
          {/* After a conflict, saving again deliberately replaces the other version. */}
          <input
            type="hidden"
            name="version"
            value={typeof conflict?.version === "number" ? conflict.version : openedVersion}
          />
        </>
      )}
      {conflict && <ConflictNotice current={conflict} />}
      <IndustryPicker defaultCode={entry?.industryCode} />
      <div className="row">
        <SelectField name="horizon" label="industries.fields.horizon" defaultValue={entry?.horizon ?? "MEDIUM"}>
          <option value="MEDIUM">{horizons.MEDIUM}</option>
          <option value="LONG">{horizons.LONG}</option>
        </SelectField>
        <SelectField
          name="priority"
          label="industries.fields.priority"
          hint="industries.fields.priorityHint"
          defaultValue={String(entry?.priority ?? 3)}
        >
          {[5, 4, 3, 2, 1].map((p) => (
            <option key={p} value={p}>
              {t("industries.priorityValue", { priority: p })}
            </option>
          ))}
        </SelectField>
        {clusters.length > 0 && (
          <SelectField name="clusterId" label="industries.fields.cluster" defaultValue={entry?.clusterId ?? ""}>
            <option value="">{t("industries.noCluster")}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div className="row">
        <TextField
          name="targetValue"
          label="industries.fields.targetValue"
          type="number"
          step="any"
          min={0}
          defaultValue={entry?.targetValue ?? ""}
        />
        <TextField
          name="targetUnit"
          label="industries.fields.targetUnit"
          placeholder={t("industries.fields.targetUnitExample")}
          defaultValue={entry?.targetUnit ?? ""}
          maxLength={40}
        />
        <TextField
          name="investmentAmount"
          label="industries.fields.investmentAmount"
          type="number"
          step="any"
          min={0}
          defaultValue={entry?.investmentAmount ?? ""}
        />
        <TextField
          name="investmentCurrency"
          label="industries.fields.currency"
          defaultValue={entry?.investmentCurrency ?? currency}
          maxLength={3}
        />
      </div>
      <TextField
        name="hubCities"
        label="industries.fields.hubCities"
        hint="industries.fields.hubCitiesHint"
        defaultValue={entry?.hubCities.join(", ") ?? ""}
      />
      <TextAreaField
        name="rationale"
        label="industries.fields.rationale"
        hint="industries.fields.rationaleHint"
        rows={3}
        maxLength={4000}
        defaultValue={entry?.rationale ?? ""}
      />
      <div className="row">
        <SubmitButton label={entry ? "common.save" : "industries.addEntry"} />
        {entry && onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </ActionForm>
  );
}
