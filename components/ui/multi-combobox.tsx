"use client";

import { useMemo } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/lib/i18n/translate";
import { FieldShell } from "./field";
import styles from "./multi-combobox.module.css";
import { useStandIn } from "./use-first-use";

export interface ComboOption {
  value: string;
  label: string;
  /** Extra text the search matches besides the label (a code, the name in the other language). */
  keywords?: string;
}

export interface ComboGroup {
  label: string;
  items: ComboOption[];
}

export interface MultiComboboxProps {
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  /** Groups in the order they are listed (the likeliest choices first); empty groups are dropped. */
  groups: ComboGroup[];
  defaultValues?: readonly string[];
}

const load = () => import("./multi-combobox-control").then((module) => module.MultiComboboxControl);

/**
 * A searchable multi-select (./multi-combobox-control.tsx), loaded when a person first reaches for
 * it. Until then a stand-in looks the same and posts the same values: the chosen chips and an
 * input whose focus (or a pointer on it) fetches the control; what is typed meanwhile is kept.
 */
export function MultiComboboxField(props: MultiComboboxProps) {
  const { name, label, hint, groups, defaultValues = [] } = props;
  const t = useT();
  const { Control, start, input, listId, handOver } = useStandIn(load, "");
  const chosen = useMemo(() => {
    const byValue = new Map(groups.flatMap((group) => group.items.map((item) => [item.value, item])));
    return defaultValues.flatMap((value) => byValue.get(value) ?? []);
  }, [groups, defaultValues]);
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(aria) =>
        Control ? (
          <Control {...props} aria={aria} handOver={handOver} />
        ) : (
          <div className={styles.group} onPointerDown={start} onPointerEnter={start}>
            {chosen.map((item) => (
              <span key={item.value} className={styles.chip}>
                <span className={styles.chipText}>{item.label}</span>
                <input type="hidden" name={name} value={item.value} />
              </span>
            ))}
            <input
              {...aria}
              {...input}
              className={styles.input}
              placeholder={chosen.length > 0 ? undefined : t("combobox.placeholder")}
            />
            <div role="listbox" id={listId} hidden />
          </div>
        )
      }
    </FieldShell>
  );
}
