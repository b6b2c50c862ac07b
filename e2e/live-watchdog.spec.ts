// A live connection that dies without closing (a sleeping laptop, a proxy dropping it) is noticed:
// the server pings every 15 s, and a page that hears nothing for 40 s drops the stream and resumes
// after the last event it saw. The page's clock is Playwright's, run 45 s ahead, so no ping can
// arrive in between.
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, expectLive, signedInAs } from "./support/app";
import { en } from "./support/i18n";

test("a silent stream is dropped and resumed where it left off", async ({ browser }) => {
  const observer = await signedInAs(browser, "observer@roundtable.demo");
  const { page } = observer;
  const streams: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/events")) streams.push(url.searchParams.get("after") ?? "");
  });
  await page.clock.install();
  await page.goto(`/w/${DEMO_SLUG}`);
  await expectLive(page);
  expect(streams).toHaveLength(1);

  // 39 s of silence are still fine: no new connection.
  await page.clock.runFor(39_000);
  await expectLive(page);
  expect(streams).toHaveLength(1);

  // 40 s without a word and the stream counts as dead (45 s from now, whenever a real ping came
  // before): the page reconnects by itself, after the same event.
  await page.clock.runFor(45_000);
  await page.clock.runFor(2_000); // the first retry waits 0.375–0.625 s
  await expect.poll(() => streams.length).toBe(2);
  expect(streams[1]).toBe(streams[0]);
  await expect(page.getByTestId("connection-status")).toHaveText(en("live.status.live"));
  await observer.context.close();
});
