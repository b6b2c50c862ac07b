"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { isMessageKey, type MessageKey, type MessageParams } from "@/lib/i18n/translate";
import { useFormState } from "./action-form";

interface FieldShellProps {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
  inline?: boolean;
}

/** Label, control, hint and the translated error, wired with aria-describedby. */
export function FieldShell({ name, label, hint, children, inline }: FieldShellProps) {
  const t = useT();
  const { fieldErrors, formId } = useFormState();
  const id = `${formId}-${name}`;
  const error = fieldErrors[name];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const control = children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy });
  return (
    <div className={inline ? "field field-inline" : "field"}>
      {inline && control}
      <label htmlFor={id}>{t(label)}</label>
      {!inline && control}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {t(hint)}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {isMessageKey(error) ? t(error) : t("errors.invalid")}
        </p>
      )}
    </div>
  );
}

type Common = { name: string; label: MessageKey; hint?: MessageKey };

export function TextField({ name, label, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(aria) => <input name={name} {...input} {...aria} />}
    </FieldShell>
  );
}

export function TextAreaField({ name, label, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(aria) => <textarea name={name} {...input} {...aria} />}
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  children,
  ...input
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(aria) => (
        <select name={name} {...input} {...aria}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ name, label, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell name={name} label={label} hint={hint} inline>
      {(aria) => <input type="checkbox" name={name} {...input} {...aria} />}
    </FieldShell>
  );
}

interface SubmitButtonProps {
  label: MessageKey;
  params?: MessageParams;
  pendingLabel?: MessageKey;
  variant?: "primary" | "secondary" | "danger";
}

export function SubmitButton({ label, params, pendingLabel, variant = "primary" }: SubmitButtonProps) {
  const t = useT();
  const { pending } = useFormState();
  return (
    // aria-disabled, not disabled: a disabled button loses the keyboard focus, which would drop to
    // the page's body after every submit (ActionForm ignores a submit while one is pending).
    <button type="submit" className={`button button-${variant}`} aria-disabled={pending}>
      {pending ? t(pendingLabel ?? "common.saving") : t(label, params)}
    </button>
  );
}
