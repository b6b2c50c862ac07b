"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { ActionForm, useFormState } from "@/components/ui/action-form";
import { ConsensusRuleFields, type ConsensusRuleValues } from "@/components/workshop/consensus-rule-fields";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import type { MessageKey, MessageParams } from "@/lib/i18n/translate";
import {
  addObjectiveAction,
  addSectionAction,
  changeConsensusRuleAction,
  deleteObjectiveAction,
  deleteSectionAction,
  editObjectiveAction,
  moveSectionAction,
  renameSectionAction,
} from "@/lib/plan/settings-actions";
import type { ActionResult } from "@/lib/server/result";

function RowSubmit({ text, label, variant }: { text: MessageKey; label: string; variant: "secondary" | "danger" }) {
  const t = useT();
  const { pending } = useFormState();
  return (
    <button type="submit" className={`button button-${variant}`} aria-disabled={pending} aria-label={label}>
      {t(text)}
    </button>
  );
}

/** A one-button form whose accessible name says what it acts on ("Move Energy up"). */
function RowButton({
  action,
  text,
  label,
  params,
  variant = "secondary",
}: {
  action: () => Promise<ActionResult>;
  text: MessageKey;
  label: MessageKey;
  params: MessageParams;
  variant?: "secondary" | "danger";
}) {
  const t = useT();
  const done = useRefreshAfterSave({ reset: false });
  return (
    <ActionForm action={() => action()} onSuccess={done} label={t(label, params)} className="inline-form">
      <RowSubmit text={text} label={t(label, params)} variant={variant} />
    </ActionForm>
  );
}

export function SectionRow({
  slug,
  section,
  first,
  last,
}: {
  slug: string;
  section: { id: string; title: string; shownTitle: string; clauses: number };
  first: boolean;
  last: boolean;
}) {
  const t = useT();
  const done = useRefreshAfterSave({ reset: false });
  const params = { title: section.shownTitle };
  return (
    <li className="stack" data-testid="settings-section">
      <ActionForm
        className="row"
        label={t("plan.settings.sections.renameLabel", params)}
        action={renameSectionAction.bind(null, slug)}
        onSuccess={done}
      >
        <input type="hidden" name="sectionId" value={section.id} />
        <TextField name="title" label="plan.settings.sections.name" defaultValue={section.shownTitle} maxLength={200} />
        <SubmitButton label="plan.settings.sections.rename" variant="secondary" />
      </ActionForm>
      <div className="row">
        {!first && (
          <RowButton
            action={moveSectionAction.bind(null, slug, section.id, "up")}
            text="plan.settings.sections.moveUp"
            label="plan.settings.sections.moveUpLabel"
            params={params}
          />
        )}
        {!last && (
          <RowButton
            action={moveSectionAction.bind(null, slug, section.id, "down")}
            text="plan.settings.sections.moveDown"
            label="plan.settings.sections.moveDownLabel"
            params={params}
          />
        )}
        {section.clauses === 0 ? (
          <RowButton
            action={deleteSectionAction.bind(null, slug, section.id)}
            text="plan.settings.sections.delete"
            label="plan.settings.sections.deleteLabel"
            params={params}
            variant="danger"
          />
        ) : (
          <p className="muted">{t("plan.settings.sections.clauses", { count: section.clauses })}</p>
        )}
      </div>
    </li>
  );
}

export function AddSectionForm({ slug }: { slug: string }) {
  const t = useT();
  const done = useRefreshAfterSave();
  return (
    <ActionForm
      className="row"
      label={t("plan.settings.sections.add")}
      action={addSectionAction.bind(null, slug)}
      onSuccess={done}
    >
      <TextField name="title" label="plan.settings.sections.name" required maxLength={200} />
      <SubmitButton label="plan.settings.sections.add" />
    </ActionForm>
  );
}

interface Objective {
  id: string;
  code: string;
  title: string;
  description: string;
}

/** Adds an objective, or edits one when given. */
export function ObjectiveForm({ slug, objective }: { slug: string; objective?: Objective }) {
  const t = useT();
  const done = useRefreshAfterSave({ reset: !objective });
  return (
    <ActionForm
      className="stack"
      label={
        objective ? t("plan.settings.objectives.edit", { code: objective.code }) : t("plan.settings.objectives.add")
      }
      action={(objective ? editObjectiveAction : addObjectiveAction).bind(null, slug)}
      onSuccess={done}
    >
      {objective && <input type="hidden" name="objectiveId" value={objective.id} />}
      <div className="row">
        <TextField
          name="code"
          label="plan.settings.objectives.code"
          hint="plan.settings.objectives.codeHint"
          defaultValue={objective?.code}
          required
          maxLength={16}
        />
        <TextField
          name="title"
          label="plan.settings.objectives.name"
          defaultValue={objective?.title}
          required
          maxLength={300}
        />
      </div>
      <TextAreaField
        name="description"
        label="plan.settings.objectives.description"
        defaultValue={objective?.description}
        rows={2}
        maxLength={4000}
      />
      <SubmitButton label={objective ? "plan.settings.objectives.save" : "plan.settings.objectives.add"} />
    </ActionForm>
  );
}

export function DeleteObjectiveButton({ slug, objective }: { slug: string; objective: { id: string; code: string } }) {
  return (
    <RowButton
      action={deleteObjectiveAction.bind(null, slug, objective.id)}
      text="plan.settings.objectives.delete"
      label="plan.settings.objectives.deleteLabel"
      params={{ code: objective.code }}
      variant="danger"
    />
  );
}

/** The consensus rule; read-only (with the reason) once negotiation has started. */
export function RuleForm({
  slug,
  version,
  locked,
  rule: current,
}: {
  slug: string;
  version: number;
  locked: boolean;
  rule: ConsensusRuleValues;
}) {
  const t = useT();
  const done = useRefreshAfterSave({ reset: false });
  return (
    <ActionForm
      className="stack"
      label={t("plan.settings.rule.title")}
      action={changeConsensusRuleAction.bind(null, slug)}
      onSuccess={done}
    >
      <p className="muted" id="rule-state">
        {t(locked ? "plan.settings.rule.locked" : "plan.settings.rule.open")}
      </p>
      <input type="hidden" name="version" value={version} />
      <ConsensusRuleFields initial={current} disabled={locked} describedBy="rule-state">
        {!locked && <SubmitButton label="plan.settings.rule.save" />}
      </ConsensusRuleFields>
    </ActionForm>
  );
}
