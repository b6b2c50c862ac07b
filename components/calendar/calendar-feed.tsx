"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { CopyableLink } from "@/components/ui/copyable-link";
import { SubmitButton } from "@/components/ui/field";
import { removeCalendarFeedAction, renewCalendarFeedAction } from "@/lib/calendar/actions";

/** The private calendar link: created or replaced here (shown once), or turned off. */
export function CalendarFeed({ active }: { active: boolean }) {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="stack">
      <p>{t("calendar.explain")}</p>
      {active && !link && <p className="muted">{t("calendar.active")}</p>}
      <div className="row">
        <ActionForm
          label={t(active || link ? "calendar.replace" : "calendar.create")}
          action={() => renewCalendarFeedAction()}
          onSuccess={(result) => setLink(`${window.location.origin}/api/calendar/${String(result.token)}.ics`)}
        >
          <SubmitButton label={active || link ? "calendar.replace" : "calendar.create"} variant="secondary" />
        </ActionForm>
        {(active || link) && (
          <ActionButton action={removeCalendarFeedAction} label="calendar.remove" variant="danger" />
        )}
      </div>
      {link && (
        <CopyableLink id="calendar-link" label="calendar.linkReady" link={link} testId="calendar-link">
          <a href={link.replace(/^https?:/, "webcal:")}>{t("calendar.subscribe")}</a>
        </CopyableLink>
      )}
    </div>
  );
}
