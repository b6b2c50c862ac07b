"use client";

import { signIn } from "next-auth/react";
import { useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/** "Sign in with <provider>" for each configured OpenID Connect provider. */
export function SsoButtons({
  providers,
  callbackUrl,
}: {
  providers: Array<{ id: string; name: string }>;
  callbackUrl: string;
}) {
  const t = useT();
  const [pending, startTransition] = useTransition();
  if (providers.length === 0) return null;
  return (
    <div className="stack sso-buttons" role="group" aria-label={t("auth.sso.group")}>
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await signIn(provider.id, { callbackUrl });
            })
          }
        >
          {t("auth.sso.signInWith", { provider: provider.name })}
        </button>
      ))}
    </div>
  );
}
