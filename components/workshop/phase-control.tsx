"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import type { Phase } from "@/lib/db/generated/enums";
import { changePhaseAction } from "@/lib/workshop/actions";
import { nextPhase, previousPhase } from "@/lib/workshop/phases";

/** Facilitator control: move the room one phase forward or back. */
export function PhaseControl({ slug, current }: { slug: string; current: Phase }) {
  const t = useT();
  const next = nextPhase(current);
  const previous = previousPhase(current);
  return (
    <div className="row" data-testid="phase-control">
      {previous && (
        <ActionForm action={changePhaseAction.bind(null, slug)}>
          <input type="hidden" name="fromPhase" value={current} />
          <input type="hidden" name="phase" value={previous} />
          <SubmitButton label="workshop.backTo" params={{ phase: t(`phases.${previous}`) }} variant="secondary" />
        </ActionForm>
      )}
      {next && (
        <ActionForm action={changePhaseAction.bind(null, slug)}>
          <input type="hidden" name="fromPhase" value={current} />
          <input type="hidden" name="phase" value={next} />
          <SubmitButton label="workshop.moveTo" params={{ phase: t(`phases.${next}`) }} />
        </ActionForm>
      )}
    </div>
  );
}
