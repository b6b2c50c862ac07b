"use client";

import { useCallback, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";

/**
 * Loads a heavy control (a Base UI combobox and its positioning code, about 130 KB) when a person
 * first reaches for it, not with the page: the page's first load stays small, and a plain input
 * stands in until then (see MultiComboboxField, IndustryPicker). `start` is called on the stand-in's
 * focus, pointer-down and pointer-enter; `loaded` is the module once it has arrived.
 */
export function useFirstUse<T>(load: () => Promise<T>): { loaded: T | null; start: () => void } {
  const [loaded, setLoaded] = useState<T | null>(null);
  const started = useRef(false);
  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    load().then(
      (module) => setLoaded(() => module),
      // A failed download (offline for a moment): the next focus tries again.
      () => (started.current = false),
    );
  }, [load]);
  return { loaded, start };
}

/** What the stand-in hands over to the control when it arrives: the text typed meanwhile (null:
 * nothing), whether the stand-in had the focus, and whether ↓ or ↑ asked for the list. */
export interface HandOver {
  query: string | null;
  focus: boolean;
  openList: boolean;
}

/**
 * The stand-in of a searchable field (IndustryPicker, MultiComboboxField): its input's props,
 * which fetch the control on first use and keep what happens before it arrives, and the
 * `handOver` for the control. `shown` is what the input shows until something is typed; the
 * stand-in's input controls `listId`, an empty hidden listbox the caller renders beside it.
 */
export function useStandIn<T>(load: () => Promise<T>, shown: string) {
  const { loaded, start } = useFirstUse(load);
  const [typed, setTyped] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [wantsList, setWantsList] = useState(false);
  const listId = useId();
  const input = {
    role: "combobox",
    "aria-expanded": false,
    "aria-controls": listId,
    "aria-autocomplete": "list",
    autoComplete: "off",
    value: typed ?? shown,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setTyped(event.target.value),
    onFocus: () => {
      setFocused(true);
      start();
    },
    onBlur: () => setFocused(false),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") setWantsList(true);
    },
    onPointerDown: start,
    onPointerEnter: start,
  } as const;
  const handOver: HandOver = { query: typed, focus: focused, openList: wantsList };
  return { Control: loaded, start, typed, input, listId, handOver };
}
