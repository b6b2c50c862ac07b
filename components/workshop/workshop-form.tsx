"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { createWorkshopAction } from "@/lib/workshop/actions";

const rules = ["UNANIMITY", "CONSENSUS_MINUS_ONE", "QUALIFIED_MAJORITY"] as const;

export function WorkshopForm({
  defaults,
}: {
  defaults: { mediumFrom: number; mediumTo: number; longFrom: number; longTo: number };
}) {
  const t = useT();
  const router = useRouter();
  const [rule, setRule] = useState<(typeof rules)[number]>("UNANIMITY");
  return (
    <ActionForm
      className="stack card"
      action={createWorkshopAction}
      onSuccess={(result) => router.push(`/w/${result.slug}`)}
    >
      <TextField name="title" label="workshop.fields.title" required maxLength={120} />
      <TextField name="region" label="workshop.fields.region" required maxLength={120} />
      <TextAreaField name="description" label="workshop.fields.description" rows={3} maxLength={4000} />
      <fieldset>
        <legend>{t("workshop.fields.mediumHorizon")}</legend>
        <div className="row">
          <TextField
            name="mediumFrom"
            label="workshop.fields.fromYear"
            type="number"
            inputMode="numeric"
            defaultValue={defaults.mediumFrom}
            required
          />
          <TextField
            name="mediumTo"
            label="workshop.fields.toYear"
            type="number"
            inputMode="numeric"
            defaultValue={defaults.mediumTo}
            required
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("workshop.fields.longHorizon")}</legend>
        <div className="row">
          <TextField
            name="longFrom"
            label="workshop.fields.fromYear"
            type="number"
            inputMode="numeric"
            defaultValue={defaults.longFrom}
            required
          />
          <TextField
            name="longTo"
            label="workshop.fields.toYear"
            type="number"
            inputMode="numeric"
            defaultValue={defaults.longTo}
            required
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("workshop.fields.consensus")}</legend>
        <SelectField
          name="consensusRule"
          label="workshop.fields.consensusRule"
          value={rule}
          onChange={(event) => setRule(event.target.value as (typeof rules)[number])}
        >
          {rules.map((value) => (
            <option key={value} value={value}>
              {t(`consensusRules.${value}`)}
            </option>
          ))}
        </SelectField>
        {rule === "UNANIMITY" && (
          <TextField
            name="minSupport"
            label="workshop.fields.minSupport"
            hint="workshop.fields.minSupportHint"
            type="number"
            min={1}
            defaultValue={1}
          />
        )}
        {rule === "QUALIFIED_MAJORITY" && (
          <TextField
            name="majorityShare"
            label="workshop.fields.majorityShare"
            hint="workshop.fields.majorityShareHint"
            type="number"
            step="0.01"
            min={0.51}
            max={1}
            defaultValue="0.66"
          />
        )}
        <CheckboxField
          name="doubleMajority"
          label="workshop.fields.doubleMajority"
          hint="workshop.fields.doubleMajorityHint"
        />
      </fieldset>
      <SubmitButton label="workshops.create" pendingLabel="common.saving" />
    </ActionForm>
  );
}
