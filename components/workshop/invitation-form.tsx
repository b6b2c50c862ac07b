"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { createInvitationAction } from "@/lib/workshop/actions";
import { RoleDelegationFields } from "./role-delegation-fields";

/** Creates an invitation link. The token is shown once, here: only its hash is stored. */
export function InvitationForm({
  slug,
  delegations,
}: {
  slug: string;
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="stack">
      <ActionForm
        className="stack"
        label={t("members.invite")}
        action={createInvitationAction.bind(null, slug)}
        onSuccess={(result) => {
          setLink(`${window.location.origin}/invite/${result.token}`);
          router.refresh();
        }}
      >
        <div className="row">
          <RoleDelegationFields delegations={delegations} />
          <TextField
            name="expiresInDays"
            label="members.fields.expiresInDays"
            type="number"
            min={1}
            max={30}
            defaultValue={7}
          />
        </div>
        <TextField name="note" label="members.fields.note" hint="members.fields.noteHint" maxLength={200} />
        <SubmitButton label="members.createLink" />
      </ActionForm>
      {link && (
        <div className="notice" role="status">
          <label htmlFor="invite-link">{t("members.linkReady")}</label>
          <div className="row">
            <input
              id="invite-link"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="invite-link"
            />
            <button type="button" className="button" onClick={() => navigator.clipboard?.writeText(link)}>
              {t("common.copy")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
