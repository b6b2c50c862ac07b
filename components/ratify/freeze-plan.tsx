"use client";

import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { usePushed } from "@/components/live/live-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import type { Signatures } from "@/lib/ratify/data";
import type { Pushed } from "@/lib/room/types";
import type { ActionResult } from "@/lib/server/result";

interface Props {
  freeze: () => Promise<ActionResult>;
  /** The versions and their signatures, pushed as delegations sign (the page is not re-rendered). */
  signatures: Pushed<Signatures>;
  clauses: { agreed: number; notAgreed: number };
}

/**
 * Freezing is irreversible: the button opens a dialog that says what the new version leaves out
 * (clauses not agreed) and what it supersedes (the signatures on the latest version), and only its
 * own button freezes. A native modal <dialog>: the browser traps focus in it, closes it on Escape
 * and gives the focus back to the button that opened it.
 */
export function FreezePlan({ freeze, signatures, clauses }: Props) {
  const t = useT();
  const { versions, ratified } = usePushed(signatures);
  const latest = versions[0] ? { number: versions[0].number, signatures: versions[0].signatures.length } : null;
  const next = (latest?.number ?? 0) + 1;
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        // After ratification freezing again is possible but no longer the page's main action.
        className={`button button-${ratified ? "secondary" : "primary"}`}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {t("ratify.freeze")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} data-testid="freeze-dialog">
        <h2 id={titleId}>{t("ratify.confirm.title", { next })}</h2>
        <ul className="stack">
          <li>{t("ratify.confirm.agreed", { count: clauses.agreed })}</li>
          <li>
            {clauses.notAgreed > 0
              ? t("ratify.confirm.notAgreed", { count: clauses.notAgreed })
              : t("ratify.confirm.allAgreed")}
          </li>
          {latest && (
            <li>
              {latest.signatures > 0
                ? t("ratify.confirm.supersedes", { count: latest.signatures, number: latest.number })
                : t("ratify.confirm.replacesUnsigned", { number: latest.number })}
            </li>
          )}
          <li>{t("ratify.confirm.irreversible")}</li>
        </ul>
        <div className="dialog-actions">
          {/* The safe choice has the focus when the dialog opens. */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </button>
          <ActionForm
            action={() => freeze()}
            onSuccess={() => {
              dialog.current?.close();
              router.refresh();
            }}
            label={t("ratify.confirm.title", { next })}
            className="inline-form"
          >
            <SubmitButton label="ratify.confirm.freeze" params={{ next }} variant="primary" />
          </ActionForm>
        </div>
      </dialog>
    </>
  );
}
