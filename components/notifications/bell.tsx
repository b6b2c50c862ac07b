"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/** The header's bell: unread notifications, re-read whenever a live stream says there is news. */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useT();
  const router = useRouter();
  useEffect(() => {
    const refresh = () => router.refresh();
    window.addEventListener("roundtable:notifications", refresh);
    return () => window.removeEventListener("roundtable:notifications", refresh);
  }, [router]);
  return (
    <Link
      href="/notifications"
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
