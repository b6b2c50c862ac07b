// Browser journeys against the production build (`next build` first; `npm test` does it).
// The web server (e2e/support/server.ts) starts a FRESH embedded PostgreSQL in a temp dir, migrates
// and seeds it with the demo, then runs `next start`; everything is removed when the run ends.
//
// Playwright evaluates this file in the runner and again in every worker: ports and secrets are
// chosen once and kept in process.env, which the workers (and the web server) inherit.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { defineConfig } from "@playwright/test";

function freePort(): number {
  const script = `const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

if (!process.env.E2E_PORT) process.env.E2E_PORT = String(freePort());
if (!process.env.E2E_DATABASE_URL) {
  let dbPort = freePort();
  while (String(dbPort) === process.env.E2E_PORT) dbPort = freePort();
  // Read by e2e/support/server.ts (which starts a fresh database there) and by specs that start a
  // second app instance on the same database.
  process.env.E2E_DATABASE_URL = `postgresql://roundtable:${randomBytes(9).toString("hex")}@127.0.0.1:${dbPort}/roundtable_e2e`;
}
// Fixed for the run, so that a second instance accepts the same session cookies.
process.env.E2E_NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;
process.env.E2E_BASE_URL = baseURL;

// scripts/test.ts finds (or installs) a browser and passes it here; Debian's is the fallback.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ||
  process.env.CHROME_PATH ||
  (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  outputDir: "test-results",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // Spec files run side by side; the tests of one file in order. Tests that change shared state
  // (the phase) use a workshop of their own.
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
    timezoneId: "Asia/Shanghai",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs --conditions=react-server e2e/support/server.ts",
    url: `${baseURL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM lets the server stop Next.js and PostgreSQL and remove its temp dir.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
    stderr: "pipe",
  },
});
