"use client";

import { useCallback, useRef, useState } from "react";

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
