"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/** The header's bell: unread notifications. When a live stream says there is news it asks for the
 * count alone (/api/notifications/unread), not for the page: the room's pages stay as they are. */
export function NotificationBell({ rendered }: { rendered: { unread: number } }) {
  const t = useT();
  const [unread, setUnread] = useState(rendered.unread);
  // Each render of the layout (navigation, a refresh, marking read) brings the count as the server
  // has it, in a new object even when the number is the same: that wins over a count fetched before.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setUnread(rendered.unread), [rendered]);
  useEffect(() => {
    let latest = 0;
    const reread = async () => {
      const asked = ++latest;
      const response = await fetch("/api/notifications/unread", { cache: "no-store" }).catch(() => null);
      if (!response?.ok || asked !== latest) return;
      const body = (await response.json()) as { unread?: number };
      if (typeof body.unread === "number") setUnread(body.unread);
    };
    const listener = () => void reread();
    window.addEventListener("roundtable:notifications", listener);
    return () => window.removeEventListener("roundtable:notifications", listener);
  }, []);
  return (
    <Link
      href="/notifications"
      // Not prefetched: an open page's requests are only those its changes call for.
      prefetch={false}
      className="notification-bell"
      aria-label={t("notifications.bell", { count: unread })}
      data-testid="notification-bell"
      data-unread={unread}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && <span className="notification-count">{unread > 99 ? "99+" : unread}</span>}
    </Link>
  );
}
