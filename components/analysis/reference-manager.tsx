"use client";

import { useRouter } from "next/navigation";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { IndustryPicker } from "@/components/industries/industry-picker";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/field";
import { deleteReferenceAction, saveReferenceAction } from "@/lib/industries/actions";
import { industryByCode } from "@/lib/industries/classification";

interface Reference {
  id: string;
  industryCode: string;
  horizon: "MEDIUM" | "LONG" | null;
  value: number;
  unit: string;
  note: string;
}

/** The facilitator's regional references (e.g. projected regional demand) per industry. */
export function ReferenceManager({ slug, references }: { slug: string; references: Reference[] }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <div className="stack">
      {references.length > 0 && (
        <ul className="plain-list">
          {references.map((r) => {
            const industry = industryByCode(r.industryCode);
            return (
              <li key={r.id} className="row">
                <span>
                  <strong>
                    {r.industryCode} {industry ? (locale === "zh-CN" ? industry.nameZh : industry.nameEn) : ""}
                  </strong>{" "}
                  · {r.horizon ? t(`analysis.horizonShort.${r.horizon}`) : t("analysis.bothHorizons")} ·{" "}
                  {n.format(r.value)} {r.unit}
                  {r.note && <span className="muted"> · {r.note}</span>}
                </span>
                <ActionButton action={() => deleteReferenceAction(slug, r.id)} label="common.delete" variant="danger" />
              </li>
            );
          })}
        </ul>
      )}
      <ActionForm
        className="stack"
        label={t("analysis.references.add")}
        action={saveReferenceAction.bind(null, slug)}
        onSuccess={(_r, form) => (form.reset(), router.refresh())}
      >
        <IndustryPicker />
        <div className="row">
          <SelectField name="horizon" label="industries.fields.horizon" defaultValue="">
            <option value="">{t("analysis.bothHorizons")}</option>
            <option value="MEDIUM">{t("analysis.horizonShort.MEDIUM")}</option>
            <option value="LONG">{t("analysis.horizonShort.LONG")}</option>
          </SelectField>
          <TextField name="value" label="analysis.references.value" type="number" step="any" min={0} required />
          <TextField
            name="unit"
            label="industries.fields.targetUnit"
            hint="analysis.references.unitHint"
            required
            maxLength={40}
          />
        </div>
        <TextField name="note" label="analysis.references.note" maxLength={300} />
        <SubmitButton label="analysis.references.add" />
      </ActionForm>
    </div>
  );
}
