"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { IndustryPicker } from "@/components/industries/industry-picker";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { proposeBrandAction, updateBrandAction } from "@/lib/ballots/actions";

export interface BrandFormValues {
  id: string;
  version: number;
  nameEn: string | null;
  nameZh: string | null;
  industryCode: string;
  description: string;
  clusterId: string | null;
}

interface Props {
  slug: string;
  clusters: Array<{ id: string; name: string }>;
  /** Offered to facilitators only, who name the sponsors of a new proposal. */
  delegations?: Array<{ id: string; name: string }>;
  brand?: BrandFormValues;
}

/** Proposes a regional brand, or edits one (with the version it was opened on). */
export function BrandForm({ slug, clusters, delegations, brand }: Props) {
  const t = useT();
  const refresh = useRefreshAfterSave({ reset: !brand });
  const [openedVersion, setOpenedVersion] = useState(brand?.version);
  return (
    <ActionForm
      className="stack"
      label={brand ? t("brands.edit") : t("brands.propose")}
      action={brand ? updateBrandAction.bind(null, slug) : proposeBrandAction.bind(null, slug)}
      onSuccess={(result, form) => {
        if (brand) setOpenedVersion((v) => (v ?? 0) + 1);
        refresh(result, form);
      }}
    >
      {brand && (
        <>
          <input type="hidden" name="proposalId" value={brand.id} />
          <input type="hidden" name="version" value={openedVersion} />
        </>
      )}
      <div className="row">
        <TextField name="nameEn" label="brands.fields.nameEn" maxLength={120} defaultValue={brand?.nameEn ?? ""} />
        <TextField
          name="nameZh"
          label="brands.fields.nameZh"
          maxLength={120}
          lang="zh-CN"
          defaultValue={brand?.nameZh ?? ""}
        />
      </div>
      <p className="field-hint">{t("brands.fields.nameHint")}</p>
      <IndustryPicker defaultCode={brand?.industryCode} />
      <TextAreaField
        name="description"
        label="brands.fields.description"
        rows={3}
        maxLength={4000}
        defaultValue={brand?.description}
      />
      <SelectField name="clusterId" label="brands.fields.cluster" defaultValue={brand?.clusterId ?? ""}>
        <option value="">{t("brands.fields.noCluster")}</option>
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {!brand && delegations && (
        <CheckboxGroup
          name="sponsorIds"
          legend="brands.fields.sponsors"
          choices={delegations.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <SubmitButton label={brand ? "common.save" : "brands.propose"} />
    </ActionForm>
  );
}
