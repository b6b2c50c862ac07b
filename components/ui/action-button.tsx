"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import type { MessageKey, MessageParams } from "@/lib/i18n/translate";
import type { ActionResult } from "@/lib/server/result";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./field";

interface Props {
  action: () => Promise<ActionResult>;
  label: MessageKey;
  params?: MessageParams;
  variant?: "primary" | "secondary" | "danger";
  /** The action's result reaches this page as pushed state (components/live/pushed-store.ts), so
   * the page is not refreshed after it. */
  pushed?: boolean;
}

/** One button bound to a server action (no fields), showing its translated error in place. */
export function ActionButton({ action, label, params, variant = "secondary", pushed = false }: Props) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      // The form posts no fields: the action is called with none (server actions refuse arguments
      // they do not declare, lib/server/wire.ts).
      action={() => action()}
      onSuccess={pushed ? undefined : () => router.refresh()}
      label={t(label, params)}
      className="inline-form"
    >
      <SubmitButton label={label} params={params} variant={variant} />
    </ActionForm>
  );
}
