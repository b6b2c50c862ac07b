import { randomInt } from "node:crypto";

// Join codes: short enough to read out in a room and type on a phone. 32 symbols without the
// look-alikes 0/O and 1/I, 6 of them: 2^30 codes. Guessing one gives only a pending request (a
// facilitator admits people), and attempts are throttled (lib/session/join-mutations.ts).

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join(
    "",
  );
}

/** What people type: any case, with spaces or dashes ("abc-234"). */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function isJoinCodeShape(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** "ABC-234": easier to read out. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
