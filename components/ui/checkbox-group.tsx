"use client";

import type { ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { isMessageKey, type MessageKey } from "@/lib/i18n/translate";
import { useFormState } from "./action-form";

interface Props {
  name: string;
  legend: MessageKey;
  choices: Array<{ value: string; label: string }>;
  selected?: readonly string[];
  /** Shown when there is nothing to choose from. */
  empty?: ReactNode;
}

/** A fieldset of checkboxes posting `name` once per ticked box, with the group's translated error
 * (the form focuses the fieldset when the error is the first one). */
export function CheckboxGroup({ name, legend, choices, selected = [], empty }: Props) {
  const t = useT();
  const { fieldErrors, formId } = useFormState();
  const error = fieldErrors[name];
  const errorId = `${formId}-${name}-error`;
  return (
    <fieldset id={`${formId}-${name}`} tabIndex={-1} aria-describedby={error ? errorId : undefined}>
      <legend>{t(legend)}</legend>
      {choices.length === 0 && empty}
      {choices.map((choice) => (
        <label key={choice.value} className="field-inline">
          <input type="checkbox" name={name} value={choice.value} defaultChecked={selected.includes(choice.value)} />{" "}
          {choice.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={errorId}>
          {isMessageKey(error) ? t(error) : t("errors.invalid")}
        </p>
      )}
    </fieldset>
  );
}
