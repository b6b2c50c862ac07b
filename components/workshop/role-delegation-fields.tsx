"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { SelectField } from "@/components/ui/field";

/** The roles a facilitator can give someone (an invitation, an admission); never FACILITATOR. */
export const assignableRoles = ["DELEGATE", "LEAD_DELEGATE", "OBSERVER", "CO_FACILITATOR"] as const;
export type AssignableRole = (typeof assignableRoles)[number];

/**
 * The role select and, for (lead) delegates, the delegation select, posted as `role` and
 * `delegationId`. Render inside an ActionForm (the fields show its errors).
 */
export function RoleDelegationFields({
  delegations,
  defaultRole = "DELEGATE",
}: {
  delegations: Array<{ id: string; name: string }>;
  defaultRole?: AssignableRole;
}) {
  const t = useT();
  const [role, setRole] = useState<AssignableRole>(defaultRole);
  const needsDelegation = role === "DELEGATE" || role === "LEAD_DELEGATE";
  return (
    <>
      <SelectField
        name="role"
        label="members.fields.role"
        value={role}
        onChange={(e) => setRole(e.target.value as AssignableRole)}
      >
        {assignableRoles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {needsDelegation && (
        <SelectField name="delegationId" label="members.fields.delegation" defaultValue="">
          <option value="">{t("members.fields.chooseDelegation")}</option>
          {delegations.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
