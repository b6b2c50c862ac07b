// Finds a Chromium for the Playwright tests, installing one when the machine has none:
//   1. PLAYWRIGHT_CHROMIUM_PATH (or CHROME_PATH) from the environment;
//   2. Debian's /usr/bin/chromium (what these machines use: Playwright's downloads are blocked here);
//   3. a browser Playwright already downloaded;
//   4. `playwright install chromium` (needs the Playwright CDN; bounded in time);
//   5. `apt-get install -y chromium` when running as root (after `apt-get update` if needed).
// The chosen path is handed to playwright.config.ts in PLAYWRIGHT_CHROMIUM_PATH.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const CHROMIUM_ENV = "PLAYWRIGHT_CHROMIUM_PATH";
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const INSTALL_TIMEOUT_MS = 180_000;
const APT_TIMEOUT_MS = 600_000;

type Log = (message: string) => void;

export async function findChromium(root: string, log: Log = (message) => console.log(message)): Promise<string> {
  for (const name of [CHROMIUM_ENV, "CHROME_PATH"]) {
    const value = process.env[name];
    if (!value) continue;
    if (works(value)) return found(value, `from ${name}`, log);
    log(`chromium: ${name}=${value} does not run; looking elsewhere`);
  }
  if (works(DEBIAN_CHROMIUM)) return found(DEBIAN_CHROMIUM, "Debian package", log);

  const bundled = await playwrightChromium();
  if (bundled && works(bundled)) return found(bundled, "downloaded by Playwright", log);

  log("chromium: none found; trying `playwright install chromium` (fails without access to Playwright's CDN)…");
  const install = run(
    process.execPath,
    [path.join(root, "node_modules/@playwright/test/cli.js"), "install", "chromium"],
    {
      cwd: root,
      timeout: INSTALL_TIMEOUT_MS,
    },
  );
  const installed = install ? await playwrightChromium() : null;
  if (installed && works(installed)) return found(installed, "downloaded by Playwright", log);

  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    const apt = (args: string[]) =>
      run("apt-get", args, { timeout: APT_TIMEOUT_MS, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    log("chromium: installing Debian's chromium with apt-get…");
    if (!apt(["install", "-y", "--no-install-recommends", "chromium"])) {
      log("chromium: apt-get install failed; running apt-get update and trying again…");
      apt(["update"]);
      apt(["install", "-y", "--no-install-recommends", "chromium"]);
    }
    if (works(DEBIAN_CHROMIUM)) return found(DEBIAN_CHROMIUM, "installed with apt-get", log);
  }

  throw new Error(
    "No Chromium for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) " +
      `or point ${CHROMIUM_ENV} at a Chrome/Chromium executable.`,
  );
}

function found(executable: string, how: string, log: Log): string {
  log(`chromium: ${executable} (${how})`);
  process.env[CHROMIUM_ENV] = executable;
  return executable;
}

/** The executable exists and answers `--version` (a broken install fails here, not in every test). */
function works(executable: string): boolean {
  if (!fs.existsSync(executable)) return false;
  const result = spawnSync(executable, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return result.status === 0;
}

/** Where Playwright keeps its own Chromium (whether or not it was downloaded). */
async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import("@playwright/test");
    return chromium.executablePath();
  } catch {
    return null;
  }
}

function run(command: string, args: string[], options: SpawnSyncOptions): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", killSignal: "SIGKILL", ...options });
  if (result.error) console.log(`chromium: ${command} ${args.join(" ")}: ${result.error.message}`);
  return result.status === 0;
}
