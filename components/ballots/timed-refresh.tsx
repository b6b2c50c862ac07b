"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// setTimeout's longest delay (about 24.8 days); later times wait for a later visit.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Re-reads the page just after `at`, when a ballot opens or closes by itself: the server applies
 * the transition on that read, and the event it appends refreshes every other open page.
 */
export function TimedRefresh({ at }: { at: string | null }) {
  const router = useRouter();
  useEffect(() => {
    if (!at) return;
    const delay = Date.parse(at) - Date.now() + 500;
    if (delay > MAX_DELAY) return;
    const timer = setTimeout(() => router.refresh(), Math.max(0, delay));
    return () => clearTimeout(timer);
  }, [at, router]);
  return null;
}
