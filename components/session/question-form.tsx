"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton, TextAreaField } from "@/components/ui/field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { askQuestionAction } from "@/lib/session/actions";

export function QuestionForm({ slug }: { slug: string }) {
  const t = useT();
  const refresh = useRefreshAfterSave();
  return (
    <ActionForm
      action={askQuestionAction.bind(null, slug)}
      onSuccess={refresh}
      label={t("session.questions.ask")}
      className="stack"
    >
      <TextAreaField name="body" label="session.questions.body" rows={2} maxLength={500} required />
      <CheckboxField name="anonymous" label="session.questions.anonymous" hint="session.questions.anonymousHint" />
      <SubmitButton label="session.questions.ask" />
    </ActionForm>
  );
}
