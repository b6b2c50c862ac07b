"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/** next-auth's credentials sign-in. Failures are deliberately generic: the message never says
 * whether the email exists. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useT();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [attempt, setAttempt] = useState(0);
  const errorRef = useRef<HTMLParagraphElement>(null);

  // After the error has rendered, move focus to it (for keyboard and screen-reader users).
  useEffect(() => {
    if (attempt > 0) errorRef.current?.focus();
  }, [attempt]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      }).catch(() => null);
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(
        result?.error === "RateLimited"
          ? t("auth.rateLimited")
          : result
            ? t("auth.wrongCredentials")
            : t("errors.network"),
      );
      setAttempt((n) => n + 1);
    });
  }

  return (
    <form onSubmit={submit} className="stack" aria-busy={pending}>
      {error && (
        <p className="form-error" role="alert" id="sign-in-error" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t("auth.email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t("auth.password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </button>
    </form>
  );
}
