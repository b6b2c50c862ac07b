"use client";

import { useRouter } from "next/navigation";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { industryGroups } from "@/components/industries/industry-options";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { MultiComboboxField } from "@/components/ui/multi-combobox";
import { proposeClauseAction } from "@/lib/plan/actions";

interface Props {
  slug: string;
  sections: Array<{ id: string; title: string }>;
  objectives: Array<{ id: string; code: string; title: string }>;
  clusters: Array<{ id: string; name: string }>;
  /** Industries submitted in some delegation's plan, listed first. */
  plannedCodes: readonly string[];
}

export function ProposeClauseForm({ slug, sections, objectives, clusters, plannedCodes }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  return (
    <ActionForm
      className="stack"
      label={t("plan.propose")}
      action={proposeClauseAction.bind(null, slug)}
      onSuccess={(result) => router.push(`/w/${slug}/plan/${result.id}`)}
    >
      <div className="row">
        <SelectField name="sectionId" label="plan.fields.section" defaultValue={sections[0]?.id}>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </SelectField>
        <SelectField name="horizon" label="industries.fields.horizon" defaultValue="BOTH">
          <option value="BOTH">{t("plan.horizon.BOTH")}</option>
          <option value="MEDIUM">{t("plan.horizon.MEDIUM")}</option>
          <option value="LONG">{t("plan.horizon.LONG")}</option>
        </SelectField>
      </div>
      <TextField name="title" label="plan.fields.title" required maxLength={200} />
      <TextAreaField name="text" label="plan.fields.text" hint="industries.fields.rationaleHint" rows={6} required />
      <MultiComboboxField
        name="industryCodes"
        label="plan.fields.industries"
        hint="clusters.fields.specialisationHint"
        groups={industryGroups(plannedCodes, locale, t)}
      />
      {clusters.length > 0 && (
        <MultiComboboxField
          name="clusterIds"
          label="nav.clusters"
          groups={[{ label: t("nav.clusters"), items: clusters.map((c) => ({ value: c.id, label: c.name })) }]}
        />
      )}
      {objectives.length > 0 && (
        <MultiComboboxField
          name="objectiveIds"
          label="plan.fields.objectives"
          groups={[
            {
              label: t("plan.fields.objectives"),
              items: objectives.map((o) => ({ value: o.id, label: `${o.code} ${o.title}` })),
            },
          ]}
        />
      )}
      <SubmitButton label="plan.propose" />
    </ActionForm>
  );
}
