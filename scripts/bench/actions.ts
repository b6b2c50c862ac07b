// What a person sees after pressing a button (issue 14): in real Chromium, on a production `next
// start`, the facilitator moves the room's phase forward and back again; a delegate watches the same
// page in a second browser context. For every press, measured in the pages themselves (one clock:
// both pages run in one browser process):
// - the floor: the action's HTTP round trip (the POST the button sends, until its response ends);
// - the facilitator's own screen: from the click until the phase stepper shows the new phase;
// - the delegate's screen: from the same click until their stepper shows it (the live event, then
//   the room's spread-out refresh).
// The first press on a fresh server is reported apart: it pays for the server's first run of the
// action's code and queries.
import { chromium, type Page } from "@playwright/test";
import { DEMO_WORKSHOP_SLUG } from "@/prisma/seed/demo-data";
import { findChromium } from "../support/chromium";
import { signInDemo } from "../support/demo-browser";
import { startAppServer } from "./server";
import { percentile, type BenchContext } from "./stats";

const PRESSES = Number(process.env.BENCH_ACTION_PRESSES ?? 30);

interface Marks {
  clicks: number[];
  changes: number[];
  posts: number[];
}

/** Records, in epoch ms, every click, every change of the current phase and every action POST.
 * Source text, not a function: tsx's transform would add helpers that the page does not have. */
const INSTRUMENT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = { clicks: [], changes: [], posts: [] };
  window.benchMarks = marks;
  document.addEventListener("click", () => marks.clicks.push(now()), true);
  new MutationObserver(() => marks.changes.push(now())).observe(document.body, {
    subtree: true, attributes: true, attributeFilter: ["aria-current"],
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.initiatorType === "fetch" && !entry.name.includes("_rsc")) marks.posts.push(entry.duration);
  }).observe({ type: "resource" });
})()`;

const marksOf = (page: Page) => page.evaluate<Marks>("window.benchMarks");

/** Signed in as a demo account, on the demo workshop's overview. */
async function signIn(page: Page, email: string): Promise<void> {
  await signInDemo(page, email);
  await page.goto(`/w/${DEMO_WORKSHOP_SLUG}`);
  await page.locator("[aria-current=step]").waitFor();
}

export async function benchActions(context: BenchContext): Promise<void> {
  const server = await startAppServer(context);
  const browser = await chromium.launch({
    executablePath: await findChromium(context.root, () => undefined),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const open = async (email: string) => {
      const page = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
      await signIn(page, email);
      await page.evaluate(INSTRUMENT);
      return page;
    };
    const chair = await open("facilitator@roundtable.demo");
    const delegate = await open("liaoning.delegate@roundtable.demo");
    const stepper = chair.locator("[aria-current=step]");
    for (let press = 0; press < PRESSES; press++) {
      const before = await stepper.textContent();
      const buttons = chair.getByTestId("phase-control").getByRole("button");
      await (press % 2 === 0 ? buttons.last() : buttons.first()).click();
      for (const page of [chair, delegate])
        await page.locator("[aria-current=step]", { hasNotText: before ?? "" }).waitFor({ timeout: 10_000 });
      // Quiet between presses: the refreshes a press causes are over before the next one.
      await chair.waitForTimeout(600);
    }
    const own = await marksOf(chair);
    const other = await marksOf(delegate);
    // For each click, the first change after it on each screen.
    const after = (changes: number[], click: number) => (changes.find((at) => at > click) ?? NaN) - click;
    const ownMs = own.clicks.map((click) => after(own.changes, click));
    const otherMs = own.clicks.map((click) => after(other.changes, click));
    const line = (label: string, samples: number[]) =>
      `actions: ${label}: first ${samples[0]!.toFixed(0)} ms; then p50 ${percentile(samples.slice(1), 0.5)} ms, p95 ${percentile(samples.slice(1), 0.95)} ms (n = ${samples.length - 1})`;
    console.log(line("floor, the action's round trip", own.posts));
    console.log(line("the facilitator's own screen", ownMs));
    console.log(line("a delegate's screen", otherMs));
  } finally {
    await browser.close();
    server.stop();
  }
}
