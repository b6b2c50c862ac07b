"use client";

import { useId, useState } from "react";
import { useLocale } from "@/components/i18n/i18n-provider";
import { FieldShell } from "@/components/ui/field";
import { useFirstUse } from "@/components/ui/use-first-use";
import { industryByCode, industryLabel } from "@/lib/industries/classification";

const load = () => import("./industry-combobox").then((module) => module.IndustryCombobox);

/**
 * The industry of an entry, a brand or a reference: a searchable choice of one GB/T 4754-2017
 * division (./industry-combobox.tsx), loaded when a person first reaches for it. Until then a plain
 * input shows the chosen industry and posts its code; what is typed meanwhile is kept.
 */
export function IndustryPicker({ name = "industryCode", defaultCode }: { name?: string; defaultCode?: string }) {
  const locale = useLocale();
  const { loaded: Control, start } = useFirstUse(load);
  const initial = defaultCode ? industryByCode(defaultCode) : undefined;
  const [typed, setTyped] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  // ↓ or ↑ pressed before the control arrived: it opens its list when it does.
  const [wantsList, setWantsList] = useState(false);
  // The list the stand-in controls: empty and hidden until the real control has arrived.
  const listId = useId();
  return (
    <FieldShell name={name} label="industries.fields.industry" hint="industries.fields.industryHint">
      {(aria) =>
        Control ? (
          <Control
            name={name}
            defaultCode={defaultCode}
            aria={aria}
            initialQuery={typed}
            autoFocus={focused}
            openList={wantsList}
          />
        ) : (
          <>
            <input
              {...aria}
              role="combobox"
              aria-expanded={false}
              aria-controls={listId}
              aria-autocomplete="list"
              autoComplete="off"
              value={typed ?? (initial ? industryLabel(initial, locale) : "")}
              onChange={(event) => setTyped(event.target.value)}
              onFocus={() => {
                setFocused(true);
                start();
              }}
              onBlur={() => setFocused(false)}
              onKeyDown={(event) => {
                if (event.key === "ArrowDown" || event.key === "ArrowUp") setWantsList(true);
              }}
              onPointerDown={start}
              onPointerEnter={start}
            />
            <input type="hidden" name={name} value={typed === null ? (initial?.code ?? "") : ""} />
            <div role="listbox" id={listId} hidden />
          </>
        )
      }
    </FieldShell>
  );
}
