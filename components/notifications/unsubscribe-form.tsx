"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { unsubscribeAction } from "@/lib/notifications/actions";

/** A button, not the link itself: mail scanners open links, and must not unsubscribe anyone. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useT();
  const [done, setDone] = useState(false);
  if (done)
    return (
      <p className="notice" role="status">
        {t("notifications.unsubscribe.done")}
      </p>
    );
  return (
    <ActionForm
      label={t("notifications.unsubscribe.title")}
      action={() => unsubscribeAction(token)}
      onSuccess={() => setDone(true)}
    >
      <SubmitButton label="notifications.unsubscribe.confirm" />
    </ActionForm>
  );
}
