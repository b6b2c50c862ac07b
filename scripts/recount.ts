// `npm run --silent recount -- path/to/ballots.json`: counts a vote again from its recount file
// (format: lib/ballots/file.ts) with the app's own `tally`, and prints the result as JSON. A
// verifiable ballot's board (`*.board.json`, lib/verifiable/board.ts) is verified instead: every
// proof, sum and decryption; the first check that fails is the error.
// Exit codes: 0 counted, 1 malformed file (one error per line on stderr), 2 no file or unreadable.
import { readFile } from "node:fs/promises";
import { recount } from "../lib/ballots/file";
import { isBoard, recountBoard } from "../lib/verifiable/recount";

async function main(args: readonly string[]): Promise<number> {
  const [path, ...extra] = args;
  if (path === undefined || extra.length > 0) {
    console.error("Usage: npm run --silent recount -- path/to/ballots.json");
    return 2;
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    console.error(`${path}: cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const board = boardIn(text);
  const result = board === null ? recount(text) : recountBoard(board);
  if (!result.ok) {
    for (const error of result.errors) console.error(`${path}: ${error}`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
  return 0;
}

/** The parsed board if the file is one; anything else goes to the recount file's parser. */
function boardIn(text: string): unknown {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return isBoard(data) ? data : null;
  } catch {
    return null;
  }
}

// exitCode rather than exit(): exit() can cut off output still being written to a pipe.
process.exitCode = await main(process.argv.slice(2));
