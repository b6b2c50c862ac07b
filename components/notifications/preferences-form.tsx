"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton } from "@/components/ui/field";
import type { DigestFrequency, NotificationKind } from "@/lib/db/generated/enums";
import { reminderLeadMinutes } from "@/lib/notifications/kinds";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";

interface Preferences {
  reminderLeadMinutes: number;
  digest: DigestFrequency;
  kinds: Array<{ kind: NotificationKind; inApp: boolean; email: boolean }>;
}

/** Per kind, in the app and by email; when ballot reminders come; the digest. */
export function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  return (
    <ActionForm
      className="stack"
      label={t("notifications.settings")}
      action={async (form) => {
        setSaved(false);
        return saveNotificationPreferencesAction(form);
      }}
      onSuccess={() => setSaved(true)}
    >
      <table className="preferences-table">
        <thead>
          <tr>
            <th scope="col">{t("notifications.prefs.kind")}</th>
            <th scope="col">{t("notifications.prefs.inApp")}</th>
            <th scope="col">{t("notifications.prefs.email")}</th>
          </tr>
        </thead>
        <tbody>
          {preferences.kinds.map(({ kind, inApp, email }) => (
            <tr key={kind}>
              <th scope="row" id={`kind-${kind}`}>
                {t(`notifications.kinds.${kind}`)}
              </th>
              <td>
                <input
                  type="checkbox"
                  name={`inApp.${kind}`}
                  defaultChecked={inApp}
                  aria-label={`${t(`notifications.kinds.${kind}`)}: ${t("notifications.prefs.inApp")}`}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  name={`email.${kind}`}
                  defaultChecked={email}
                  aria-label={`${t(`notifications.kinds.${kind}`)}: ${t("notifications.prefs.email")}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <SelectField
          name="reminderLeadMinutes"
          label="notifications.prefs.lead"
          defaultValue={String(preferences.reminderLeadMinutes)}
        >
          {reminderLeadMinutes.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t("notifications.prefs.leadOption", { count: minutes })}
            </option>
          ))}
        </SelectField>
        <SelectField name="digest" label="notifications.prefs.digest" defaultValue={preferences.digest}>
          {(["NEVER", "DAILY", "WEEKLY"] as const).map((d) => (
            <option key={d} value={d}>
              {t(`notifications.prefs.digest${d}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <SubmitButton label="notifications.prefs.save" />
      {saved && (
        <p className="notice" role="status">
          {t("notifications.prefs.saved")}
        </p>
      )}
    </ActionForm>
  );
}
