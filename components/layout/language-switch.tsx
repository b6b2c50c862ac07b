"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { setLocaleAction } from "@/lib/accounts/actions";
import { locales, type Locale } from "@/lib/i18n/locales";

const names: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

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
          {names[locale]}
        </button>
      ))}
    </div>
  );
}
