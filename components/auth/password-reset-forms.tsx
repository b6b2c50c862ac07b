"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/accounts/actions";
import { NewPasswordFields } from "./new-password-fields";

/** Asks for a reset link. The answer is the same whether the account exists or not. */
export function ForgotPasswordForm() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <div className="stack">
      <ActionForm
        className="stack"
        label={t("auth.forgotTitle")}
        action={requestPasswordResetAction}
        onSuccess={(_result, form) => setSentTo(String(new FormData(form).get("email") ?? "").trim())}
      >
        <TextField name="email" label="auth.email" type="email" autoComplete="email" required />
        <SubmitButton label="auth.sendResetLink" />
      </ActionForm>
      {sentTo && (
        <p className="notice" role="status" data-testid="reset-link-sent">
          {t("auth.resetLinkSent", { email: sentTo })}
        </p>
      )}
    </div>
  );
}

/** Sets the new password with the link's token; then to sign-in, every session having ended. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      className="stack"
      label={t("auth.resetTitle")}
      action={resetPasswordAction.bind(null, token)}
      onSuccess={() => router.replace("/sign-in?reset=1")}
    >
      <NewPasswordFields label="auth.newPassword" hint="auth.passwordHint" confirmLabel="auth.confirmPassword" />
      <SubmitButton label="auth.setPassword" />
    </ActionForm>
  );
}
