"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { RoleDelegationFields } from "@/components/workshop/role-delegation-fields";
import { admitAction } from "@/lib/session/actions";

/** Admits one person who asked to join with a code, as the role (and delegation) chosen here. */
export function AdmitForm({
  slug,
  requestId,
  name,
  delegations,
}: {
  slug: string;
  requestId: string;
  name: string;
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      className="row"
      label={t("join.panel.admitPerson", { name })}
      action={admitAction.bind(null, slug)}
      onSuccess={() => router.refresh()}
    >
      <input type="hidden" name="requestId" value={requestId} />
      <RoleDelegationFields delegations={delegations} />
      <SubmitButton label="join.panel.admit" />
    </ActionForm>
  );
}
