"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { ConsensusRuleFields } from "./consensus-rule-fields";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { createWorkshopAction } from "@/lib/workshop/actions";

export function WorkshopForm({
  defaults,
}: {
  defaults: { mediumFrom: number; mediumTo: number; longFrom: number; longTo: number };
}) {
  const t = useT();
  const router = useRouter();
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
      <ConsensusRuleFields />
      <SubmitButton label="workshops.create" pendingLabel="common.saving" />
    </ActionForm>
  );
}
