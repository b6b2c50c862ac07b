"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that prefetches on intent (pointer over it, focus, touch) instead of when it appears.
 * For links shown on every workshop page: prefetching a dozen tabs for every open page costs the
 * server a dozen renders per participant, multiplied by a room of hundreds.
 */
export function IntentLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "prefetch"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link href={href} prefetch={false} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} {...props} />
  );
}
