"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton, TextField } from "@/components/ui/field";
import { proposeDivisionAction } from "@/lib/optimiser/actions";
import type { OptimiserInput } from "@/lib/optimiser/input";

/** The facilitator's knobs and "Propose", starting from the last proposal's settings. */
export function DivisionSettings({ slug, settings }: { slug: string; settings: OptimiserInput["settings"] | null }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      className="stack card"
      label={t("division.settingsTitle")}
      action={proposeDivisionAction.bind(null, slug)}
      onSuccess={() => router.refresh()}
    >
      <h2>{t("division.settingsTitle")}</h2>
      <div className="row">
        <TextField
          name="redundancyPenalty"
          type="number"
          min={0}
          max={100}
          step="any"
          label="division.redundancyPenalty"
          hint="division.redundancyPenaltyHint"
          defaultValue={settings?.redundancyPenalty ?? 0.5}
        />
        <TextField
          name="fairnessFloor"
          type="number"
          min={0}
          max={100}
          step="any"
          label="division.fairnessFloor"
          hint="division.fairnessFloorHint"
          defaultValue={Math.round((settings?.fairnessFloor ?? 0.2) * 1000) / 10}
        />
        <TextField
          name="alternatives"
          type="number"
          min={1}
          max={5}
          label="division.alternatives"
          defaultValue={settings?.alternatives ?? 3}
        />
      </div>
      <CheckboxField name="partners" label="division.partners" defaultChecked={settings?.partners ?? true} />
      <SubmitButton label="division.propose" pendingLabel="division.proposing" />
    </ActionForm>
  );
}
