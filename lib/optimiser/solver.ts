// HiGHS (the `highs` package: HiGHS compiled to WebAssembly, MIT) run off the request thread: one
// worker per process (lib/optimiser/highs-worker.mjs), started on first use. Each solve has a
// deadline beyond HiGHS's own time limit: a worker that does not answer in time is ended (and a
// fresh one started for the next solve), so a runaway model cannot hold the server.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type loadHighs from "highs";

type Highs = Awaited<ReturnType<typeof loadHighs>>;
export type HighsResult = ReturnType<Highs["solve"]>;
export type HighsOptions = Parameters<Highs["solve"]>[1];

/** Thrown when the solver stops without an answer (time limit, numerical trouble, a lost worker). */
export class SolverError extends Error {}

type Pending = {
  owner: Worker;
  resolve: (result: HighsResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, Pending>();

/** Rejects what was asked of a worker that is gone (not what a newer worker is solving). */
function fail(owner: Worker, error: Error) {
  for (const [id, request] of pending) {
    if (request.owner !== owner) continue;
    pending.delete(id);
    clearTimeout(request.timer);
    request.reject(error);
  }
}

function start(): Worker {
  // The script is read from the project's files, not the bundle (the server runs from the root).
  const started = new Worker(path.join(process.cwd(), "lib/optimiser/highs-worker.mjs"));
  // An idle solver does not keep a command-line run or a test process alive.
  started.unref();
  started.on("message", ({ id, result, error }: { id: number; result?: HighsResult; error?: string }) => {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    clearTimeout(request.timer);
    if (error !== undefined) request.reject(new SolverError(`the solver failed: ${error}`));
    else request.resolve(result!);
  });
  const lost = (reason: string) => {
    if (worker === started) worker = null;
    fail(started, new SolverError(`the solver stopped: ${reason}`));
  };
  started.on("error", (error) => lost(error.message));
  started.on("exit", (code) => lost(`worker exited (${code})`));
  return started;
}

/** Solves a model given as LP text; rejects with SolverError after `deadlineMs`. */
export function solveLp(lp: string, options: HighsOptions, deadlineMs: number): Promise<HighsResult> {
  const current = (worker ??= start());
  const id = next++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new SolverError("the solver did not answer in time"));
      // Whatever it is still doing is abandoned; the next solve starts a fresh worker.
      if (worker === current) worker = null;
      void current.terminate();
    }, deadlineMs);
    pending.set(id, { owner: current, resolve, reject, timer });
    current.postMessage({ id, lp, options });
  });
}

/** Ends the worker (a command-line run, once it has its answer: tsx's loader keeps an unreferenced
 * worker's process alive). The next solve starts a new one. */
export async function stopSolver(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await current.terminate();
}
