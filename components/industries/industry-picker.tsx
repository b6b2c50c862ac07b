"use client";

import { useId, useMemo, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { useFormState } from "@/components/ui/action-form";
import { industryByCode, industryLabel, searchIndustries, type Industry } from "@/lib/industries/classification";
import { isMessageKey } from "@/lib/i18n/translate";

/**
 * An accessible combobox over the GB/T 4754-2017 divisions: type a code or a name in English or
 * Chinese, move with ↑/↓, pick with Enter or a click. The chosen code is posted as `name`.
 */
export function IndustryPicker({ name = "industryCode", defaultCode }: { name?: string; defaultCode?: string }) {
  const t = useT();
  const locale = useLocale();
  const { fieldErrors, formId } = useFormState();
  const id = `${formId}-${name}`;
  const listId = useId();
  const initial = defaultCode ? industryByCode(defaultCode) : undefined;
  const [code, setCode] = useState(initial?.code ?? "");
  const [query, setQuery] = useState(initial ? industryLabel(initial, locale) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(
    () => searchIndustries(query === (code && industryLabel(industryByCode(code)!, locale)) ? "" : query, 12),
    [query, code, locale],
  );
  const error = fieldErrors[name];

  const choose = (industry: Industry) => {
    setCode(industry.code);
    setQuery(industryLabel(industry, locale));
    setOpen(false);
  };

  return (
    <div className="field combobox">
      <label htmlFor={id}>{t("industries.fields.industry")}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].code}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCode("");
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === "Enter" && open && results[active]) {
            event.preventDefault();
            choose(results[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <input type="hidden" name={name} value={code} />
      <p className="field-hint" id={`${id}-hint`}>
        {t("industries.fields.industryHint")}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {isMessageKey(error) ? t(error) : t("errors.invalid")}
        </p>
      )}
      {open && results.length > 0 && (
        <ul className="combobox-list" role="listbox" id={listId} aria-label={t("industries.fields.industry")}>
          {results.map((industry, index) => (
            <li
              key={industry.code}
              id={`${listId}-${industry.code}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(industry);
              }}
            >
              <strong>{industry.code}</strong> {locale === "zh-CN" ? industry.nameZh : industry.nameEn}{" "}
              <span className="muted" lang={locale === "zh-CN" ? "en" : "zh-CN"}>
                {locale === "zh-CN" ? industry.nameEn : industry.nameZh}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
