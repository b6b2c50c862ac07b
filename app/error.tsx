"use client";

import { useT } from "@/components/i18n/i18n-provider";

/** Shown for unexpected errors: a translated message, never the stack trace (which is logged). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <main id="main" className="app-main narrow stack">
      <h1>{t("common.errorTitle")}</h1>
      <p>{t("common.errorText")}</p>
      <button type="button" className="button button-primary" onClick={reset}>
        {t("common.tryAgain")}
      </button>
    </main>
  );
}
