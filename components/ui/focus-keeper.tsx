"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation (a form that opens what it created, "Propose a clause" opening the
 * clause), the element that had the focus is gone and the focus falls to the page's body: a
 * keyboard or screen-reader user would start again from the top. This puts it on the new page's
 * main heading instead. A focus that is still somewhere (a tab the user clicked) is left alone.
 */
export function FocusKeeper() {
  const pathname = usePathname();
  // A page loaded afresh keeps the browser's own start (the skip link comes first).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const heading = document.querySelector<HTMLElement>("#main h1");
      if (!heading) return;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return null;
}
