"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { useFormState } from "@/components/ui/action-form";
import { isMessageKey } from "@/lib/i18n/translate";
import type { AllocationRule } from "@/lib/costs/allocation";
import { bases, MAX_RULE_COMPONENTS } from "@/lib/costs/schema";

/**
 * The allocation rule as rows of basis + percent (one row per basis at most). Errors of a row sit
 * next to it; errors of the whole rule (no basis, not 100%) at the top of the group.
 */
export function RuleFields({ rule }: { rule?: AllocationRule }) {
  const t = useT();
  const { fieldErrors, formId } = useFormState();
  const message = (key: string | undefined) => (key ? (isMessageKey(key) ? t(key) : t("errors.invalid")) : null);
  const groupError = message(fieldErrors.components);
  const rows = Array.from({ length: MAX_RULE_COMPONENTS }, (_, i) => rule?.[i]);
  const hintId = `${formId}-components-hint`;
  const groupErrorId = `${formId}-components-error`;
  return (
    <fieldset
      id={`${formId}-components`}
      tabIndex={-1}
      aria-describedby={[hintId, groupError && groupErrorId].filter(Boolean).join(" ")}
      aria-invalid={groupError ? true : undefined}
    >
      <legend>{t("costs.fields.rule")}</legend>
      <p className="field-hint" id={hintId}>
        {t("costs.fields.ruleHint")}
      </p>
      {groupError && (
        <p className="field-error" id={groupErrorId}>
          {groupError}
        </p>
      )}
      {rows.map((component, i) => {
        const basisName = `components.${i}.basis`;
        const weightName = `components.${i}.weight`;
        const basisError = message(fieldErrors[basisName]);
        const weightError = message(fieldErrors[weightName]);
        const id = (name: string) => `${formId}-${name}`;
        return (
          <div className="row" key={i}>
            <div className="field">
              <label htmlFor={id(basisName)}>{t("costs.fields.rowBasis", { number: i + 1 })}</label>
              <select
                id={id(basisName)}
                name={basisName}
                defaultValue={component?.basis ?? ""}
                aria-invalid={basisError ? true : undefined}
                aria-describedby={basisError ? `${id(basisName)}-error` : undefined}
              >
                <option value="">{t("costs.fields.noBasis")}</option>
                {bases.map((basis) => (
                  <option key={basis} value={basis}>
                    {t(`costs.basisOption.${basis}`)}
                  </option>
                ))}
              </select>
              {basisError && (
                <p className="field-error" id={`${id(basisName)}-error`}>
                  {basisError}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={id(weightName)}>{t("costs.fields.rowWeight", { number: i + 1 })}</label>
              <input
                id={id(weightName)}
                name={weightName}
                inputMode="decimal"
                size={8}
                defaultValue={component ? String(Number((component.weight * 100).toFixed(2))) : ""}
                aria-invalid={weightError ? true : undefined}
                aria-describedby={weightError ? `${id(weightName)}-error` : undefined}
              />
              {weightError && (
                <p className="field-error" id={`${id(weightName)}-error`}>
                  {weightError}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
