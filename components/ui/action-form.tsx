"use client";

import { createContext, useContext, useEffect, useId, useRef, useState, useTransition, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { isMessageKey, type MessageKey } from "@/lib/i18n/translate";
import type { ActionResult, ErrorCode, FieldErrors } from "@/lib/server/result";

interface FormState {
  fieldErrors: FieldErrors;
  pending: boolean;
  formId: string;
}

const FormContext = createContext<FormState>({ fieldErrors: {}, pending: false, formId: "" });
export const useFormState = () => useContext(FormContext);

// Generic over the success payload; failures share one shape.
type AnyResult = ActionResult<Record<string, unknown>>;

interface Props<R extends AnyResult> {
  action: (formData: FormData) => Promise<R>;
  onSuccess?: (result: Extract<R, { ok: true }>, form: HTMLFormElement) => void;
  /** Called on every failure, after the errors are shown. */
  onFailure?: () => void;
  /** What this form says instead of a generic error (a vote says the vote did not count). */
  messages?: Partial<Record<ErrorCode, MessageKey>>;
  children: ReactNode;
  className?: string;
  /** Accessible name of the form. */
  label?: string;
}

/**
 * A form bound to a server action: submits without a page reload, keeps what the user typed on
 * error, shows the translated form-level error in an alert region and field errors next to
 * their fields, and moves focus to the first invalid field.
 */
export function ActionForm<R extends AnyResult>({
  action,
  onSuccess,
  onFailure,
  messages,
  children,
  className,
  label,
}: Props<R>) {
  const t = useT();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Focus moves after React has rendered the errors (an effect), never before.
  const [focusRequest, setFocusRequest] = useState<{ field: string | null } | null>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!focusRequest || !form) return;
    const { field } = focusRequest;
    // Fields render their control with id `${formId}-${name}` (also when the posted input is hidden).
    const target = field
      ? (form.querySelector<HTMLElement>(`#${CSS.escape(`${formId}-${field}`)}`) ??
        form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]:not([type=hidden])`))
      : null;
    (target ?? form.querySelector<HTMLElement>("[data-form-error]"))?.focus();
  }, [focusRequest, formId]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The submit button stays focusable while pending (aria-disabled): a second press waits.
    if (pending) return;
    const form = event.currentTarget;
    // A file over its field's limit (data-max-bytes) is refused here, before a long upload that
    // the server would refuse anyway (past the server-action body limit, with no message).
    const tooLarge = [...form.querySelectorAll<HTMLInputElement>("input[type=file][data-max-bytes]")].find((input) =>
      [...(input.files ?? [])].some((file) => file.size > Number(input.dataset.maxBytes)),
    );
    if (tooLarge) {
      setFieldErrors({ [tooLarge.name]: (tooLarge.dataset.tooLarge ?? "errors.invalid") as ErrorCode });
      setFormError(t("errors.checkFields"));
      setFocusRequest({ field: tooLarge.name });
      return;
    }
    const data = new FormData(form);
    startTransition(async () => {
      let result: R;
      try {
        result = await action(data);
      } catch {
        setFieldErrors({});
        setFormError(t("errors.network"));
        onFailure?.();
        return;
      }
      if (result.ok) {
        setFieldErrors({});
        setFormError(null);
        onSuccess?.(result as Extract<R, { ok: true }>, form);
        return;
      }
      const failed = result as Extract<AnyResult, { ok: false }>;
      setFieldErrors(failed.fieldErrors ?? {});
      const key = messages?.[failed.code] ?? (isMessageKey(failed.code) ? failed.code : "errors.unexpected");
      setFormError(t(key, failed.detail));
      setFocusRequest({ field: Object.keys(failed.fieldErrors ?? {})[0] ?? null });
      onFailure?.();
    });
  }

  return (
    <FormContext.Provider value={{ fieldErrors, pending, formId }}>
      <form ref={formRef} onSubmit={submit} className={className} aria-label={label} noValidate aria-busy={pending}>
        {formError && (
          <p className="form-error" role="alert" data-form-error tabIndex={-1} id={`${formId}-error`}>
            {formError}
          </p>
        )}
        {children}
      </form>
    </FormContext.Provider>
  );
}
