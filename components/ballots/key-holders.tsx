"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ActionResult } from "@/lib/server/result";
import { publishDecryptionAction, publishTrusteeKeyAction } from "@/lib/verifiable/actions";
import type { KeyHoldersView } from "@/lib/verifiable/page-data";

interface Props {
  slug: string;
  ballotId: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  view: KeyHoldersView;
  delegations: Array<{ id: string; name: string }>;
}

/** The cryptography, fetched when a key holder first acts (it brings the curve library). */
const crypto = () => import("@/lib/verifiable/browser");

/**
 * An encrypted ballot's key holders (docs/ballots.md, "Verifiable ballots"): each delegation's
 * state, and for this member's delegation, when they are its lead, generating its key share while
 * the ballot is a draft and decrypting the sums once it is closed.
 */
export function KeyHolders({ slug, ballotId, status, view, delegations }: Props) {
  const t = useT();
  const done = view.trustees.filter((d) => d.decrypted).length;
  // In the order every ballot page lists the delegations.
  const rows = delegations.flatMap((d) => {
    const state = view.trustees.find((trustee) => trustee.delegationId === d.id);
    return state ? [{ ...state, name: d.name }] : [];
  });
  return (
    <section className="card stack" aria-labelledby="key-holders-heading" data-testid="key-holders">
      <h2 id="key-holders-heading">{t("ballots.encrypted.trusteesTitle")}</h2>
      {status === "DRAFT" && <p className="muted">{t("ballots.encrypted.trusteesIntro")}</p>}
      <TableScroll>
        <table>
          <caption className="visually-hidden">{t("ballots.encrypted.trusteesTitle")}</caption>
          <tbody>
            {rows.map((d) => (
              <tr key={d.delegationId}>
                <th scope="row">{d.name}</th>
                <td>
                  {status === "CLOSED"
                    ? t(d.decrypted ? "ballots.encrypted.decrypted" : "ballots.encrypted.decryptAwaited")
                    : t(d.published ? "ballots.encrypted.published" : "ballots.encrypted.awaited")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {status === "CLOSED" && done < view.trustees.length && (
        <p data-testid="decryption-progress">
          {t("ballots.encrypted.awaitingResult", { done, total: view.trustees.length })}
        </p>
      )}
      {status === "DRAFT" && view.own && <GenerateKey slug={slug} ballotId={ballotId} own={view.own} />}
      {status === "CLOSED" && view.own?.publicShare && view.sums && view.publicKey && (
        <Decrypt
          slug={slug}
          ballotId={ballotId}
          delegationId={view.own.delegationId}
          publicShare={view.own.publicShare}
          publicKey={view.publicKey}
          sums={view.sums}
        />
      )}
    </section>
  );
}

function GenerateKey({
  slug,
  ballotId,
  own,
}: {
  slug: string;
  ballotId: string;
  own: NonNullable<KeyHoldersView["own"]>;
}) {
  const t = useT();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const generate = async (): Promise<ActionResult> => {
    const { newKeyShare, rememberKey } = await crypto();
    const share = newKeyShare(ballotId, own.delegationId);
    const result = await publishTrusteeKeyAction(slug, ballotId, share.publicShare, share.proof);
    if (result.ok) {
      // Kept only once the server has the matching public share: no orphan key files.
      rememberKey(share.file);
      download(`roundtable-key-${ballotId}-${own.delegationId}.json`, JSON.stringify(share.file, null, 2));
    }
    return result;
  };
  return (
    <ActionForm
      className="stack"
      label={t("ballots.encrypted.generate")}
      action={generate}
      onSuccess={() => {
        setSaved(true);
        router.refresh();
      }}
    >
      <SubmitButton
        label={own.publicShare ? "ballots.encrypted.regenerate" : "ballots.encrypted.generate"}
        pendingLabel="ballots.encrypted.generating"
        variant={own.publicShare ? "secondary" : "primary"}
      />
      <p role="status" className="muted" data-testid="key-status">
        {saved || own.publicShare ? t("ballots.encrypted.saved") : ""}
      </p>
    </ActionForm>
  );
}

function Decrypt(props: {
  slug: string;
  ballotId: string;
  delegationId: string;
  publicShare: string;
  publicKey: string;
  sums: KeyHoldersView["sums"] & object;
}) {
  const t = useT();
  const router = useRouter();
  const { slug, ballotId, delegationId, publicShare, publicKey, sums } = props;
  const decrypt = async (form: FormData): Promise<ActionResult> => {
    const { findKey, decryptSums } = await crypto();
    const chosen = form.get("keyFile");
    const text = chosen instanceof File && chosen.size > 0 ? await chosen.text() : undefined;
    const key = findKey(ballotId, delegationId, publicShare, text);
    if (!key) return { ok: false, code: "errors.checkFields", fieldErrors: { keyFile: "errors.decryptionInvalid" } };
    return publishDecryptionAction(slug, ballotId, decryptSums(key, publicKey, sums));
  };
  return (
    <ActionForm
      className="stack"
      label={t("ballots.encrypted.decrypt")}
      action={decrypt}
      onSuccess={() => router.refresh()}
    >
      <TextField
        name="keyFile"
        type="file"
        accept="application/json,.json"
        label="ballots.encrypted.keyFile"
        hint="ballots.encrypted.keyFileHint"
      />
      <SubmitButton label="ballots.encrypted.decrypt" pendingLabel="ballots.encrypted.decrypting" />
    </ActionForm>
  );
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
