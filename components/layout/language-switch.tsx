"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { setLocaleAction } from "@/lib/accounts/actions";
import { localeNames, locales } from "@/lib/i18n/locales";

export function LanguageSwitch() {
  const t = useT();
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="language-switch" role="group" aria-label={t("common.language")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="button button-small"
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await setLocaleAction(locale);
              if (result.ok) router.refresh();
            })
          }
        >
          {localeNames[locale]}
        </button>
      ))}
    </div>
  );
}
