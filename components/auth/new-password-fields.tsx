"use client";

import { TextField } from "@/components/ui/field";
import type { MessageKey } from "@/lib/i18n/translate";

/** A new password and its repetition (sign-up, reset, account settings): `password` and
 * `confirmPassword`, as every password schema reads them. */
export function NewPasswordFields({
  label,
  hint,
  confirmLabel,
}: {
  label: MessageKey;
  hint: MessageKey;
  confirmLabel: MessageKey;
}) {
  return (
    <>
      <TextField name="password" label={label} type="password" autoComplete="new-password" hint={hint} required />
      <TextField name="confirmPassword" label={confirmLabel} type="password" autoComplete="new-password" required />
    </>
  );
}
