// The first check of every server action (lib/server/action.ts): what arrived over the wire is
// something the app's own forms could have sent. Next.js decodes an action's arguments from the
// request as the caller wrote them, so an attacker can send objects, arrays, huge argument lists,
// or text with NUL bytes (which PostgreSQL refuses, as an error). All of that is refused here,
// before any query, as bad input with a translated message.
import type { ActionResult, FieldErrors } from "./result";

/** PostgreSQL stores no NUL byte in text, and no form produces one. Other control characters are
 * left alone: text pasted from a word processor carries some (a vertical tab for a line break). */
const CONTROL = /\u0000/;

function plainValue(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/** Null when the arguments are fine; otherwise the result to answer with. */
export function wireProblem(args: readonly unknown[], arity: number): ActionResult<never> | null {
  if (args.length > arity) return { ok: false, code: "errors.invalid" };
  for (const arg of args) {
    if (arg instanceof FormData) {
      const fieldErrors = formProblems(arg);
      if (fieldErrors) return { ok: false, code: "errors.checkFields", fieldErrors };
    } else if (!plainValue(arg)) {
      return { ok: false, code: "errors.invalid" };
    } else if (typeof arg === "string" && CONTROL.test(arg)) {
      return { ok: false, code: "errors.invalidCharacters" };
    }
  }
  return null;
}

/** Field-level, so the form shows the message next to the field that carried the bytes. */
function formProblems(form: FormData): FieldErrors | null {
  let problems: FieldErrors | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && CONTROL.test(value)) {
      problems ??= {};
      problems[name] = "errors.invalidCharacters";
    }
  }
  return problems;
}
