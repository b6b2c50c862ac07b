"use client";

import Link from "next/link";
import { useT } from "@/components/i18n/i18n-provider";
import { useRoomState } from "@/components/live/live-provider";
import { SpotlightControl } from "./spotlight-control";
import { spotlightValue, spotlightWhat } from "./spotlight-what";

type Titled = Array<{ id: string; title: string }>;

/** What is in the spotlight (pushed state) and, for the chair, the control that changes it. */
export function SpotlightPanel({
  slug,
  chair,
  clauses,
  ballots,
}: {
  slug: string;
  chair: boolean;
  clauses: Titled;
  ballots: Titled;
}) {
  const t = useT();
  const { spotlight } = useRoomState().session;
  const value = spotlight ? spotlightValue(spotlight) : null;
  return (
    <section className="card stack" aria-labelledby="spotlight-heading" data-testid="spotlight-panel">
      <h2 id="spotlight-heading">{t("session.spotlight.title")}</h2>
      <p>
        {spotlight ? (
          <>
            {t("session.spotlight.showing", {
              what: spotlightWhat(spotlight, t),
            })}{" "}
            <Link href={spotlight.href} prefetch={false}>
              {t("session.spotlight.goThere")}
            </Link>
          </>
        ) : (
          t("session.spotlight.none")
        )}
      </p>
      {chair && <SpotlightControl slug={slug} clauses={clauses} ballots={ballots} current={value} />}
    </section>
  );
}
