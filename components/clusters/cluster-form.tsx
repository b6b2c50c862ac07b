"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { industryGroups } from "@/components/industries/industry-options";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { MultiComboboxField } from "@/components/ui/multi-combobox";
import { saveClusterAction } from "@/lib/industries/actions";

interface Cluster {
  id: string;
  version: number;
  name: string;
  coreCity: string;
  memberCities: string[];
  industryCodes: string[];
  description: string;
}

interface Props {
  slug: string;
  cluster?: Cluster;
  /** Industries submitted in some delegation's plan, listed first. */
  plannedCodes: readonly string[];
}

export function ClusterForm({ slug, cluster, plannedCodes }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  // The version the form was opened on: a live refresh must not turn a stale save into a silent overwrite.
  const [openedVersion] = useState(cluster?.version);
  return (
    <ActionForm
      className="stack"
      label={cluster ? t("clusters.edit", { name: cluster.name }) : t("clusters.add")}
      action={saveClusterAction.bind(null, slug)}
      onSuccess={(_result, form) => {
        if (!cluster) form.reset();
        router.refresh();
      }}
    >
      {cluster && (
        <>
          <input type="hidden" name="clusterId" value={cluster.id} />
          <input type="hidden" name="version" value={openedVersion} />
        </>
      )}
      <div className="row">
        <TextField name="name" label="clusters.fields.name" defaultValue={cluster?.name} required maxLength={80} />
        <TextField
          name="coreCity"
          label="clusters.fields.coreCity"
          defaultValue={cluster?.coreCity}
          required
          maxLength={60}
        />
      </div>
      <TextField
        name="memberCities"
        label="clusters.fields.memberCities"
        hint="industries.fields.hubCitiesHint"
        defaultValue={cluster?.memberCities.join(", ")}
      />
      <MultiComboboxField
        name="industryCodes"
        label="clusters.fields.specialisation"
        hint="clusters.fields.specialisationHint"
        groups={industryGroups(plannedCodes, locale, t)}
        defaultValues={cluster?.industryCodes}
      />
      <TextAreaField
        name="description"
        label="clusters.fields.description"
        rows={2}
        defaultValue={cluster?.description}
        maxLength={2000}
      />
      <SubmitButton label={cluster ? "common.save" : "clusters.add"} />
    </ActionForm>
  );
}
