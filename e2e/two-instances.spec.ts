// Two app instances on one database (as behind a load balancer): a change committed through
// instance A reaches pages and event streams served by instance B (PostgreSQL LISTEN/NOTIFY).
import { expect, test } from "@playwright/test";
import { cookieHeader, expectLive, phaseBadge, setUpRoom, signIn } from "./support/app";
import { en } from "./support/i18n";
import { startSecondInstance, type AppInstance } from "./support/instance";

test.describe.configure({ mode: "serial" });

let instanceB: AppInstance | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instanceB = await startSecondInstance();
});

test.afterAll(async () => {
  await instanceB?.stop();
  instanceB = null;
});

test("a phase change made on instance A shows live on instance B, in the page and in the raw event stream", async ({
  browser,
  baseURL,
}) => {
  const b = instanceB!;
  expect(b.baseURL).not.toBe(baseURL);
  // The facilitator works on A; the delegate signs up, joins and stays on B.
  const room = await setUpRoom(browser, { delegateBaseURL: b.baseURL });
  const f = room.facilitator.page;
  const d = room.delegate.page;
  expect(new URL(f.url()).origin).toBe(baseURL);
  expect(new URL(d.url()).origin).toBe(b.baseURL);

  // Sessions are signed with the shared secret: signing in again on B works the same way.
  const again = await browser.newContext({ baseURL: b.baseURL });
  await signIn(await again.newPage(), room.delegate.account.email, room.delegate.account.password);
  await again.close();

  await expectLive(f);
  await expectLive(d);
  // Presence crosses instances too.
  await expect(f.getByTestId("presence").getByRole("listitem").filter({ hasText: room.delegation })).toContainText(
    room.delegate.account.name,
  );
  await expect(d.getByTestId("presence-facilitation")).toContainText(room.facilitator.account.name);

  // An SSE client of our own on B, with the delegate's session cookie.
  const stream = await openStream(
    `${b.baseURL}/api/w/${room.slug}/events`,
    await cookieHeader(room.delegate.context, b.baseURL),
  );
  try {
    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain("text/event-stream");
    // The backlog comes first, then the first presence message: from here on, events are new.
    await stream.waitFor((text) => text.includes("event: presence"), 10_000);
    const backlog = stream.lastId();

    await d.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = "no reload"));
    await f.getByRole("button", { name: en("workshop.moveTo", { phase: en("phases.ANALYSE") }) }).click();
    await expect(phaseBadge(f)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));

    // The page on B follows without a reload...
    await expect(phaseBadge(d)).toHaveText(en("workshop.phaseLabel", { phase: en("phases.ANALYSE") }));
    expect(await d.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe("no reload");

    // ...and the raw stream from B carries the change committed through A, with the next id.
    const change = await stream.waitForEvent("change", (event) => event.id > backlog, 10_000);
    expect(change.id).toBe(backlog + 1);
    expect(JSON.parse(change.data)).toMatchObject({ seq: backlog + 1, type: "workshop.phaseChanged" });
    // Payloads stay on the server.
    expect(change.data).not.toContain("ANALYSE");
  } finally {
    stream.close();
  }

  // Stopping instance B while streams are open (a deploy): SIGTERM ends every stream, so the
  // server closes and the process exits by itself instead of hanging until it is killed; the
  // delegate's page resumes on the remaining instance's address when B is gone.
  const cookie = await cookieHeader(room.delegate.context, b.baseURL);
  const open = await Promise.all(
    Array.from({ length: 40 }, async () => {
      const response = await fetch(`${b.baseURL}/api/w/${room.slug}/events`, { headers: { cookie } });
      const reader = response.body!.getReader();
      await reader.read(); // the stream is open
      // In an object: an async function returning the promise itself would wait for it.
      return {
        ended: (async () => {
          while (!(await reader.read()).done);
        })(),
      };
    }),
  );
  const { forced } = await b.stop();
  expect(forced, b.output().slice(-3000)).toBe(false);
  await Promise.all(open.map((stream) => stream.ended)); // every stream ended (none was left hanging by the exit)

  await room.delegate.context.close();
  await room.facilitator.context.close();
});

interface SseEvent {
  id: number;
  event: string;
  data: string;
}

/** A minimal Server-Sent Events reader on fetch, for assertions at the HTTP level. */
async function openStream(url: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let raw = "";
  const events: SseEvent[] = [];
  let waiters: Array<() => void> = [];
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = text.indexOf("\n\n")) >= 0) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split("\n")
              .filter((line) => line && !line.startsWith(":"))
              .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()]),
          );
          events.push({ id: Number(fields.id ?? NaN), event: fields.event ?? "message", data: fields.data ?? "" });
          raw += `${block}\n\n`;
        }
        waiters.forEach((wake) => wake());
      }
    } catch {
      // aborted
    }
  })();

  async function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = check();
      if (result !== undefined) return result;
      if (Date.now() > deadline) throw new Error(`SSE: timed out waiting for ${what}; received:\n${raw}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      waiters = [];
    }
  }

  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    waitFor: (check: (raw: string) => boolean, timeoutMs: number) =>
      until(() => (check(raw) ? true : undefined), timeoutMs, "text"),
    waitForEvent: (name: string, match: (event: SseEvent) => boolean, timeoutMs: number) =>
      until(() => events.find((event) => event.event === name && match(event)), timeoutMs, `a "${name}" event`),
    lastId: () => Math.max(0, ...events.filter((event) => Number.isFinite(event.id)).map((event) => event.id)),
    close: () => controller.abort(),
  };
}
