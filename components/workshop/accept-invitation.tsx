"use client";

import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { acceptInvitationAction } from "@/lib/workshop/actions";

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  return (
    <ActionForm action={() => acceptInvitationAction(token)} onSuccess={(result) => router.push(`/w/${result.slug}`)}>
      <SubmitButton label="invite.accept" pendingLabel="invite.accepting" />
    </ActionForm>
  );
}
