// `npm run --silent recount -- path/to/ballots.json`: counts a vote again from its recount file
// (format: lib/ballots/file.ts) with the app's own `tally`, and prints the result as JSON.
// Exit codes: 0 counted, 1 malformed file (one error per line on stderr), 2 no file or unreadable.
import { readFile } from "node:fs/promises";
import { recount } from "../lib/ballots/file";

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
  const result = recount(text);
  if (!result.ok) {
    for (const error of result.errors) console.error(`${path}: ${error}`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
  return 0;
}

// exitCode rather than exit(): exit() can cut off output still being written to a pipe.
process.exitCode = await main(process.argv.slice(2));
