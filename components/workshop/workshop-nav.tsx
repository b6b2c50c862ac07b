"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/lib/i18n/translate";

/** `also`: deeper pages that belong to the tab (a ballot's page to "Brands & ballots"). */
const items: Array<{ path: string; label: MessageKey; also?: string[] }> = [
  { path: "", label: "nav.overview" },
  { path: "/session", label: "nav.session" },
  { path: "/industries", label: "nav.industries" },
  { path: "/analysis", label: "nav.analysis" },
  { path: "/clusters", label: "nav.clusters" },
  { path: "/costs", label: "nav.costs" },
  { path: "/plan", label: "nav.plan" },
  { path: "/brands", label: "nav.brands", also: ["/ballots"] },
  { path: "/ratify", label: "nav.ratify" },
  { path: "/delegations", label: "nav.delegations" },
  { path: "/members", label: "nav.members" },
];

export function WorkshopNav({ slug }: { slug: string }) {
  const t = useT();
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  // On a phone the tabs are one row that scrolls sideways: bring the current one into sight
  // (horizontally only; the page itself does not move).
  useEffect(() => {
    const strip = nav.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!strip || !current || strip.scrollWidth <= strip.clientWidth) return;
    strip.scrollLeft = current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav ref={nav} className="tabs" aria-label={t("nav.workshop")}>
      {items.map((item) => {
        const href = `/w/${slug}${item.path}`;
        const within = [item.path, ...(item.also ?? [])].some(
          (path) => path !== "" && pathname.startsWith(`/w/${slug}${path}/`),
        );
        return (
          <IntentLink key={item.path} href={href} aria-current={pathname === href || within ? "page" : undefined}>
            {t(item.label)}
          </IntentLink>
        );
      })}
    </nav>
  );
}
