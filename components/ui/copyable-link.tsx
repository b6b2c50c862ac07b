"use client";

import { useT } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/lib/i18n/translate";

/** A secret link shown once (an invitation, a calendar feed): selectable, with a Copy button. */
export function CopyableLink({
  id,
  label,
  link,
  testId,
  children,
}: {
  id: string;
  label: MessageKey;
  link: string;
  testId: string;
  children?: React.ReactNode;
}) {
  const t = useT();
  return (
    <div className="notice" role="status">
      <label htmlFor={id}>{t(label)}</label>
      <div className="row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid={testId} />
        <button type="button" className="button" onClick={() => navigator.clipboard?.writeText(link)}>
          {t("common.copy")}
        </button>
      </div>
      {children}
    </div>
  );
}
