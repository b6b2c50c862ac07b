// `npm run screenshots`: regenerates docs/screenshots/ (issue 14), so a reader sees the product
// before installing it. A fresh embedded PostgreSQL with the demo, a production `next start` (built
// first if the build is stale) and Chromium: every page as the facilitator in English at a phone's,
// a laptop's and a projector's size, and as a lead delegate in Chinese on a phone and a laptop.
// Each picture is the first screen a person sees (not the whole scrolled page), as JPEG to keep the
// repository small; docs/screenshots/README.md lists them.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { startTemporaryDatabase } from "@/lib/db/temporary-database";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD, DEMO_WORKSHOP_SLUG } from "@/prisma/seed/demo-data";
import { startAppServer } from "./bench/server";
import { findChromium } from "./support/chromium";

const root = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(root, "docs", "screenshots");
const QUALITY = 70;

const SIZES = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;
type Size = keyof typeof SIZES;

interface Viewer {
  who: string;
  email: string;
  lang: "en" | "zh-CN";
  sizes: Size[];
}
const VIEWERS: Viewer[] = [
  { who: "facilitator", email: "facilitator@roundtable.demo", lang: "en", sizes: ["phone", "laptop", "projector"] },
  { who: "lead delegate", email: "heilongjiang.lead@roundtable.demo", lang: "zh-CN", sizes: ["phone", "laptop"] },
];

interface Shot {
  name: string;
  title: string;
  path: string;
}

function pages(ballotId: string): Shot[] {
  const workshop = (p: string) => `/w/${DEMO_WORKSHOP_SLUG}${p}`;
  return [
    { name: "workshops", title: "Workshops", path: "/workshops" },
    { name: "overview", title: "Workshop overview", path: workshop("") },
    { name: "session", title: "Live session", path: workshop("/session") },
    { name: "industries", title: "Planned pillar industries", path: workshop("/industries") },
    { name: "analysis", title: "Overlap analysis", path: workshop("/analysis") },
    { name: "clusters", title: "City clusters", path: workshop("/clusters") },
    { name: "costs", title: "Cost sharing", path: workshop("/costs") },
    { name: "plan", title: "Regional plan", path: workshop("/plan") },
    { name: "brands", title: "Regional brands", path: workshop("/brands") },
    { name: "ballot", title: "A ballot", path: workshop(`/ballots/${ballotId}`) },
    { name: "ratify", title: "Ratification and export", path: workshop("/ratify") },
    { name: "delegations", title: "Delegations", path: workshop("/delegations") },
    { name: "members", title: "Members and invitations", path: workshop("/members") },
    { name: "projector", title: "Projector", path: workshop("/projector") },
  ];
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").first().click();
  await page.waitForURL((url) => url.pathname === "/workshops");
}

/** Loads a page and waits until it is what a person would see: live, fonts loaded, nothing moving. */
async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (url.startsWith("/w/")) await page.locator(".connection-live").waitFor({ timeout: 15_000 });
  await page.evaluate("document.fonts.ready");
  await page.waitForTimeout(300);
}

async function shoot(browser: Browser, baseUrl: string, viewer: Viewer, shots: Shot[]): Promise<string[]> {
  const files: string[] = [];
  for (const size of viewer.sizes) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: SIZES[size], hasTouch: size === "phone" });
    const page = await context.newPage();
    await signIn(page, viewer.email);
    for (const shot of shots) {
      if (viewer.lang !== "en" && shot.name === "projector") continue;
      await settle(page, shot.path);
      const file = `${viewer.lang}-${size}-${shot.name}.jpg`;
      await page.screenshot({ path: path.join(OUT, file), type: "jpeg", quality: QUALITY });
      files.push(file);
    }
    // The sign-in page, signed out, once per size in English.
    if (viewer.lang === "en") {
      const signedOut = await browser.newContext({ baseURL: baseUrl, viewport: SIZES[size] });
      const fresh = await signedOut.newPage();
      await settle(fresh, "/sign-in");
      const file = `${viewer.lang}-${size}-sign-in.jpg`;
      await fresh.screenshot({ path: path.join(OUT, file), type: "jpeg", quality: QUALITY });
      files.push(file);
      await signedOut.close();
    }
    await context.close();
  }
  return files;
}

function index(shots: Shot[]): string {
  const lines = [
    "# Screenshots",
    "",
    "Generated by `npm run screenshots` from the demo workshop (do not edit by hand): the first screen",
    "of each page, as the facilitator in English and as a lead delegate in Chinese.",
    "",
    "| Page | Phone (390×844) | Laptop (1366×768) | Projector (1920×1080) | 手机 (zh-CN) | 笔记本 (zh-CN) |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const cell = (file: string) =>
    fs.existsSync(path.join(OUT, file)) ? `[<img src="${file}" width="120">](${file})` : "";
  for (const shot of [{ name: "sign-in", title: "Sign in", path: "" }, ...shots]) {
    const cells = [
      cell(`en-phone-${shot.name}.jpg`),
      cell(`en-laptop-${shot.name}.jpg`),
      cell(`en-projector-${shot.name}.jpg`),
      cell(`zh-CN-phone-${shot.name}.jpg`),
      cell(`zh-CN-laptop-${shot.name}.jpg`),
    ];
    lines.push(`| ${shot.title} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n") + "\n";
}

const database = await startTemporaryDatabase("roundtable-screenshots-");
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
let failed = false;
try {
  await applyMigrations(database.url);
  await seedDemo(prisma);
  const lead = VIEWERS.find((viewer) => viewer.lang === "zh-CN")!;
  await prisma.user.update({ where: { email: lead.email }, data: { locale: "zh_CN" } });
  const ballot = await prisma.ballot.findFirstOrThrow({ where: { workshop: { slug: DEMO_WORKSHOP_SLUG } } });
  const server = await startAppServer({ root, databaseUrl: database.url, prisma });
  const browser = await chromium.launch({
    executablePath: await findChromium(root, () => undefined),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    const shots = pages(ballot.id);
    let count = 0;
    for (const viewer of VIEWERS) count += (await shoot(browser, server.baseUrl, viewer, shots)).length;
    fs.writeFileSync(path.join(OUT, "README.md"), index(shots));
    console.log(`screenshots: ${count} pictures in ${path.relative(root, OUT)}/`);
  } finally {
    await browser.close();
    server.stop();
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await prisma.$disconnect();
  await database.dispose();
}
process.exit(failed ? 1 : 0);
