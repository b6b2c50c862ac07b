// The HiGHS solver in a worker thread (lib/optimiser/solver.ts): the server's thread hands it a
// model as LP text and awaits the answer, so a long solve never stalls the live room's streams.
// Plain JavaScript: Node runs it as it is, outside the app's bundle.
import { parentPort } from "node:worker_threads";
import loadHighs from "highs";

const highs = await loadHighs();
parentPort.on("message", ({ id, lp, options }) => {
  try {
    parentPort.postMessage({ id, result: highs.solve(lp, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
