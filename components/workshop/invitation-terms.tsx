"use client";

import type { ReactNode } from "react";
import { TextField } from "@/components/ui/field";
import { RoleDelegationFields } from "./role-delegation-fields";

/** What an invitation grants and for how long, with the facilitator's note: the same fields for a
 * link and for email. `children` joins the first row (the email's language). */
export function InvitationTerms({
  delegations,
  children,
}: {
  delegations: Array<{ id: string; name: string }>;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="row">
        <RoleDelegationFields delegations={delegations} />
        {children}
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
    </>
  );
}
