"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { createServiceAction, updateServiceAction } from "@/lib/costs/actions";
import type { AllocationRule } from "@/lib/costs/allocation";
import { RuleFields } from "./rule-fields";

export interface ServiceFormValues {
  id: string;
  version: number;
  name: string;
  description: string;
  currency: string;
  /** The annual cost as the user would type it, e.g. "120000000.00". */
  annualCost: string;
  rule: AllocationRule;
}

/** Adds a shared service, or edits one (with the version it was opened on: a stale save is a conflict). */
export function ServiceForm({ slug, service }: { slug: string; service?: ServiceFormValues }) {
  const t = useT();
  const router = useRouter();
  // Not `service.version`: a live refresh brings a newer version in while the form is open, and a
  // stale save would then overwrite without a conflict. A successful save moves it to the saved one.
  const [openedVersion, setOpenedVersion] = useState(service?.version);
  return (
    <ActionForm
      className="stack"
      label={service ? t("costs.edit", { name: service.name }) : t("costs.add")}
      action={service ? updateServiceAction.bind(null, slug) : createServiceAction.bind(null, slug)}
      onSuccess={(result, form) => {
        if (!service) form.reset();
        if ("version" in result && typeof result.version === "number") setOpenedVersion(result.version);
        router.refresh();
      }}
    >
      {service && (
        <>
          <input type="hidden" name="serviceId" value={service.id} />
          <input type="hidden" name="version" value={openedVersion} />
        </>
      )}
      <TextField name="name" label="costs.fields.name" defaultValue={service?.name} required maxLength={120} />
      <TextAreaField
        name="description"
        label="costs.fields.description"
        rows={2}
        maxLength={2000}
        defaultValue={service?.description}
      />
      <div className="row">
        <TextField
          name="annualCost"
          label="costs.fields.annualCost"
          hint="costs.fields.annualCostHint"
          inputMode="decimal"
          required
          defaultValue={service?.annualCost}
        />
        <TextField
          name="currency"
          label="costs.fields.currency"
          hint="costs.fields.currencyHint"
          required
          maxLength={3}
          size={5}
          defaultValue={service?.currency ?? "CNY"}
        />
      </div>
      <RuleFields rule={service?.rule} />
      <SubmitButton label={service ? "common.save" : "costs.add"} />
    </ActionForm>
  );
}
