// `npm test`: the whole suite, in order:
//   1. Vitest (unit + integration; integration starts its own embedded PostgreSQL),
//   2. a Chromium for Playwright (found or installed, see support/chromium.ts),
//   3. `next build` (the browser tests run against the production build),
//   4. Playwright (playwright.config.ts starts a fresh database and `next start`).
// Each runner prints its own report; the last line is `Summary: N passed, M failed[, K skipped]`
// over the Vitest and Playwright tests, counted from their JSON reports. A step that fails
// without a failing test to show for it (a crash, a failed build) counts as one failure, so the
// summary never reads "0 failed" when the exit code is not 0.
//
// E2E_SKIP_BUILD=1 reuses the existing .next build (for quick local iterations only).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ENV, findChromium } from "./support/chromium";

const root = fileURLToPath(new URL("..", import.meta.url));
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-test-reports-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  ok: boolean;
  seconds: number;
  note: string;
  counts?: Counts;
}

const steps: Step[] = [];
const started = Date.now();
let current: ReturnType<typeof spawn> | null = null;
let interrupted = false;

// Ctrl-C reaches the children through the terminal; a SIGTERM sent to us alone is passed on.
process.on("SIGINT", () => (interrupted = true));
process.on("SIGTERM", () => {
  interrupted = true;
  current?.kill("SIGTERM");
});

function banner(title: string): void {
  console.log(`\n━━ ${title} ━━`);
}

function exec(args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    current = child;
    child.on("error", (error) => {
      console.error(String(error));
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

async function step(
  name: string,
  body: () => Promise<{ ok: boolean; note?: string; counts?: Counts }>,
): Promise<boolean> {
  banner(name);
  const t0 = Date.now();
  let result: { ok: boolean; note?: string; counts?: Counts };
  try {
    result = await body();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    result = { ok: false, note: "error" };
  }
  if (interrupted) result.ok = false;
  steps.push({
    name,
    ok: result.ok,
    seconds: (Date.now() - t0) / 1000,
    note: result.note ?? "",
    counts: result.counts,
  });
  return result.ok;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitestCounts(): Counts | undefined {
  const report = readJson(vitestReport) as Record<string, number> | null;
  if (!report) return undefined;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(): Counts | undefined {
  const report = readJson(playwrightReport) as { stats?: Record<string, number>; errors?: unknown[] } | null;
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  if (flaky) console.log(`playwright: ${flaky} test(s) passed only on retry (flaky)`);
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const describe = (counts: Counts | undefined) =>
  counts
    ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`
    : "no report";

// 1. Vitest: both projects (unit, integration).
await step("vitest: unit + integration", async () => {
  const code = await exec([
    path.join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport}`,
  ]);
  const counts = vitestCounts();
  return { ok: code === 0 && counts !== undefined, counts, note: describe(counts) };
});

// 2. A browser for Playwright.
const haveBrowser =
  !interrupted &&
  (await step("chromium for Playwright", async () => {
    const executable = await findChromium(root);
    return { ok: true, note: executable };
  }));

// 3. The production build.
const built =
  haveBrowser &&
  !interrupted &&
  (await step("next build (production)", async () => {
    if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("E2E_SKIP_BUILD=1: using the existing .next build");
      return { ok: true, note: "skipped (E2E_SKIP_BUILD=1)" };
    }
    const code = await exec([path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // Nothing connects to the database while building, but the app reads its URL on import.
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build:build@127.0.0.1:9/build",
    });
    return { ok: code === 0 };
  }));

// 4. Playwright against `next start`.
if (built && !interrupted) {
  await step("playwright: browser journeys", async () => {
    const code = await exec([path.join(root, "node_modules/@playwright/test/cli.js"), "test"], {
      [CHROMIUM_ENV]: process.env[CHROMIUM_ENV],
      E2E_JSON_REPORT: playwrightReport,
    });
    const counts = playwrightCounts();
    return { ok: code === 0 && counts !== undefined, counts, note: describe(counts) };
  });
}

// Summary.
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const s of steps) {
  if (s.counts) {
    total.passed += s.counts.passed;
    total.failed += s.counts.failed;
    total.skipped += s.counts.skipped;
  }
  if (!s.ok && (s.counts?.failed ?? 0) === 0) total.failed += 1;
}
const ok = !interrupted && steps.every((s) => s.ok) && steps.length === 4;

banner("steps");
for (const s of steps) {
  console.log(`${s.ok ? "ok    " : "FAILED"}  ${s.name.padEnd(30)} ${s.seconds.toFixed(1).padStart(6)} s  ${s.note}`);
}
if (steps.length < 4) console.log(`(stopped after ${steps.length} of 4 steps${interrupted ? ": interrupted" : ""})`);
if (ok) fs.rmSync(reports, { recursive: true, force: true });
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s${ok ? "" : `; JSON reports kept in ${reports}`}`);
console.log(
  `Summary: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
process.exit(ok ? 0 : 1);
