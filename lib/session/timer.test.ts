import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/industries/analysis-fixtures";
import {
  clientClock,
  createTimer,
  elapsed,
  end,
  extend,
  formatCountdown,
  pause,
  remaining,
  start,
  TimerTransitionError,
  type TimerErrorCode,
  type TimerState,
} from "./timer";

const MIN = 60_000;
// An arbitrary server time, so that nothing accidentally works only from 0.
const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);

function throwsCode(action: () => unknown, code: TimerErrorCode) {
  expect(action).toThrow(TimerTransitionError);
  try {
    action();
  } catch (error) {
    expect((error as TimerTransitionError).code).toBe(code);
  }
}

describe("running and pausing", () => {
  it("counts nothing before the start", () => {
    const timer = createTimer(10 * MIN);
    expect(timer).toEqual({ plannedMs: 10 * MIN, extensionMs: 0, elapsedMs: 0, runningSince: null, status: "PENDING" });
    expect(elapsed(timer, T0 + 5 * MIN)).toBe(0);
    expect(remaining(timer, T0 + 5 * MIN)).toBe(10 * MIN);
  });

  it("counts a run from its start, without changing the stored state", () => {
    const timer = start(createTimer(10 * MIN), T0);
    expect(timer).toMatchObject({ status: "RUNNING", runningSince: T0, elapsedMs: 0 });
    expect(elapsed(timer, T0 + 1234)).toBe(1234);
    expect(remaining(timer, T0 + 3 * MIN)).toBe(7 * MIN);
  });

  it("accumulates exactly over pauses, and stands still while paused", () => {
    let timer = start(createTimer(10 * MIN), T0);
    timer = pause(timer, T0 + 90_000);
    expect(timer).toEqual({
      plannedMs: 10 * MIN,
      extensionMs: 0,
      elapsedMs: 90_000,
      runningSince: null,
      status: "PAUSED",
    });
    expect(remaining(timer, T0 + 60 * MIN)).toBe(10 * MIN - 90_000);
    timer = start(timer, T0 + 5 * MIN);
    timer = pause(timer, T0 + 5 * MIN + 30_001);
    timer = start(timer, T0 + 7 * MIN);
    expect(elapsed(timer, T0 + 7 * MIN + 1)).toBe(90_000 + 30_001 + 1);
  });

  it("does not modify the state it is given", () => {
    const timer = Object.freeze(createTimer(MIN));
    const running = Object.freeze(start(timer, T0));
    pause(running, T0 + 1);
    extend(running, 1);
    end(running, T0 + 1);
    expect(timer.status).toBe("PENDING");
    expect(running).toMatchObject({ status: "RUNNING", elapsedMs: 0, extensionMs: 0 });
  });
});

describe("extensions", () => {
  it("extend while running, without interrupting the run", () => {
    const timer = extend(start(createTimer(10 * MIN), T0), 5);
    expect(timer).toMatchObject({ status: "RUNNING", runningSince: T0, extensionMs: 5 * MIN });
    expect(remaining(timer, T0 + 12 * MIN)).toBe(3 * MIN);
  });

  it("extend while paused and before the start, and add up", () => {
    const paused = extend(extend(pause(start(createTimer(10 * MIN), T0), T0 + MIN), 1), 5);
    expect(paused).toMatchObject({ status: "PAUSED", extensionMs: 6 * MIN });
    expect(remaining(paused, T0 + 99 * MIN)).toBe(15 * MIN);
    expect(extend(createTimer(MIN), 60)).toMatchObject({ status: "PENDING", extensionMs: 60 * MIN });
  });

  it("accept whole minutes from 1 to 60 only", () => {
    const timer = createTimer(MIN);
    for (const minutes of [0, -1, 61, 1.5, Number.NaN, Infinity]) {
      throwsCode(() => extend(timer, minutes), "invalidExtension");
    }
  });
});

describe("overrun and end", () => {
  it("reports an overrun as negative time left", () => {
    const timer = start(createTimer(2 * MIN), T0);
    expect(remaining(timer, T0 + 2 * MIN)).toBe(0);
    expect(remaining(timer, T0 + 4 * MIN + 13_000)).toBe(-(2 * MIN + 13_000));
  });

  it("folds a running time into the final state", () => {
    const done = end(start(createTimer(2 * MIN), T0), T0 + 3 * MIN);
    expect(done).toEqual({
      plannedMs: 2 * MIN,
      extensionMs: 0,
      elapsedMs: 3 * MIN,
      runningSince: null,
      status: "DONE",
    });
    // Final: later reads do not move.
    expect(remaining(done, T0 + 99 * MIN)).toBe(-MIN);
  });

  it("ends a paused or pending item as it stands", () => {
    const paused = pause(start(createTimer(2 * MIN), T0), T0 + 30_000);
    expect(end(paused, T0 + 99 * MIN)).toMatchObject({ status: "DONE", elapsedMs: 30_000 });
    expect(end(createTimer(2 * MIN), T0)).toMatchObject({ status: "DONE", elapsedMs: 0 });
  });
});

describe("clock skew between app instances", () => {
  it("never counts negative time when `now` is before the run's start", () => {
    const timer = start(createTimer(10 * MIN), T0);
    expect(elapsed(timer, T0 - 2000)).toBe(0);
    expect(remaining(timer, T0 - 2000)).toBe(10 * MIN);
    // Nor folds it in at a pause or end written by the instance that is behind.
    expect(pause(timer, T0 - 2000).elapsedMs).toBe(0);
    expect(end(timer, T0 - 2000).elapsedMs).toBe(0);
    const resumed = start(pause(start(createTimer(10 * MIN), T0), T0 + MIN), T0 + 2 * MIN);
    expect(elapsed(resumed, T0 + 2 * MIN - 500)).toBe(MIN);
  });

  it("keeps two instances 2 s apart within 2 s of each other", () => {
    const skew = 2000;
    // Instance A (on time) starts, pauses and resumes; instance B (2 s ahead) reads.
    let timer = start(createTimer(10 * MIN), T0);
    timer = pause(timer, T0 + 3 * MIN);
    timer = extend(timer, 1);
    timer = start(timer, T0 + 4 * MIN);
    for (const offset of [0, 1, 999, 30_000, 5 * MIN, 20 * MIN]) {
      const onA = remaining(timer, T0 + 4 * MIN + offset);
      const onB = remaining(timer, T0 + 4 * MIN + offset + skew);
      expect(Math.abs(onA - onB)).toBeLessThanOrEqual(skew);
    }
  });
});

describe("invalid transitions", () => {
  const pending = createTimer(MIN);
  const running = start(pending, T0);
  const paused = pause(running, T0 + 1);
  const done = end(running, T0 + 1);

  it("throw typed errors with codes", () => {
    throwsCode(() => start(running, T0 + 2), "alreadyRunning");
    throwsCode(() => pause(paused, T0 + 2), "notRunning");
    throwsCode(() => pause(pending, T0 + 2), "notRunning");
    for (const action of [() => start(done, T0), () => pause(done, T0), () => extend(done, 1), () => end(done, T0)]) {
      throwsCode(action, "done");
    }
  });

  it("reject times that are not finite numbers", () => {
    throwsCode(() => start(pending, Number.NaN), "invalidTime");
    throwsCode(() => pause(running, Infinity), "invalidTime");
    throwsCode(() => createTimer(-1), "invalidTime");
    throwsCode(() => clientClock(Number.NaN, T0), "invalidTime");
  });

  it("carry their code in the message", () => {
    expect(() => start(running, T0)).toThrow("Timer: alreadyRunning");
  });
});

describe("clientClock", () => {
  it("maps browser time to server time by the offset seen at receipt", () => {
    // The browser's clock is 3 min 20 s behind the server's.
    const clock = clientClock(T0, T0 - 200_000);
    expect(clock.offsetMs).toBe(200_000);
    expect(clock.serverNow(T0 - 200_000 + 5000)).toBe(T0 + 5000);
  });

  it("lags true server time by at most the response latency, never leads it", () => {
    const latency = 350;
    const clientBehind = -42_000;
    // Rendered at T0; received `latency` later, when the server's clock reads T0 + latency.
    const clock = clientClock(T0, T0 + latency + clientBehind);
    for (const later of [0, 1000, 60 * MIN]) {
      const trueServer = T0 + latency + later;
      const estimate = clock.serverNow(T0 + latency + clientBehind + later);
      expect(trueServer - estimate).toBeGreaterThanOrEqual(0);
      expect(trueServer - estimate).toBeLessThanOrEqual(latency);
    }
  });
});

describe("formatCountdown", () => {
  it.each([
    [0, "00:00", false],
    [1, "00:01", false],
    [999, "00:01", false],
    [1000, "00:01", false],
    [1001, "00:02", false],
    [59_999, "01:00", false],
    [60_000, "01:00", false],
    [60_001, "01:01", false],
    [3_599_000, "59:59", false],
    [3_599_001, "1:00:00", false],
    [3_600_000, "1:00:00", false],
    [36_000_000 + 61_000, "10:01:01", false],
    [-1, "00:00", true],
    [-999, "00:00", true],
    [-1000, "00:01", true],
    [-(2 * MIN + 13_999), "02:13", true],
    [-3_600_000, "1:00:00", true],
  ])("%i ms -> %s (over: %s)", (ms, text, over) => {
    expect(formatCountdown(ms)).toEqual({ text, over });
  });

  it("never shows 00:00 while time remains", () => {
    for (let ms = 1; ms <= 3000; ms += 1) expect(formatCountdown(ms).text).not.toBe("00:00");
  });

  it("treats -0 as no overrun and rejects non-finite values", () => {
    expect(formatCountdown(-0)).toEqual({ text: "00:00", over: false });
    expect(() => formatCountdown(Number.NaN)).toThrow(RangeError);
    expect(() => formatCountdown(-Infinity)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const cases = Array.from({ length: 50 }, (_, seed) => seed + 1);

  it.each(cases)("seed %i: remaining = planned + extensions - sum of running intervals", (seed) => {
    const random = createRandom(seed);
    const planned = random.int(0, 60) * MIN + random.int(0, 59_999);
    let timer: TimerState = createTimer(planned);
    let now = T0 + random.int(-1e6, 1e6);
    let extensions = 0;
    let runSince: number | null = null;
    let ran = 0; // Sum of the closed running intervals.
    const check = (at: number) =>
      expect(remaining(timer, at)).toBe(planned + extensions - ran - (runSince === null ? 0 : at - runSince));

    for (let step = random.int(0, 30); step > 0; step -= 1) {
      // Increasing times, sometimes several operations in the same millisecond.
      now += random.chance(0.2) ? 0 : random.int(1, 10 * MIN);
      const op = random.pick(["toggle", "toggle", "extend"] as const);
      if (op === "extend") {
        const minutes = random.pick([1, 5, random.int(1, 60)]);
        timer = extend(timer, minutes);
        extensions += minutes * MIN;
      } else if (runSince === null) {
        timer = start(timer, now);
        runSince = now;
      } else {
        timer = pause(timer, now);
        ran += now - runSince;
        runSince = null;
      }
      check(now);
      check(now + random.int(0, 10 * MIN));
    }
    // Ending folds whatever is running; the total is unchanged.
    const endAt = now + random.int(0, MIN);
    const expected = remaining(timer, endAt);
    timer = end(timer, endAt);
    expect(remaining(timer, endAt + random.int(0, 99 * MIN))).toBe(expected);
  });
});
