"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { saveFiguresAction } from "@/lib/costs/actions";

interface Props {
  slug: string;
  serviceId: string;
  delegation: { id: string; name: string };
  usage: number | null;
  customWeight: number | null;
  /** Facilitators also set the custom weight; a lead declares their own delegation's usage only. */
  withCustomWeight: boolean;
}

/** One delegation's figures for one service. An empty field clears the figure. */
export function FiguresForm({ slug, serviceId, delegation, usage, customWeight, withCustomWeight }: Props) {
  const t = useT();
  const router = useRouter();
  const label = withCustomWeight
    ? t("costs.figures.formOf", { delegation: delegation.name })
    : t("costs.figures.declare", { delegation: delegation.name });
  return (
    <ActionForm
      className="stack"
      label={label}
      action={saveFiguresAction.bind(null, slug)}
      onSuccess={() => router.refresh()}
    >
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="delegationId" value={delegation.id} />
      {/* A lead's form sits under a summary that already says this. */}
      {withCustomWeight && <p className="muted">{label}</p>}
      <div className="row">
        <TextField
          name="usage"
          label="costs.figures.usage"
          hint="costs.figures.usageHint"
          inputMode="decimal"
          defaultValue={usage ?? ""}
        />
        {withCustomWeight && (
          <TextField
            name="customWeight"
            label="costs.figures.customWeight"
            hint="costs.figures.customWeightHint"
            inputMode="decimal"
            defaultValue={customWeight ?? ""}
          />
        )}
      </div>
      <SubmitButton label="costs.figures.save" />
    </ActionForm>
  );
}
