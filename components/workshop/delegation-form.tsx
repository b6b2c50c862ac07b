"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { createDelegationAction, updateDelegationAction } from "@/lib/workshop/actions";

interface Existing {
  id: string;
  version: number;
  name: string;
  code: string;
  colour: string;
  population: string;
  populationUnit: string;
  populationYear: string;
  gdp: string;
  gdpUnit: string;
  gdpYear: string;
}

/** Adds a delegation, or edits one (with its version, so a concurrent edit is a conflict). */
export function DelegationForm({ slug, delegation }: { slug: string; delegation?: Existing }) {
  const t = useT();
  const router = useRouter();
  // The version the form was opened on: a live refresh must not turn a stale save into a silent overwrite.
  const [openedVersion] = useState(delegation?.version);
  const action = delegation ? updateDelegationAction.bind(null, slug) : createDelegationAction.bind(null, slug);
  return (
    <ActionForm
      className="stack"
      label={delegation ? t("delegations.edit", { name: delegation.name }) : t("delegations.add")}
      action={action}
      onSuccess={(_result, form) => {
        if (!delegation) form.reset();
        router.refresh();
      }}
    >
      {delegation && (
        <>
          <input type="hidden" name="delegationId" value={delegation.id} />
          <input type="hidden" name="version" value={openedVersion} />
        </>
      )}
      <div className="row">
        <TextField
          name="name"
          label="delegations.fields.name"
          defaultValue={delegation?.name}
          required
          maxLength={80}
        />
        <TextField
          name="code"
          label="delegations.fields.code"
          hint="delegations.fields.codeHint"
          defaultValue={delegation?.code}
          required
          maxLength={8}
        />
        <TextField
          name="colour"
          label="delegations.fields.colour"
          type="color"
          defaultValue={delegation?.colour ?? "#2563eb"}
        />
      </div>
      <div className="row">
        <TextField
          name="population"
          label="delegations.fields.population"
          type="number"
          step="any"
          min={0}
          defaultValue={delegation?.population}
        />
        <TextField
          name="populationUnit"
          label="delegations.fields.unit"
          placeholder={t("delegations.fields.populationUnitExample")}
          defaultValue={delegation?.populationUnit}
        />
        <TextField
          name="populationYear"
          label="delegations.fields.year"
          type="number"
          defaultValue={delegation?.populationYear}
        />
      </div>
      <div className="row">
        <TextField
          name="gdp"
          label="delegations.fields.gdp"
          type="number"
          step="any"
          min={0}
          defaultValue={delegation?.gdp}
        />
        <TextField
          name="gdpUnit"
          label="delegations.fields.unit"
          placeholder={t("delegations.fields.gdpUnitExample")}
          defaultValue={delegation?.gdpUnit}
        />
        <TextField name="gdpYear" label="delegations.fields.year" type="number" defaultValue={delegation?.gdpYear} />
      </div>
      <SubmitButton label={delegation ? "common.save" : "delegations.add"} />
    </ActionForm>
  );
}
