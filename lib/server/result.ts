// The one shape every server action returns. `code` and field errors are message keys, so the
// client translates them into the user's language.
import type { z } from "zod";
import type en from "@/messages/en.json";

/** Every failure is one of the translated messages under `errors`: a closed set, so a code that
 * has no message fails to compile. */
export type ErrorCode = `errors.${keyof (typeof en)["errors"]}`;

export type FieldErrors = Record<string, ErrorCode>;

export interface ActionFailure {
  ok: false;
  code: ErrorCode;
  fieldErrors?: FieldErrors;
  /** Parameters of the translated message, e.g. a request id. */
  detail?: Record<string, string | number>;
  /** On an edit conflict: the version someone else saved, to show next to the user's own. */
  current?: Record<string, unknown>;
  /** Bulk imports: problems of the file as a whole, and of single rows by line number. */
  fileErrors?: string[];
  rowErrors?: RowError[];
}

export interface RowError {
  line: number;
  field: string;
  /** Message key, with its parameters if it has any. */
  message: string;
  params?: Record<string, string | number>;
  value?: string;
}

export type ActionResult<T = object> = ({ ok: true } & T) | ActionFailure;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    // Our schemas carry message keys; zod's own messages (e.g. type errors) fall back to "invalid".
    fieldErrors[field] ??= issue.message.startsWith("errors.") ? (issue.message as ErrorCode) : "errors.invalid";
  }
  return fieldErrors;
}

export function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, code: "errors.checkFields", fieldErrors: fieldErrorsOf(error) };
}

export function failure(code: ErrorCode, fieldErrors?: FieldErrors): ActionResult<never> {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

/** Thrown by mutations for expected failures (conflict, not found...) and turned into a result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors?: FieldErrors,
    readonly current?: Record<string, unknown>,
    /** A bulk import's problems, row by row. */
    readonly report?: Pick<ActionFailure, "fileErrors" | "rowErrors" | "detail">,
  ) {
    super(code);
  }

  toResult(): ActionFailure {
    const { code, fieldErrors, current, report } = this;
    return { ok: false, code, fieldErrors, current, ...report };
  }
}
