"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { changePasswordAction, renameAccountAction } from "@/lib/accounts/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

/** The name other participants see. */
export function NameForm({ name }: { name: string }) {
  const t = useT();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  return (
    <ActionForm
      className="stack"
      label={t("account.nameTitle")}
      action={async (form) => {
        setSaved(false);
        return renameAccountAction(form);
      }}
      onSuccess={() => {
        setSaved(true);
        router.refresh();
      }}
    >
      <TextField name="name" label="account.name" hint="account.nameHint" defaultValue={name} autoComplete="name" />
      <SubmitButton label="account.saveName" />
      {saved && (
        <p className="notice" role="status">
          {t("account.nameSaved")}
        </p>
      )}
    </ActionForm>
  );
}

/** A new password, given the current one; the other sessions end. */
export function PasswordForm() {
  const t = useT();
  const [changed, setChanged] = useState(false);
  return (
    <ActionForm
      className="stack"
      label={t("account.passwordTitle")}
      action={async (form) => {
        setChanged(false);
        return changePasswordAction(form);
      }}
      onSuccess={(_result, form) => {
        form.reset();
        setChanged(true);
      }}
    >
      <TextField
        name="currentPassword"
        type="password"
        label="account.currentPassword"
        autoComplete="current-password"
      />
      <NewPasswordFields
        label="account.newPassword"
        hint="account.newPasswordHint"
        confirmLabel="account.confirmPassword"
      />
      <SubmitButton label="account.changePassword" />
      {changed && (
        <p className="notice" role="status">
          {t("account.passwordChanged")}
        </p>
      )}
    </ActionForm>
  );
}
