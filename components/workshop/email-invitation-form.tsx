"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/server/result";
import { localeNames, locales } from "@/lib/i18n/locales";
import { inviteByEmailAction } from "@/lib/workshop/actions";
import type { EmailInvitationReply } from "@/lib/workshop/invitation-mutations";
import { InvitationTerms } from "./invitation-terms";

/** Invites one or many people by email; each gets a single-use link of their own. */
export function EmailInvitationForm({
  slug,
  delegations,
}: {
  slug: string;
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [reply, setReply] = useState<EmailInvitationReply | null>(null);
  return (
    <div className="stack">
      <ActionForm<ActionResult<EmailInvitationReply>>
        className="stack"
        label={t("members.byEmail")}
        action={inviteByEmailAction.bind(null, slug)}
        onSuccess={(result, form) => {
          setReply(result);
          form.reset();
          router.refresh();
        }}
      >
        <TextAreaField
          name="emails"
          label="members.fields.emails"
          hint="members.fields.emailsHint"
          rows={3}
          autoComplete="off"
          spellCheck={false}
        />
        <InvitationTerms delegations={delegations}>
          <SelectField
            name="locale"
            label="members.fields.mailLocale"
            hint="members.fields.mailLocaleHint"
            defaultValue={locale}
          >
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </SelectField>
        </InvitationTerms>
        <SubmitButton label="members.sendInvitations" />
      </ActionForm>
      {reply && (
        <div className="notice" role="status" data-testid="email-invitation-reply">
          {reply.emailed.length > 0 && <p>{t("members.emailed", { count: reply.emailed.length })}</p>}
          {reply.members.length > 0 && (
            <p>{t("members.skippedMembers", { addresses: reply.members.join(t("common.listSeparator")) })}</p>
          )}
          {reply.pending.length > 0 && (
            <p>{t("members.skippedPending", { addresses: reply.pending.join(t("common.listSeparator")) })}</p>
          )}
        </div>
      )}
    </div>
  );
}
