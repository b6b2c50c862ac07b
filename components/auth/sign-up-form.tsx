"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { signUpAction } from "@/lib/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { NewPasswordFields } from "./new-password-fields";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  return (
    <ActionForm
      className="stack"
      action={signUpAction}
      onSuccess={async (_result, form) => {
        const data = new FormData(form);
        await signIn("credentials", { email: data.get("email"), password: data.get("password"), redirect: false });
        router.replace(callbackUrl);
        router.refresh();
      }}
    >
      <TextField name="name" label="auth.name" autoComplete="name" required />
      <TextField name="email" label="auth.email" type="email" autoComplete="email" required />
      <NewPasswordFields label="auth.password" hint="auth.passwordHint" confirmLabel="auth.confirmPassword" />
      <SubmitButton label="auth.createAccount" pendingLabel="auth.creatingAccount" />
    </ActionForm>
  );
}
