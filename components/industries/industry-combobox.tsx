"use client";

import { Combobox } from "@base-ui/react/combobox";
import { useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import styles from "@/components/ui/multi-combobox.module.css";
import type { HandOver } from "@/components/ui/use-first-use";
import { industryByCode, industryLabel, searchIndustries, type Industry } from "@/lib/industries/classification";

const SHOWN = 12;

interface Props {
  name: string;
  defaultCode?: string;
  /** The field's id and descriptions (FieldShell, in IndustryPicker). */
  aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
  /** What the stand-in kept while this loaded (components/ui/use-first-use.ts). */
  handOver: HandOver;
}

/**
 * One GB/T 4754-2017 division, searchable (Base UI's Combobox, like the multi-select): type a code
 * or a name in English or Chinese, move with ↑/↓, pick with Enter, a click or a tap. The list is
 * ranked by lib/industries/classification's search (code first, then names that start with the
 * query). The chosen code is posted as `name`. Loaded on first use by IndustryPicker.
 */
export function IndustryCombobox({ name, defaultCode, aria, handOver }: Props) {
  const t = useT();
  const locale = useLocale();
  const initial = useMemo(() => (defaultCode ? (industryByCode(defaultCode) ?? null) : null), [defaultCode]);
  const [value, setValue] = useState<Industry | null>(initial);
  const [query, setQuery] = useState(handOver.query ?? (initial ? industryLabel(initial, locale) : ""));
  const input = useRef<HTMLInputElement>(null);
  // While the input shows the chosen industry, the list offers every division, not just that one.
  const showingChoice = value !== null && query === industryLabel(value, locale);
  const shown = useMemo(() => searchIndustries(showingChoice ? "" : query, SHOWN), [query, showingChoice]);

  // Like a native control, go back to the default when the form is reset (after adding).
  useEffect(() => {
    const form = input.current?.form;
    const reset = () => {
      setValue(initial);
      setQuery(initial ? industryLabel(initial, locale) : "");
    };
    form?.addEventListener("reset", reset);
    return () => form?.removeEventListener("reset", reset);
  }, [initial, locale]);

  return (
    <Combobox.Root
      defaultOpen={!!handOver.query || handOver.openList}
      items={shown}
      filteredItems={shown}
      name={name}
      value={value}
      onValueChange={(industry: Industry | null) => setValue(industry)}
      inputValue={query}
      onInputValueChange={setQuery}
      // Opened with what was typed into the stand-in: its first match is highlighted, as if typed
      // here ("always" is Base UI's own mode, which its Root's types leave out).
      autoHighlight={handOver.query ? ("always" as unknown as boolean) : true}
      isItemEqualToValue={(a: Industry, b: Industry) => a.code === b.code}
      itemToStringValue={(industry: Industry) => industry.code}
      itemToStringLabel={(industry: Industry) => industryLabel(industry, locale)}
    >
      <Combobox.Input {...aria} ref={input} autoComplete="off" autoFocus={handOver.focus} />
      <Combobox.Portal>
        <Combobox.Positioner className={styles.positioner} sideOffset={4}>
          <Combobox.Popup className={styles.popup}>
            <Combobox.Empty className={styles.empty}>{t("combobox.empty")}</Combobox.Empty>
            <Combobox.List className={styles.list}>
              {(industry: Industry) => (
                <Combobox.Item key={industry.code} value={industry} className={styles.item}>
                  <Combobox.ItemIndicator className={styles.indicator} aria-hidden>
                    ✓
                  </Combobox.ItemIndicator>
                  <span className={styles.itemText}>
                    {industryLabel(industry, locale)}{" "}
                    <span className="muted" lang={locale === "zh-CN" ? "en" : "zh-CN"}>
                      {locale === "zh-CN" ? industry.nameEn : industry.nameZh}
                    </span>
                  </span>
                </Combobox.Item>
              )}
            </Combobox.List>
          </Combobox.Popup>
        </Combobox.Positioner>
      </Combobox.Portal>
    </Combobox.Root>
  );
}
