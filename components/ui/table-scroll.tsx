"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/**
 * A wide table's box: on a narrow screen the table scrolls sideways inside it rather than widen the
 * page. While it does scroll, the box is a named region that takes the keyboard focus, so that it
 * can be scrolled with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable); when the
 * table fits, it is a plain box and no extra tab stop.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="table-wrap"
      {...(scrolls ? { role: "region", tabIndex: 0, "aria-label": t("common.scrollTable") } : {})}
    >
      {children}
    </div>
  );
}
