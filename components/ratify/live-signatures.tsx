"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { usePushed } from "@/components/live/live-provider";
import { LocalTime } from "@/components/ui/local-time";
import type { Signatures } from "@/lib/ratify/data";
import type { Pushed } from "@/lib/room/types";
import { SignForm } from "./sign-form";

// The ratify page's signatures are pushed state: a delegation's signature appears on every screen
// (and the plan turns ratified) without a server render.

/** Whether the latest version is ratified, or how many delegations have signed it. */
export function LiveRatificationState({
  signatures: initial,
  total,
}: {
  signatures: Pushed<Signatures>;
  total: number;
}) {
  const t = useT();
  const { ratified, versions } = usePushed(initial);
  const latest = versions[0];
  if (!latest) return null;
  return (
    <p className={ratified ? "notice" : "notice notice-warning"} role="status" data-testid="ratification-state">
      {ratified
        ? t("ratify.ratified", { number: latest.number })
        : t("ratify.notRatified", { signed: latest.signatures.length, total, number: latest.number })}
    </p>
  );
}

/** One version's signatures, one line per delegation, and the sign form for the member's own
 * delegation while it has not signed the latest version. */
export function LiveSignatures({
  signatures: initial,
  version,
  delegations,
  signAs,
  slug,
}: {
  signatures: Pushed<Signatures>;
  version: { id: string; hash: string; latest: boolean };
  delegations: Array<{ id: string; name: string }>;
  /** The member's delegation, if they may sign for it. */
  signAs: { id: string; name: string } | null;
  slug: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { versions } = usePushed(initial);
  const signed = new Map((versions.find((v) => v.id === version.id)?.signatures ?? []).map((s) => [s.delegationId, s]));
  return (
    <>
      <ul className="plain-list" data-testid="signatures">
        {delegations.map((d) => {
          const signature = signed.get(d.id);
          return (
            <li key={d.id}>
              <strong>{d.name}</strong>:{" "}
              {signature ? (
                <>
                  {t(`ratify.kind.${signature.kind}`)} — {signature.signerName},{" "}
                  <LocalTime iso={signature.signedAt} locale={locale} />
                  {signature.statement && <blockquote>{signature.statement}</blockquote>}
                </>
              ) : (
                t("ratify.unsigned")
              )}
            </li>
          );
        })}
      </ul>
      {version.latest && signAs && !signed.has(signAs.id) && (
        <SignForm
          slug={slug}
          versionId={version.id}
          hash={version.hash}
          delegationId={signAs.id}
          delegation={signAs.name}
        />
      )}
    </>
  );
}
