"use client";

import { useRouter } from "next/navigation";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { industries } from "@/lib/industries/classification";
import { proposeClauseAction } from "@/lib/plan/actions";

interface Props {
  slug: string;
  sections: Array<{ id: string; title: string }>;
  objectives: Array<{ id: string; code: string; title: string }>;
  clusters: Array<{ id: string; name: string }>;
}

export function ProposeClauseForm({ slug, sections, objectives, clusters }: Props) {
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
      <div className="row">
        <SelectField
          name="industryCodes"
          label="plan.fields.industries"
          hint="clusters.fields.specialisationHint"
          multiple
          size={6}
        >
          {industries.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {locale === "zh-CN" ? i.nameZh : i.nameEn}
            </option>
          ))}
        </SelectField>
        {clusters.length > 0 && (
          <SelectField name="clusterIds" label="nav.clusters" multiple size={Math.min(6, clusters.length)}>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
        {objectives.length > 0 && (
          <SelectField
            name="objectiveIds"
            label="plan.fields.objectives"
            multiple
            size={Math.min(6, objectives.length)}
          >
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} {o.title}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <SubmitButton label="plan.propose" />
    </ActionForm>
  );
}
