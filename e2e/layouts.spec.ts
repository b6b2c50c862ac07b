// Every page at a phone's, a tablet's, a laptop's and a projector's size (issue 14), in English
// (the facilitator, who sees every control) and in Chinese (a lead delegate): nothing is wider
// than the screen, and on a phone the page's own content starts in the first third of the screen.
// Screenshots of each page at phone, laptop and projector size go to e2e/.screenshots/.
//
// The spec sets the demo accounts' languages, so it runs on a demo of its own
// (e2e/support/demo-instance.ts); the shared e2e server is not touched.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_SLUG, demo, SCREENSHOT_DIR, screenshot, signedInAs } from "./support/app";
import { rankingButton, setVoting } from "./support/ballots";
import { openProposeClause } from "./support/plans";
import { startDemoInstance, type DemoInstance } from "./support/demo-instance";
import { t, type Lang } from "./support/i18n";

test.describe.configure({ mode: "serial" });

const HEILONGJIANG_LEAD = "heilongjiang.lead@roundtable.demo";

const SIZES = {
  phone: { width: 360, height: 740 },
  "phone-390": { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;
type Size = keyof typeof SIZES;
/** The sizes whose screenshots a reader looks at. */
const SHOT: Size[] = ["phone", "laptop", "projector"];

let own: DemoInstance | null = null;
let ballotPath = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  own = await startDemoInstance("roundtable-layouts-");
  await own.query(`UPDATE "User" SET locale = 'zh_CN' WHERE email = $1`, [HEILONGJIANG_LEAD]);
  const [ballot] = await own.query<{ id: string }>(
    `SELECT b.id FROM "Ballot" b JOIN "Workshop" w ON w.id = b."workshopId" WHERE w.slug = $1`,
    [DEMO_SLUG],
  );
  ballotPath = `/w/${DEMO_SLUG}/ballots/${ballot!.id}`;
});

test.afterAll(async () => {
  await own?.dispose();
});

/** The workshop's pages (the facilitator also has the plan's settings). */
function pages(chair: boolean): Array<{ name: string; path: string }> {
  const workshop = (path: string) => `/w/${DEMO_SLUG}${path}`;
  return [
    { name: "workshops", path: "/workshops" },
    { name: "overview", path: workshop("") },
    { name: "session", path: workshop("/session") },
    { name: "industries", path: workshop("/industries") },
    { name: "analysis", path: workshop("/analysis") },
    { name: "division", path: workshop("/analysis/division") },
    { name: "clusters", path: workshop("/clusters") },
    { name: "costs", path: workshop("/costs") },
    { name: "plan", path: workshop("/plan") },
    ...(chair ? [{ name: "plan-settings", path: workshop("/plan/settings") }] : []),
    { name: "brands", path: workshop("/brands") },
    { name: "ballot", path: ballotPath },
    { name: "ratify", path: workshop("/ratify") },
    { name: "delegations", path: workshop("/delegations") },
    { name: "members", path: workshop("/members") },
    { name: "notifications", path: "/notifications" },
    { name: "account", path: "/account" },
  ];
}

/** How much wider than the screen the page is, and the outermost elements that stick out (to
 * say where to look), or null. Runs in the page. */
function widerThanScreen(): string | null {
  const width = document.documentElement.clientWidth;
  const over = document.documentElement.scrollWidth - width;
  if (over <= 0) return null;
  const describe = (element: Element) =>
    element.tagName.toLowerCase() + (element.className ? `.${String(element.className).split(" ").join(".")}` : "");
  const beyond = (element: Element | null) => !!element && element.getBoundingClientRect().right > width + 1;
  // Content that scrolls inside its own box (the tabs on a phone, a wide table) does not count.
  const scrolledWithin = (element: Element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement)
      if (getComputedStyle(box).overflowX !== "visible") return true;
    return false;
  };
  const sticking = [...document.querySelectorAll("body *")].filter(
    (element) => beyond(element) && !beyond(element.parentElement) && !scrolledWithin(element),
  );
  return `${over} px wider than the screen (${sticking.slice(0, 4).map(describe).join(", ")})`;
}

/** axe-core's WCAG 2.x A and AA violations on the page, one line per rule and element. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${where}: ${violation.id} (${violation.impact}) ${node.target.join(" ")}`),
  );
}

async function checkEveryPage(browser: Browser, email: string, lang: Lang, chair: boolean, size: Size): Promise<void> {
  const person = await signedInAs(browser, email, { baseURL: own!.instance.baseURL });
  const { page } = person;
  const overflowing: string[] = [];
  const lateContent: string[] = [];
  const inaccessible: string[] = [];
  const viewport = SIZES[size];
  await page.setViewportSize(viewport);
  for (const { name, path } of pages(chair)) {
    await page.goto(path);
    await expect(
      page
        .getByTestId("connection-status")
        .or(page.getByRole("heading", { level: 1 }))
        .first(),
    ).toBeVisible();
    if (path.startsWith("/w/"))
      await expect(page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
    const overflow = await page.evaluate(widerThanScreen);
    if (overflow) overflowing.push(`${name} at ${size}: ${overflow}`);
    if (size === "phone") {
      // The page's own content (below the workshop's header and tabs; elsewhere its main
      // heading) starts within the first third of the screen.
      const top = await page
        .locator(".workshop-content, #main h1")
        .first()
        .evaluate((h) => h.getBoundingClientRect().top);
      if (top > viewport.height / 3) lateContent.push(`${name}: content starts at ${Math.round(top)} px`);
      // The pages of records (plans, delegations, invitations, costs) show their tables as cards
      // on a phone, or tables narrow enough: nothing in them scrolls sideways.
      if (["industries", "delegations", "members", "costs"].includes(name)) {
        const scrolled = await page
          .locator(".table-wrap")
          .evaluateAll(
            (boxes) => boxes.filter((box) => box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1).length,
          );
        expect(scrolled, `${name}: tables scrolled sideways on a phone`).toBe(0);
      }
      // What a delegate sees first, without scrolling.
      await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${lang}-phone-first-screen-${name}.png` });
    }
    if (SHOT.includes(size)) await screenshot(page, `layout-${lang}-${size}-${name}`);
    // axe-core's WCAG 2.2 A/AA rules, at every size (what is hidden or rearranged differs).
    inaccessible.push(...(await axeViolations(page, `${name} at ${size}`)));
  }
  await person.context.close();
  expect(overflowing, "pages wider than the screen").toEqual([]);
  expect(inaccessible, "axe violations").toEqual([]);
  expect(lateContent, "phone pages whose content starts below the first third").toEqual([]);
}

// One test per size, so that each has a time budget of its own: 16 pages with axe take one to two
// minutes when the suite runs two workers on two cores.
for (const size of Object.keys(SIZES) as Size[]) {
  test(`every page fits the screen at ${size} size, for the facilitator in English`, async ({ browser }) => {
    test.setTimeout(300_000);
    await checkEveryPage(browser, demo.facilitator.email, "en", true, size);
  });
}

for (const size of Object.keys(SIZES) as Size[]) {
  test(`every page fits the screen at ${size} size, for a lead delegate in Chinese`, async ({ browser }) => {
    test.setTimeout(300_000);
    await checkEveryPage(browser, HEILONGJIANG_LEAD, "zh-CN", false, size);
  });
}

/** WCAG's contrast ratio of two `rgb(r, g, b)` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test("the keyboard focus ring stands out from the page and from a card (3:1 at least)", async ({ browser }) => {
  const person = await signedInAs(browser, demo.facilitator.email, { baseURL: own!.instance.baseURL });
  const { page } = person;
  await page.goto(`/w/${DEMO_SLUG}/ratify`);
  for (const target of [
    page.getByRole("link", { name: t("en", "nav.overview") }), // on the page's background
    page.getByRole("button", { name: t("en", "ratify.freeze") }), // on the page's background
    page.getByRole("link", { name: t("en", "ratify.formats.pdf") }).first(), // in a card
  ]) {
    await target.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab"); // focused from the keyboard, so :focus-visible applies
    const { ring, behind, visible } = await target.evaluate((element) => {
      let box: Element | null = element.parentElement;
      while (box && getComputedStyle(box).backgroundColor === "rgba(0, 0, 0, 0)") box = box.parentElement;
      return {
        visible: element.matches(":focus-visible") && getComputedStyle(element).outlineStyle !== "none",
        ring: getComputedStyle(element).outlineColor,
        behind: box ? getComputedStyle(box).backgroundColor : "rgb(255, 255, 255)",
      };
    });
    expect(visible, "a keyboard focus ring is drawn").toBe(true);
    expect(contrast(ring, behind), `${ring} on ${behind}`).toBeGreaterThanOrEqual(3);
  }
  await person.context.close();
});

test("the keyboard focus stays where a person expects after casting a vote and after proposing a clause", async ({
  browser,
}) => {
  const base = { baseURL: own!.instance.baseURL };
  const facilitator = await signedInAs(browser, demo.facilitator.email, base);
  const voter = await signedInAs(browser, "liaoning.lead@roundtable.demo", base);
  await facilitator.page.goto(ballotPath);
  await setVoting(facilitator.page, "OPEN");

  // Cast with Enter on the focused button: the focus is still on it when the vote is recorded
  // (a disabled-while-pending button used to drop it to the page's body).
  await voter.page.goto(ballotPath);
  await expect(voter.page.getByTestId("connection-status")).toHaveText(t("en", "live.status.live"));
  await rankingButton(voter.page, "add", "Northeast Rice").click();
  const cast = voter.page.getByRole("button", { name: t("en", "ballots.vote.cast") });
  await cast.focus();
  await voter.page.keyboard.press("Enter");
  await expect(voter.page.getByTestId("vote-status")).toHaveText(t("en", "ballots.vote.recorded"));
  await expect(voter.page.getByRole("button", { name: t("en", "ballots.vote.change") })).toBeFocused();

  // Propose a clause from the keyboard: the clause's page opens with the focus on its title.
  const { page } = facilitator;
  await page.goto(`/w/${DEMO_SLUG}/plan`);
  await expect(page.getByTestId("connection-status")).toHaveText(t("en", "live.status.live"));
  await openProposeClause(page, "en");
  await page.getByLabel(t("en", "plan.fields.title")).fill("Shared rail freight timetable");
  await page.getByLabel(t("en", "plan.fields.text")).fill("The three provinces publish one freight timetable.");
  await page.getByRole("button", { name: t("en", "plan.propose") }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/plan\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Shared rail freight timetable" })).toBeFocused();
  for (const person of [facilitator, voter]) await person.context.close();
});

test("a server started with the demo names its accounts on the sign-in page, and the app has an icon", async ({
  page,
}) => {
  await page.goto(`${own!.instance.baseURL}/sign-in`);
  const accounts = page.getByTestId("demo-accounts");
  await accounts.getByText(t("en", "auth.demo.title")).click();
  await expect(accounts).toContainText("roundtable-demo");
  await expect(accounts.getByRole("listitem")).toHaveCount(8);
  await expect(accounts).toContainText(demo.facilitator.email);
  await screenshot(page, "sign-in-demo-accounts");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await page.request.get(`${own!.instance.baseURL}${icon}`)).ok()).toBe(true);
});

test("the idle projector says one thing: the workshop, waiting for the facilitator, and what comes next", async ({
  browser,
}) => {
  const person = await signedInAs(browser, demo.facilitator.email, { baseURL: own!.instance.baseURL });
  const { page } = person;
  await page.setViewportSize(SIZES.projector);
  await page.goto(`/w/${DEMO_SLUG}/projector`);
  await expect(page.getByTestId("connection-status")).toHaveText(t("en", "live.status.live"));
  await expect(page.getByTestId("projector-item")).toHaveText("Revitalising Northeast China");
  await expect(page.getByTestId("projector-waiting")).toContainText(t("en", "projector.waiting"));
  // No panels about what is missing: no floor, no hands.
  await expect(page.getByTestId("projector-queue")).toHaveCount(0);
  await expect(page.getByText(t("en", "projector.noFloor"))).toHaveCount(0);
  await screenshot(page, "layout-en-projector-idle");
  await person.context.close();
});
