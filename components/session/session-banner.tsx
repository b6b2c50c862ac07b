"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { useRoomState } from "@/components/live/live-provider";
import { Countdown } from "./countdown";
import { spotlightWhat } from "./spotlight-what";

const CHANGE = "roundtable:follow-changed";
const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
};

/**
 * On every workshop page: the current agenda item with its countdown, and the spotlight. A
 * participant follows the facilitator by default: when the spotlight changes, their browser opens
 * it. They may stop following (remembered in this browser) and rejoin with one click. Facilitators
 * drive the spotlight and are never moved.
 */
export function SessionBanner({ slug, chair }: { slug: string; chair: boolean }) {
  const t = useT();
  // Pushed state: the banner follows the session on every page without a server render.
  const banner = useRoomState().session;
  const router = useRouter();
  const pathname = usePathname();
  const key = `roundtable:follow:${slug}`;
  const following = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(key) !== "off",
    () => true,
  );
  const { spotlight, spotlightAt, current } = banner;

  useEffect(() => {
    if (chair || !following || !spotlight || spotlightAt === null) return;
    // `following` is the server's guess (true) during hydration, before the browser's choice is
    // read: a full page load of a participant who stopped following must not move them.
    if (localStorage.getItem(key) === "off") return;
    // Each spotlight change moves the browser once; afterwards the participant may look elsewhere.
    const seenKey = `roundtable:spotlight-seen:${slug}`;
    if (sessionStorage.getItem(seenKey) === String(spotlightAt)) return;
    sessionStorage.setItem(seenKey, String(spotlightAt));
    if (pathname !== spotlight.href) router.push(spotlight.href);
  }, [chair, following, spotlight, spotlightAt, slug, key, pathname, router]);

  const setFollowing = (on: boolean) => {
    localStorage.setItem(key, on ? "on" : "off");
    window.dispatchEvent(new Event(CHANGE));
    if (on && spotlight && pathname !== spotlight.href) router.push(spotlight.href);
  };

  if (!current && !spotlight) return null;
  const what = spotlight ? spotlightWhat(spotlight, t) : null;
  return (
    <div className="session-banner" data-testid="session-banner" role="region" aria-label={t("session.title")}>
      {current && (
        <p>
          <span className="eyebrow">{t("session.now")}</span> <strong>{current.title}</strong>{" "}
          {current.timer.status !== "DONE" && <Countdown timer={current.timer} serverNow={banner.serverNow} />}
        </p>
      )}
      {spotlight && what !== null && (
        <p data-testid="spotlight">
          {t("session.spotlight.showing", { what })}{" "}
          {pathname !== spotlight.href && (
            <Link href={spotlight.href} prefetch={false}>
              {t("session.spotlight.goThere")}
            </Link>
          )}{" "}
          {!chair && (
            <button type="button" className="button button-small" onClick={() => setFollowing(!following)}>
              {following ? t("session.spotlight.unfollow") : t("session.spotlight.follow")}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
