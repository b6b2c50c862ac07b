// Watching live pages and driving a stream of events, for the resilience journeys
// (e2e/restart.spec.ts): a page's applied events and stream requests, a facilitator moving the
// phase back and forth one committed event at a time, and the event log as the database has it.
import { expect, type Page } from "@playwright/test";
import type pg from "pg";
import { expectLive, phaseBadge, type Person } from "./app";
import { en } from "./i18n";

export const PHASES = ["SUBMIT", "ANALYSE", "NEGOTIATE", "VOTE", "RATIFY"] as const;
export type Phase = (typeof PHASES)[number];

export function phaseLabel(phase: Phase): string {
  return en("workshop.phaseLabel", { phase: en(`phases.${phase}`) });
}

/**
 * Opens the workshop afresh with listeners in place: the seq of every "roundtable:event" the page
 * dispatches (kept in the window: a reload starts it over), the `after` of every stream
 * request, and the page's own RSC requests (refreshes, prefetches) still in flight.
 */
export async function watchLivePage(person: Person, slug: string, latestSeq: (slug: string) => Promise<number>) {
  const { page, context } = person;
  await context.addInitScript(() => {
    const w = window as unknown as { e2eSeen: number[] };
    w.e2eSeen = [];
    window.addEventListener("roundtable:event", (event) => {
      w.e2eSeen.push((event as CustomEvent<{ seq: number }>).detail.seq);
    });
  });
  const streamRequests: string[] = [];
  let crashAt = Number.POSITIVE_INFINITY;
  const inFlight = new Set<unknown>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/events")) streamRequests.push(url.searchParams.get("after") ?? "");
    if (url.searchParams.has("_rsc")) inFlight.add(request);
  });
  page.on("requestfinished", (request) => inFlight.delete(request));
  page.on("requestfailed", (request) => inFlight.delete(request));
  await page.goto(`/w/${slug}`);
  await expectLive(page);
  await page.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = "no reload"));

  const seen = () => page.evaluate(() => [...(window as unknown as { e2eSeen: number[] }).e2eSeen]);
  return {
    page,
    seen,
    marker: () => page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker),
    markCrash: () => (crashAt = streamRequests.length),
    /** The `after` of each stream request made since markCrash(). */
    streamRequestsSinceCrash: () => streamRequests.slice(crashAt),
    /** Waits until the page has applied every committed event, shows `phase` and has no RSC
     * request in flight (twice in a row, a poll apart: a refresh is followed by prefetches). */
    async settled(phase: Phase) {
      await expect(phaseBadge(page)).toHaveText(phaseLabel(phase));
      let quiet = 0;
      await expect
        .poll(
          async () => {
            const idle = inFlight.size === 0 && (await seen()).at(-1) === (await latestSeq(slug));
            quiet = idle ? quiet + 1 : 0;
            return quiet >= 2;
          },
          { intervals: [100], timeout: 30_000 },
        )
        .toBe(true);
    },
  };
}

export interface PhasePump {
  readonly committed: number;
  readonly phase: Phase;
  waitFor(count: number, what: string): Promise<void>;
  /** Resolves once the change in progress has committed; no new one starts until resume(). */
  pause(): Promise<void>;
  resume(): void;
  stop(): Promise<void>;
}

/** The facilitator moves the phase forth and back, one committed change (one event) after the
 * other, until stopped. */
export function startPhasePump(page: Page): PhasePump {
  let phase: Phase = "SUBMIT";
  let direction = 1;
  let committed = 0;
  let failure: unknown = null;
  // Set from outside while the loop runs (a holder, so TypeScript does not narrow them away).
  const control: {
    stopping: boolean;
    paused: { promise: Promise<void>; resolve: () => void } | null;
    onPause: (() => void) | null;
  } = { stopping: false, paused: null, onPause: null };
  const done = (async () => {
    while (!control.stopping) {
      if (control.paused) {
        control.onPause?.();
        await control.paused.promise;
        continue;
      }
      const from = PHASES.indexOf(phase);
      if (!PHASES[from + direction]) direction = -direction;
      const to = PHASES[from + direction]!;
      const label = direction > 0 ? "workshop.moveTo" : "workshop.backTo";
      await page.getByRole("button", { name: en(label, { phase: en(`phases.${to}`) }) }).click();
      await expect(phaseBadge(page)).toHaveText(phaseLabel(to));
      phase = to;
      committed += 1;
    }
  })().catch((error: unknown) => {
    failure = error;
  });
  const pump: PhasePump = {
    get committed() {
      return committed;
    },
    get phase() {
      return phase;
    },
    async waitFor(count, what) {
      const deadline = Date.now() + 60_000;
      while (committed < count) {
        if (failure) throw failure;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${committed} committed)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async pause() {
      if (control.paused) return;
      let resolve = () => {};
      control.paused = { promise: new Promise<void>((r) => (resolve = r)), resolve: () => resolve() };
      await Promise.race([new Promise<void>((r) => (control.onPause = r)), done]);
      control.onPause = null;
      if (failure) throw failure;
    },
    resume() {
      const paused = control.paused;
      control.paused = null;
      paused?.resolve();
    },
    async stop() {
      control.stopping = true;
      pump.resume();
      await done;
      if (failure) throw failure;
    },
  };
  return pump;
}

/** The workshop's event log as the database has it. */
export function workshopEvents(db: pg.Client) {
  return {
    async latestSeq(slug: string): Promise<number> {
      const { rows } = await db.query<{ eventSeq: number }>(`SELECT "eventSeq" FROM "Workshop" WHERE slug = $1`, [
        slug,
      ]);
      return rows[0]!.eventSeq;
    },
    async eventSeqs(slug: string): Promise<number[]> {
      const { rows } = await db.query<{ seq: number }>(
        `SELECT e.seq FROM "Event" e JOIN "Workshop" w ON w.id = e."workshopId" WHERE w.slug = $1 ORDER BY e.seq`,
        [slug],
      );
      return rows.map((row) => row.seq);
    },
  };
}

export async function inBatches<T, R>(
  items: T[],
  size: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, i) => fn(item, start + i)))));
  return results;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
