"use client";

import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { reopenListAction, submitListAction } from "@/lib/industries/actions";

/** The lead delegate's control over the delegation's list. */
export function ListStatusControl({
  slug,
  delegationId,
  canSubmit,
  canReopen,
}: {
  slug: string;
  delegationId: string;
  canSubmit: boolean;
  canReopen: boolean;
}) {
  const router = useRouter();
  if (canSubmit)
    return (
      <ActionForm action={() => submitListAction(slug, delegationId)} onSuccess={() => router.refresh()}>
        <SubmitButton label="industries.submitList" />
      </ActionForm>
    );
  if (canReopen)
    return (
      <ActionForm action={() => reopenListAction(slug, delegationId)} onSuccess={() => router.refresh()}>
        <SubmitButton label="industries.reopenList" variant="secondary" />
      </ActionForm>
    );
  return null;
}
