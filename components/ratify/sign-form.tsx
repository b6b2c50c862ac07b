"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { signPlanAction } from "@/lib/ratify/actions";

/** The lead delegate signs the version they were shown (its id and hash go with the signature). */
export function SignForm({
  slug,
  versionId,
  hash,
  delegationId,
  delegation,
}: {
  slug: string;
  versionId: string;
  hash: string;
  delegationId: string;
  delegation: string;
}) {
  const t = useT();
  const refresh = useRefreshAfterSave();
  return (
    <ActionForm
      action={signPlanAction.bind(null, slug)}
      onSuccess={refresh}
      label={t("ratify.sign", { delegation })}
      className="stack"
    >
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="hash" value={hash} />
      <input type="hidden" name="delegationId" value={delegationId} />
      <SelectField name="kind" label="ratify.signKind" defaultValue="ENDORSEMENT">
        <option value="ENDORSEMENT">{t("ratify.kind.ENDORSEMENT")}</option>
        <option value="RESERVATION">{t("ratify.kind.RESERVATION")}</option>
      </SelectField>
      <TextAreaField name="statement" label="ratify.statement" rows={3} maxLength={4000} />
      <SubmitButton label="ratify.sign" params={{ delegation }} />
    </ActionForm>
  );
}
