"use client";

import { useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";

export const consensusRules = ["UNANIMITY", "CONSENSUS_MINUS_ONE", "QUALIFIED_MAJORITY"] as const;
export type ConsensusRuleKind = (typeof consensusRules)[number];

export interface ConsensusRuleValues {
  consensusRule: ConsensusRuleKind;
  minSupport: number;
  majorityShare: number | null;
  doubleMajority: boolean;
}

export const defaultConsensusRule: ConsensusRuleValues = {
  consensusRule: "UNANIMITY",
  minSupport: 1,
  majorityShare: null,
  doubleMajority: false,
};

/** The consensus rule fields, shared by the new-workshop form and the plan settings: only the
 * parameter of the chosen rule is shown. */
export function ConsensusRuleFields({
  initial = defaultConsensusRule,
  disabled,
  describedBy,
  children,
}: {
  initial?: ConsensusRuleValues;
  disabled?: boolean;
  describedBy?: string;
  children?: ReactNode;
}) {
  const t = useT();
  const [rule, setRule] = useState<ConsensusRuleKind>(initial.consensusRule);
  return (
    <fieldset disabled={disabled} aria-describedby={describedBy}>
      <legend>{t("workshop.fields.consensus")}</legend>
      <SelectField
        name="consensusRule"
        label="workshop.fields.consensusRule"
        value={rule}
        onChange={(event) => setRule(event.target.value as ConsensusRuleKind)}
      >
        {consensusRules.map((value) => (
          <option key={value} value={value}>
            {t(`consensusRules.${value}`)}
          </option>
        ))}
      </SelectField>
      {rule === "UNANIMITY" && (
        <TextField
          name="minSupport"
          label="workshop.fields.minSupport"
          hint="workshop.fields.minSupportHint"
          type="number"
          min={1}
          defaultValue={initial.minSupport}
        />
      )}
      {rule === "QUALIFIED_MAJORITY" && (
        <TextField
          name="majorityShare"
          label="workshop.fields.majorityShare"
          hint="workshop.fields.majorityShareHint"
          type="number"
          step="0.01"
          min={0.51}
          max={1}
          defaultValue={initial.majorityShare ?? "0.66"}
        />
      )}
      <CheckboxField
        name="doubleMajority"
        label="workshop.fields.doubleMajority"
        hint="workshop.fields.doubleMajorityHint"
        defaultChecked={initial.doubleMajority}
      />
      {children}
    </fieldset>
  );
}
