import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { getLocale } from "@/lib/auth/request-locale";
import { sharedRead } from "@/lib/room/shared-read";
import { glossaryMap, localizer, type GlossaryMap, type GlossaryTerm, type Localize } from "./glossary";

/** The workshop's terms, in the order they were added; one read per workshop state (every change
 * to the glossary appends an event, see lib/room/shared-read.ts). */
export function listGlossary(workshop: { id: string; eventSeq: number }): Promise<GlossaryTerm[]> {
  return sharedRead(`glossary\u0000${workshop.id}`, workshop.eventSeq, () =>
    prisma.glossaryTerm.findMany({
      where: { workshopId: workshop.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { en: true, zh: true },
    }),
  );
}

/** The glossary as the reader's map, for GlossaryProvider. */
export function getGlossaryMap(workshop: { id: string; eventSeq: number }): Promise<GlossaryMap> {
  return mapFor(workshop.id, workshop.eventSeq);
}

/** What this request's reader sees for a text of the workshop. */
export async function getLocalize(workshop: { id: string; eventSeq: number }): Promise<Localize> {
  return localizer(await mapFor(workshop.id, workshop.eventSeq));
}

// Once per request (the layout and the page both ask, for the map and for `localize`), keyed by
// values rather than the row object.
const mapFor = cache(async (id: string, eventSeq: number): Promise<GlossaryMap> => {
  const [terms, locale] = await Promise.all([listGlossary({ id, eventSeq }), getLocale()]);
  return glossaryMap(terms, locale);
});

/** For a page that lists several workshops (each has its own glossary): one read for all. */
export async function getLocalizers(workshopIds: string[]): Promise<(workshopId: string) => Localize> {
  const [rows, locale] = await Promise.all([
    prisma.glossaryTerm.findMany({
      where: { workshopId: { in: workshopIds } },
      select: { workshopId: true, en: true, zh: true },
    }),
    getLocale(),
  ]);
  const byWorkshop = new Map<string, GlossaryTerm[]>();
  for (const { workshopId, en, zh } of rows) {
    if (!byWorkshop.has(workshopId)) byWorkshop.set(workshopId, []);
    byWorkshop.get(workshopId)!.push({ en, zh });
  }
  return (workshopId) => localizer(glossaryMap(byWorkshop.get(workshopId) ?? [], locale));
}
