"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { setSpeakingLimitAction } from "@/lib/session/actions";

export function SpeakingLimitForm({ slug, seconds }: { slug: string; seconds: number | null }) {
  const t = useT();
  const refresh = useRefreshAfterSave({ reset: false });
  return (
    <ActionForm
      action={setSpeakingLimitAction.bind(null, slug)}
      onSuccess={refresh}
      label={t("session.queue.limit")}
      className="row"
    >
      <TextField
        name="seconds"
        label="session.queue.limit"
        hint="session.queue.limitHint"
        type="number"
        min={10}
        max={3600}
        defaultValue={seconds ?? ""}
      />
      <SubmitButton label="session.queue.setLimit" variant="secondary" />
    </ActionForm>
  );
}
