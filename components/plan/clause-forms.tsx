"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SelectField, SubmitButton, TextAreaField } from "@/components/ui/field";
import { addCommentAction, changeStatusAction, proposeAmendmentAction, recordStanceAction } from "@/lib/plan/actions";

export function AmendmentForm({
  slug,
  clauseId,
  version,
  text,
}: {
  slug: string;
  clauseId: string;
  version: number;
  text: string;
}) {
  const t = useT();
  const done = useRefreshAfterSave();
  return (
    <ActionForm
      className="stack"
      label={t("plan.amend")}
      action={proposeAmendmentAction.bind(null, slug)}
      onSuccess={done}
    >
      <input type="hidden" name="clauseId" value={clauseId} />
      <input type="hidden" name="baseVersion" value={version} />
      <TextAreaField name="text" label="plan.fields.newText" rows={6} defaultValue={text} required />
      <TextAreaField name="rationale" label="plan.fields.rationale" rows={2} />
      <SubmitButton label="plan.amend" />
    </ActionForm>
  );
}

type Mode = "official" | "proposed" | "private";

/** The delegation's stance: the lead records it officially; delegates propose it; anyone of the
 * delegation may draft it in the private caucus. */
export function StanceForm({
  slug,
  clauseId,
  delegationId,
  modes,
  amendmentId,
}: {
  slug: string;
  clauseId: string;
  delegationId: string;
  modes: Mode[];
  amendmentId?: string;
}) {
  const t = useT();
  const done = useRefreshAfterSave();
  return (
    <ActionForm
      className="stack"
      label={t("plan.stance.title")}
      action={recordStanceAction.bind(null, slug)}
      onSuccess={done}
    >
      <input type="hidden" name="clauseId" value={clauseId} />
      <input type="hidden" name="delegationId" value={delegationId} />
      {amendmentId && <input type="hidden" name="amendmentId" value={amendmentId} />}
      <div className="row">
        <SelectField name="position" label="plan.stance.position" defaultValue="SUPPORT">
          <option value="SUPPORT">{t("plan.position.SUPPORT")}</option>
          <option value="OBJECT">{t("plan.position.OBJECT")}</option>
          <option value="ABSTAIN">{t("plan.position.ABSTAIN")}</option>
        </SelectField>
        <SelectField name="mode" label="plan.stance.mode" defaultValue={modes[0]}>
          {modes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`plan.stance.modes.${mode}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField name="reason" label="plan.stance.reason" rows={2} />
      <SubmitButton label="plan.stance.save" />
    </ActionForm>
  );
}

type ClauseStatus = "UNDER_DISCUSSION" | "PARKED" | "AGREED" | "WITHDRAWN" | "PROPOSED";

/** The facilitator's control over the clause status; agreeing checks the consensus rule on the
 * server, an override and a reopening need a reason. */
export function StatusForm({
  slug,
  clauseId,
  current,
  allowed,
}: {
  slug: string;
  clauseId: string;
  current: string;
  allowed: ReadonlyArray<ClauseStatus>;
}) {
  const t = useT();
  const done = useRefreshAfterSave();
  return (
    <ActionForm
      className="stack"
      label={t("plan.status.change")}
      action={changeStatusAction.bind(null, slug)}
      onSuccess={done}
    >
      <input type="hidden" name="clauseId" value={clauseId} />
      <SelectField name="status" label="plan.status.new" defaultValue={allowed.find((s) => s !== current)}>
        {allowed
          .filter((s) => s !== current)
          .map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
      </SelectField>
      {allowed.includes("AGREED") && (
        <CheckboxField name="override" label="plan.status.override" hint="plan.status.overrideHint" />
      )}
      <TextAreaField name="reason" label="plan.status.reason" hint="plan.status.reasonHint" rows={2} />
      <SubmitButton label="plan.status.change" />
    </ActionForm>
  );
}

export function CommentForm({
  slug,
  clauseId,
  parentId,
  amendmentId,
}: {
  slug: string;
  clauseId: string;
  parentId?: string;
  amendmentId?: string;
}) {
  const t = useT();
  const done = useRefreshAfterSave();
  return (
    <ActionForm
      className="stack"
      label={parentId ? t("plan.comments.reply") : t("plan.comments.add")}
      action={addCommentAction.bind(null, slug)}
      onSuccess={done}
    >
      <input type="hidden" name="clauseId" value={clauseId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {amendmentId && <input type="hidden" name="amendmentId" value={amendmentId} />}
      <TextAreaField name="body" label={parentId ? "plan.comments.reply" : "plan.comments.add"} rows={2} required />
      <SelectField name="alignment" label="plan.comments.alignment" defaultValue="">
        <option value="">{t("plan.comments.noAlignment")}</option>
        <option value="IN_FAVOUR">{t("plan.alignment.IN_FAVOUR")}</option>
        <option value="AGAINST">{t("plan.alignment.AGAINST")}</option>
        <option value="NEUTRAL">{t("plan.alignment.NEUTRAL")}</option>
      </SelectField>
      <SubmitButton label={parentId ? "plan.comments.reply" : "plan.comments.add"} />
    </ActionForm>
  );
}
