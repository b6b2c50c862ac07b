// `npm run --silent optimise -- input.json`: proposes a division of labour for the optimiser's input
// (format: lib/optimiser/input.ts, docs/optimiser.schema.json) and prints the proposals and their
// alternatives, or the conflicting positions, as JSON: exactly what the app computes for that input.
// Exit codes: 0 answered (a proposal or a conflict), 1 malformed input (one problem per line on
// stderr), 2 no file or unreadable, 3 the solver stopped without an answer.
import { readFile } from "node:fs/promises";
import { parseOptimiserInput } from "../lib/optimiser/input";
import { describe } from "../lib/optimiser/proposal";
import { solve, SolverError } from "../lib/optimiser/solve";
import { stopSolver } from "../lib/optimiser/solver";

async function main(args: readonly string[]): Promise<number> {
  const [path, ...extra] = args;
  if (path === undefined || extra.length > 0) {
    console.error("Usage: npm run --silent optimise -- input.json");
    return 2;
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    console.error(`${path}: cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    console.error(`${path}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const parsed = parseOptimiserInput(data);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`${path}: ${error}`);
    return 1;
  }
  try {
    const output = describe(parsed.input, await solve(parsed.input));
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SolverError)) throw error;
    console.error(`${path}: ${error.message}`);
    return 3;
  }
}

// exitCode rather than exit(): exit() can cut off output still being written to a pipe.
process.exitCode = await main(process.argv.slice(2)).finally(stopSolver);
