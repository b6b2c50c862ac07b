"use client";

import { SelectField } from "@/components/ui/field";

/** The delegation a form writes the economic base of, among those the member may write. */
export function DelegationSelect({ delegations }: { delegations: Array<{ id: string; name: string }> }) {
  return (
    <SelectField name="delegationId" label="division.delegation" defaultValue={delegations[0]?.id}>
      {delegations.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </SelectField>
  );
}
