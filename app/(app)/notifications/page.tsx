import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { getTranslator } from "@/lib/auth/request-locale";
import { requireUser } from "@/lib/auth/session";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("notifications.title") };
}

export default async function NotificationsPage() {
  const user = await requireUser();
  const [t, notifications] = await Promise.all([getTranslator(), listNotifications(user.id)]);
  return (
    <div className="stack narrow">
      <h1>{t("notifications.title")}</h1>
      <div className="row">
        {notifications.some((n) => !n.readAt) && (
          <ActionButton action={markAllNotificationsReadAction} label="notifications.markAllRead" />
        )}
        <Link href="/account#notifications-heading">{t("notifications.settings")}</Link>
      </div>
      <section className="card">
        <NotificationList
          notifications={notifications.map((n) => ({
            id: n.id,
            kind: n.kind,
            params: n.params as Record<string, string | number>,
            path: n.path,
            read: n.readAt !== null,
            createdAt: n.createdAt.toISOString(),
          }))}
        />
      </section>
    </div>
  );
}
