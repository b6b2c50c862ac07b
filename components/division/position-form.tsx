"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm, useFormState } from "@/components/ui/action-form";
import { ActionButton } from "@/components/ui/action-button";
import { SubmitButton, TextField } from "@/components/ui/field";
import { isMessageKey } from "@/lib/i18n/translate";
import {
  reopenDivisionPositionAction,
  saveDivisionPositionAction,
  submitDivisionPositionAction,
} from "@/lib/optimiser/actions";
import type { PositionView } from "@/lib/optimiser/data";
import { STANCE_FIELD, STANCES, type Stance } from "@/lib/optimiser/schema";

interface Props {
  slug: string;
  delegationId: string;
  /** The delegation's planned industries: code and display name. */
  industries: Array<{ code: string; name: string }>;
  position: Omit<PositionView, "delegationId" | "submittedAt"> | null;
  submitted: boolean;
  isLead: boolean;
}

const STANCE_LABEL = { keep: "division.stanceKeep", lead: "division.stanceLead", cede: "division.stanceCede" } as const;

/** The delegation's own position: a stance per planned industry and the pillars it wants; the
 * lead delegate submits it (then it is read-only until reopened). */
export function PositionForm({ slug, delegationId, industries, position, submitted, isLead }: Props) {
  const t = useT();
  const router = useRouter();
  const stanceOf = (code: string): Stance =>
    position?.mustLead.includes(code) ? "lead" : position?.willingToCede.includes(code) ? "cede" : "keep";
  if (submitted) {
    return isLead ? (
      <ActionButton action={() => reopenDivisionPositionAction(slug, delegationId)} label="division.reopenPosition" />
    ) : null;
  }
  return (
    <>
      <ActionForm
        className="stack"
        label={t("division.positionTitle")}
        action={saveDivisionPositionAction.bind(null, slug)}
        onSuccess={() => router.refresh()}
      >
        <input type="hidden" name="delegationId" value={delegationId} />
        {industries.map((industry) => (
          <StanceField key={industry.code} code={industry.code} name={industry.name} stance={stanceOf(industry.code)} />
        ))}
        <div className="row">
          <TextField
            name="minPillars"
            type="number"
            min={0}
            max={industries.length}
            label="division.minPillars"
            hint="division.pillarsHint"
            defaultValue={position?.minPillars ?? ""}
          />
          <TextField
            name="maxPillars"
            type="number"
            min={0}
            max={industries.length}
            label="division.maxPillars"
            hint="division.pillarsHint"
            defaultValue={position?.maxPillars ?? ""}
          />
        </div>
        <div className="row">
          <TextField
            name="envelopeMedium"
            type="number"
            min={0}
            step="any"
            label="division.envelopeMedium"
            hint="division.envelopeHint"
            defaultValue={position?.envelopeMedium ?? ""}
          />
          <TextField
            name="envelopeLong"
            type="number"
            min={0}
            step="any"
            label="division.envelopeLong"
            hint="division.envelopeHint"
            defaultValue={position?.envelopeLong ?? ""}
          />
        </div>
        <SubmitButton label="division.savePosition" />
      </ActionForm>
      {isLead && position && (
        <ActionButton
          action={() => submitDivisionPositionAction(slug, delegationId)}
          label="division.submitPosition"
          variant="primary"
        />
      )}
    </>
  );
}

/** One industry's three choices, as a radio group named after its code, with its error. */
function StanceField({ code, name, stance }: { code: string; name: string; stance: Stance }) {
  const t = useT();
  const { fieldErrors, formId } = useFormState();
  const field = `${STANCE_FIELD}${code}`;
  const error = fieldErrors[field];
  const errorId = `${formId}-${field}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} data-testid={`stance-${code}`}>
      <legend>{name}</legend>
      <div className="row">
        {STANCES.map((value) => (
          <label key={value} className="field-inline">
            <input
              type="radio"
              name={field}
              value={value}
              defaultChecked={stance === value}
              id={value === stance ? `${formId}-${field}` : undefined}
            />{" "}
            {t(STANCE_LABEL[value])}
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {isMessageKey(error) ? t(error) : t("errors.invalid")}
        </p>
      )}
    </fieldset>
  );
}
