"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { CopyableLink } from "@/components/ui/copyable-link";
import { SubmitButton } from "@/components/ui/field";
import { createInvitationAction } from "@/lib/workshop/actions";
import { InvitationTerms } from "./invitation-terms";

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
        <InvitationTerms delegations={delegations} />
        <SubmitButton label="members.createLink" />
      </ActionForm>
      {link && <CopyableLink id="invite-link" label="members.linkReady" link={link} testId="invite-link" />}
    </div>
  );
}
