"use client";

import { useLocale } from "@/components/i18n/i18n-provider";
import { FieldShell } from "@/components/ui/field";
import { useStandIn } from "@/components/ui/use-first-use";
import { industryByCode, industryLabel } from "@/lib/industries/classification";

const load = () => import("./industry-combobox").then((module) => module.IndustryCombobox);

/**
 * The industry of an entry, a brand or a reference: a searchable choice of one GB/T 4754-2017
 * division (./industry-combobox.tsx), loaded when a person first reaches for it. Until then a plain
 * input shows the chosen industry and posts its code; what is typed meanwhile is kept.
 */
export function IndustryPicker({ name = "industryCode", defaultCode }: { name?: string; defaultCode?: string }) {
  const locale = useLocale();
  const initial = defaultCode ? industryByCode(defaultCode) : undefined;
  const { Control, typed, input, listId, handOver } = useStandIn(load, initial ? industryLabel(initial, locale) : "");
  return (
    <FieldShell name={name} label="industries.fields.industry" hint="industries.fields.industryHint">
      {(aria) =>
        Control ? (
          <Control name={name} defaultCode={defaultCode} aria={aria} handOver={handOver} />
        ) : (
          <>
            <input {...aria} {...input} />
            <input type="hidden" name={name} value={typed === null ? (initial?.code ?? "") : ""} />
            <div role="listbox" id={listId} hidden />
          </>
        )
      }
    </FieldShell>
  );
}
