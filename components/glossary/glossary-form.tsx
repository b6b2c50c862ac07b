"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/field";
import { saveGlossaryAction } from "@/lib/glossary/actions";
import type { ActionResult } from "@/lib/server/result";

/** The facilitator's editor of the workshop's names in both languages: one term per line. */
export function GlossaryForm({ slug, text, revision }: { slug: string; text: string; revision: string }) {
  const t = useT();
  // The glossary the form was opened on (then the one it saved): a live refresh after someone
  // else's save must not turn this form's save into a silent overwrite of theirs.
  const [openedRevision, setOpenedRevision] = useState(revision);
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <ActionForm<ActionResult<{ terms: number; revision: string }>>
      className="stack"
      label={t("glossary.title")}
      action={saveGlossaryAction.bind(null, slug)}
      onSuccess={(result) => {
        setOpenedRevision(result.revision);
        setSaved(result.terms);
      }}
      onFailure={() => setSaved(null)}
    >
      <input type="hidden" name="revision" value={openedRevision} />
      <TextAreaField
        name="terms"
        label="glossary.field"
        hint="glossary.hint"
        defaultValue={text}
        rows={Math.min(16, Math.max(6, text.split("\n").length + 1))}
        lang="zh-CN"
        spellCheck={false}
      />
      <div className="row">
        <SubmitButton label="glossary.save" />
        <p role="status" className="muted">
          {saved !== null && t("glossary.saved", { count: saved })}
        </p>
      </div>
    </ActionForm>
  );
}
