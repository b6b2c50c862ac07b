// An agenda item's countdown (issue 6). Pure: no I/O and no clock of its own; every `now` is server
// time in ms since the epoch, passed in by the caller.
//
// The database stores only what changes at a transition (start, pause, extend, end), never a ticking
// value, so the remaining time is recomputed from it wherever and whenever it is read: after a
// reload, on another machine, after a reconnection.
// - elapsed = elapsedMs + (now - runningSince while RUNNING), the running part clamped at 0: app
//   instances' clocks can disagree by a little, and an instance whose clock is behind the one that
//   started the run must not see time flow backwards (nor fold negative time in at a pause).
// - remaining = plannedMs + extensionMs - elapsed, signed: negative is an overrun.
// - Transitions return a new state; an invalid one throws `TimerTransitionError` with a `code`. DONE
//   is final: every transition out of it fails with "done".

export type TimerStatus = "PENDING" | "RUNNING" | "PAUSED" | "DONE";

export type TimerState = {
  /** Planned duration. */
  plannedMs: number;
  /** Sum of extensions (+1 / +5 min). */
  extensionMs: number;
  /** Time run before the current run (accumulated over pauses). */
  elapsedMs: number;
  /** Server ms when the current run started; null when not running. */
  runningSince: number | null;
  status: TimerStatus;
};

export type TimerErrorCode =
  /** start on a RUNNING timer. */
  | "alreadyRunning"
  /** pause on a timer that is not RUNNING. */
  | "notRunning"
  /** any transition on a DONE timer. */
  | "done"
  /** extend by anything but a whole number of minutes from 1 to 60. */
  | "invalidExtension"
  /** a `now` or duration that is not a finite number. */
  | "invalidTime";

export class TimerTransitionError extends Error {
  constructor(readonly code: TimerErrorCode) {
    super(`Timer: ${code}`);
    this.name = "TimerTransitionError";
  }
}

export const MAX_EXTENSION_MINUTES = 60;
const MINUTE = 60_000;

function finite(value: number): number {
  if (!Number.isFinite(value)) throw new TimerTransitionError("invalidTime");
  return value;
}

function notDone(state: TimerState): void {
  if (state.status === "DONE") throw new TimerTransitionError("done");
}

/** The current run's length so far, never negative (see the clock-skew note above). */
function currentRun(state: TimerState, now: number): number {
  if (state.status !== "RUNNING" || state.runningSince === null) return 0;
  return Math.max(0, finite(now) - state.runningSince);
}

/** A timer that has not been started. */
export function createTimer(plannedMs: number): TimerState {
  if (finite(plannedMs) < 0) throw new TimerTransitionError("invalidTime");
  return { plannedMs, extensionMs: 0, elapsedMs: 0, runningSince: null, status: "PENDING" };
}

/** PENDING | PAUSED -> RUNNING from `now`. */
export function start(state: TimerState, now: number): TimerState {
  notDone(state);
  if (state.status === "RUNNING") throw new TimerTransitionError("alreadyRunning");
  return { ...state, runningSince: finite(now), status: "RUNNING" };
}

/** RUNNING -> PAUSED, folding the current run into `elapsedMs`. */
export function pause(state: TimerState, now: number): TimerState {
  notDone(state);
  if (state.status !== "RUNNING") throw new TimerTransitionError("notRunning");
  return { ...state, elapsedMs: state.elapsedMs + currentRun(state, now), runningSince: null, status: "PAUSED" };
}

/** Adds `minutes` (a whole number from 1 to 60) in any status but DONE; a run goes on undisturbed. */
export function extend(state: TimerState, minutes: number): TimerState {
  notDone(state);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
    throw new TimerTransitionError("invalidExtension");
  }
  return { ...state, extensionMs: state.extensionMs + minutes * MINUTE };
}

/** PENDING | RUNNING | PAUSED -> DONE, folding a current run into `elapsedMs` (final from then on). */
export function end(state: TimerState, now: number): TimerState {
  notDone(state);
  return { ...state, elapsedMs: state.elapsedMs + currentRun(state, now), runningSince: null, status: "DONE" };
}

/** Total time run at `now`, never negative. */
export function elapsed(state: TimerState, now: number): number {
  return state.elapsedMs + currentRun(state, now);
}

/** Time left at `now`: negative when the item overruns (the UI shows "+02:13 over"). */
export function remaining(state: TimerState, now: number): number {
  return state.plannedMs + state.extensionMs - elapsed(state, now);
}

export interface ClientClock {
  /** Server time minus browser time, as estimated at receipt. */
  offsetMs: number;
  /** The browser's estimate of server time at browser time `clientNow` (`Date.now()`). */
  serverNow(clientNow: number): number;
}

/**
 * Lets a browser tick a countdown in server time although its own clock may be off by minutes.
 *
 * The page is rendered with the server's `now` (`serverNowAtRender`); the browser notes its own
 * `Date.now()` when it receives the page (`clientNowAtReceipt`) and assumes both instants are the
 * same. They are not: the server's clock moved on by the response's latency L (render, transfer,
 * hydration) in between. So the estimate lags true server time by between 0 and L, never leads it:
 * the countdown shows at most L too much time left, and never runs out early. Refresh the offset on
 * every fresh server timestamp (e.g. each live event) to keep L small.
 */
export function clientClock(serverNowAtRender: number, clientNowAtReceipt: number): ClientClock {
  const offsetMs = finite(serverNowAtRender) - finite(clientNowAtReceipt);
  return { offsetMs, serverNow: (clientNow) => clientNow + offsetMs };
}

export interface Countdown {
  /** "mm:ss", or "h:mm:ss" from an hour on; no sign. */
  text: string;
  /** True when `ms` is negative: `text` is then the overrun ("+02:13 over"). */
  over: boolean;
}

/**
 * Formats `remaining(...)` for display. Time left is rounded up to the second, so "00:00" never
 * shows while any time remains; an overrun is rounded down, so "+00:01" shows only after a full
 * second over. The display thus steps 00:01 -> 00:00 (at 0 and for the first second over) -> 00:01
 * over, one step per second, like a wall clock.
 */
export function formatCountdown(ms: number): Countdown {
  if (!Number.isFinite(ms)) throw new RangeError(`formatCountdown: ${ms} is not a finite number`);
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, "0");
  const ss = String(seconds % 60).padStart(2, "0");
  return { text: hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`, over };
}

/** The speaking timer: a countdown over the turn's limit, started when the floor was given. */
export function speakingTimer(floor: { since: number; limitSeconds: number | null }): TimerState | null {
  return floor.limitSeconds === null
    ? null
    : {
        plannedMs: floor.limitSeconds * 1000,
        extensionMs: 0,
        elapsedMs: 0,
        runningSince: floor.since,
        status: "RUNNING",
      };
}
