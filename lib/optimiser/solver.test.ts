// HiGHS off the request thread: a solve answers through the worker; one that misses its deadline
// is refused with SolverError and its worker abandoned; the next solve works on a fresh worker.
import { afterAll, describe, expect, it } from "vitest";
import { SolverError, solveLp, stopSolver } from "./solver";

const LP =
  "Maximize\n obj: x + 2 y\nSubject To\n c1: x + y <= 4\nBounds\n 0 <= x <= 3\n 0 <= y <= 1\nGenerals\n x y\nEnd\n";
const options = { output_flag: false };

afterAll(stopSolver);

describe("the solver worker", () => {
  it("solves a model sent as LP text", async () => {
    const result = await solveLp(LP, options, 10_000);
    expect(result.Status).toBe("Optimal");
    expect(result.ObjectiveValue).toBe(5);
  });

  it("gives up on a solve past its deadline, and the next one still works", async () => {
    // A fresh worker spends tens of milliseconds loading HiGHS: far past a 1 ms deadline.
    await stopSolver();
    await expect(solveLp(LP, options, 1)).rejects.toBeInstanceOf(SolverError);
    const result = await solveLp(LP, options, 10_000);
    expect(result.ObjectiveValue).toBe(5);
  });
});
