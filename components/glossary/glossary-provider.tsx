"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { localizer, type GlossaryMap, type Localize } from "@/lib/glossary/glossary";

const identity: Localize = (text) => text;
const GlossaryContext = createContext<Localize>(identity);

/** The workshop's glossary for this reader (lib/glossary), for the client components that show
 * the workshop's own names and texts. */
export function GlossaryProvider({ map, children }: { map: GlossaryMap; children: ReactNode }) {
  const localize = useMemo(() => localizer(map), [map]);
  return <GlossaryContext.Provider value={localize}>{children}</GlossaryContext.Provider>;
}

/** What the reader sees for a text of the workshop (the text itself outside a workshop). */
export function useLocalize(): Localize {
  return useContext(GlossaryContext);
}
