import type { Phase } from "@/lib/db/generated/enums";
import { getTranslator } from "@/lib/auth/request-locale";
import { phaseIndex, phases } from "@/lib/workshop/phases";

/** The five phases with the current one marked (by text and aria-current, not colour alone). */
export async function PhaseStepper({ current }: { current: Phase }) {
  const t = await getTranslator();
  const currentIndex = phaseIndex(current);
  return (
    <ol className="stepper">
      {phases.map((phase, index) => (
        <li
          key={phase}
          aria-current={phase === current ? "step" : undefined}
          className={index < currentIndex ? "done" : phase === current ? "current" : ""}
        >
          <span className="step-number">{index + 1}</span> {t(`phases.${phase}`)}
          {phase === current && <span className="visually-hidden"> ({t("workshop.currentPhase")})</span>}
        </li>
      ))}
    </ol>
  );
}
