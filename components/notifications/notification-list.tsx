"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { LocalTime } from "@/components/ui/local-time";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { notificationText } from "@/lib/notifications/text";

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number>;
  path: string;
  read: boolean;
  createdAt: string;
}

/** Newest first; opening one marks it read and goes to its page. */
export function NotificationList({ notifications }: { notifications: NotificationRow[] }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (notifications.length === 0) return <p>{t("notifications.empty")}</p>;
  return (
    <ul className="notification-list">
      {notifications.map((n) => (
        <li key={n.id} data-testid="notification" data-read={n.read} className={n.read ? "" : "unread"}>
          <a
            href={n.path}
            aria-disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              startTransition(async () => {
                if (!n.read) await markNotificationReadAction(n.id);
                router.push(n.path);
              });
            }}
          >
            {!n.read && <span className="visually-hidden">{t("notifications.unread")}: </span>}
            {notificationText(t, n.kind, n.params)}
          </a>
          <span className="muted">
            {String(n.params.workshop ?? "")} · <LocalTime iso={n.createdAt} locale={locale} />
          </span>
        </li>
      ))}
    </ul>
  );
}
