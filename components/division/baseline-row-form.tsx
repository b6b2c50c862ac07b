"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { DelegationSelect } from "./delegation-select";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/ui/field";
import { industries, industryLabel } from "@/lib/industries/classification";
import { saveBaselineRowAction } from "@/lib/optimiser/actions";

/** Enters or corrects one industry of a delegation's economic base; every field's error beside it. */
export function BaselineRowForm({
  slug,
  delegations,
  locale,
}: {
  slug: string;
  /** The delegations this member may write the base of. */
  delegations: Array<{ id: string; name: string }>;
  locale: string;
}) {
  const t = useT();
  const router = useRouter();
  return (
    <details className="stack">
      <summary>{t("division.baselineRow")}</summary>
      <ActionForm
        className="stack"
        label={t("division.baselineRow")}
        action={saveBaselineRowAction.bind(null, slug)}
        onSuccess={() => router.refresh()}
      >
        <div className="row">
          <DelegationSelect delegations={delegations} />
          <SelectField name="industryCode" label="division.industry" defaultValue="">
            <option value="" disabled>
              {t("division.chooseIndustry")}
            </option>
            {industries.map((industry) => (
              <option key={industry.code} value={industry.code}>
                {industryLabel(industry, locale)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="row">
          <TextField name="employment" label="division.employment" inputMode="numeric" required />
          <TextField name="output" label="division.output" inputMode="decimal" />
          <TextField name="exports" label="division.exports" inputMode="decimal" />
        </div>
        <div className="row">
          <TextField name="source" label="division.source" maxLength={200} />
          <TextField name="year" label="division.year" inputMode="numeric" />
        </div>
        <SubmitButton label="common.save" />
      </ActionForm>
    </details>
  );
}
