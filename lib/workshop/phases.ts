import type { Phase } from "@/lib/db/generated/enums";

export const phases: readonly Phase[] = ["SUBMIT", "ANALYSE", "NEGOTIATE", "VOTE", "RATIFY"];

export function phaseIndex(phase: Phase): number {
  return phases.indexOf(phase);
}

export function nextPhase(phase: Phase): Phase | null {
  return phases[phaseIndex(phase) + 1] ?? null;
}

export function previousPhase(phase: Phase): Phase | null {
  return phases[phaseIndex(phase) - 1] ?? null;
}
