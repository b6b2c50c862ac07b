"use client";

import { Combobox } from "@base-ui/react/combobox";
import { useEffect, useMemo, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { ComboGroup, ComboOption, MultiComboboxProps } from "./multi-combobox";
import type { HandOver } from "./use-first-use";
import styles from "./multi-combobox.module.css";

interface Props extends Omit<MultiComboboxProps, "label" | "hint"> {
  /** The field's id and descriptions (FieldShell). */
  aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
  /** What the stand-in kept while this loaded (./use-first-use.ts). */
  handOver: HandOver;
}

/**
 * A searchable multi-select (Base UI's Combobox): type part of a name or a code, pick with Enter,
 * a click or a tap; the choices show as chips, removed with their × or Backspace. Each chosen
 * value is posted under `name`, like the options of a native `<select multiple>`. Loaded on first
 * use by MultiComboboxField (./multi-combobox.tsx), which renders the label and the errors.
 */
export function MultiComboboxControl({ name, groups, defaultValues = [], aria, handOver }: Props) {
  const t = useT();
  const shown = useMemo(() => groups.filter((group) => group.items.length > 0), [groups]);
  const initial = useMemo(() => {
    const byValue = new Map(shown.flatMap((group) => group.items.map((item) => [item.value, item])));
    return defaultValues.flatMap((value) => byValue.get(value) ?? []);
  }, [shown, defaultValues]);
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);

  // Like a native control, go back to the default values when the form is reset (after adding).
  useEffect(() => {
    const form = input.current?.form;
    const reset = () => setValue(initial);
    form?.addEventListener("reset", reset);
    return () => form?.removeEventListener("reset", reset);
  }, [initial]);

  return (
    <Combobox.Root
      items={shown}
      multiple
      name={name}
      defaultInputValue={handOver.query ?? ""}
      defaultOpen={!!handOver.query || handOver.openList}
      // Opened with what was typed into the stand-in: its first match is highlighted ("always" is
      // Base UI's own mode, which its Root's types leave out).
      autoHighlight={handOver.query ? ("always" as unknown as boolean) : false}
      value={value}
      onValueChange={setValue}
      filter={matches}
      isItemEqualToValue={(a: ComboOption, b: ComboOption) => a.value === b.value}
      itemToStringValue={(item: ComboOption) => item.value}
      itemToStringLabel={(item: ComboOption) => item.label}
      // Several picks from one search: keep the list open after a choice.
      onOpenChange={(open, details) => {
        if (!open && details.reason === "item-press") details.cancel();
      }}
    >
      <Combobox.InputGroup className={styles.group}>
        <Combobox.Value>
          {(selected: ComboOption[]) => (
            <Combobox.Chips
              className={styles.chips}
              aria-label={selected.length > 0 ? t("combobox.selected", { count: selected.length }) : undefined}
            >
              {selected.map((item) => (
                <Combobox.Chip
                  key={item.value}
                  className={styles.chip}
                  aria-label={item.label}
                  aria-description={t("combobox.chipHelp")}
                >
                  <span className={styles.chipText}>{item.label}</span>
                  <Combobox.ChipRemove
                    className={styles.chipRemove}
                    aria-label={t("combobox.remove", { item: item.label })}
                  >
                    ×
                  </Combobox.ChipRemove>
                </Combobox.Chip>
              ))}
              <Combobox.Input
                {...aria}
                ref={input}
                autoFocus={handOver.focus}
                className={styles.input}
                placeholder={selected.length > 0 ? undefined : t("combobox.placeholder")}
                aria-description={selected.length > 0 ? t("combobox.inputHelp", { count: selected.length }) : undefined}
              />
            </Combobox.Chips>
          )}
        </Combobox.Value>
      </Combobox.InputGroup>
      <Combobox.Portal>
        <Combobox.Positioner className={styles.positioner} sideOffset={4}>
          <Combobox.Popup className={styles.popup}>
            <Combobox.Empty className={styles.empty}>{t("combobox.empty")}</Combobox.Empty>
            <Combobox.List className={styles.list}>
              {(group: ComboGroup) => (
                <Combobox.Group key={group.label} items={group.items} className={styles.listGroup}>
                  {shown.length > 1 && (
                    <Combobox.GroupLabel className={styles.groupLabel}>{group.label}</Combobox.GroupLabel>
                  )}
                  <Combobox.Collection>
                    {(item: ComboOption) => (
                      <Combobox.Item key={item.value} value={item} className={styles.item}>
                        <Combobox.ItemIndicator className={styles.indicator} aria-hidden>
                          ✓
                        </Combobox.ItemIndicator>
                        <span className={styles.itemText}>{item.label}</span>
                      </Combobox.Item>
                    )}
                  </Combobox.Collection>
                </Combobox.Group>
              )}
            </Combobox.List>
          </Combobox.Popup>
        </Combobox.Positioner>
      </Combobox.Portal>
    </Combobox.Root>
  );
}

/** Matches every word of the query against the label and keywords, ignoring case and width (ＡＢ = ab). */
function matches(item: ComboOption, query: string): boolean {
  const haystack = normalise(`${item.label} ${item.keywords ?? ""}`);
  return normalise(query)
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function normalise(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}
