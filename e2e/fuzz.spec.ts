// Fuzzing the running app as an attacker would (issue 13): every route handler's parameters, and
// every server action called directly in Next.js's wire format with arguments no form would send.
// Whatever arrives, the answer is never a 5xx and never the generic `errors.unexpected`. The
// attacker is a fresh account with a workshop of its own (so nothing the other specs use changes),
// plus a stranger to it. The counts by status are printed for the record (docs/security.md).
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { DEMO_SLUG, cookieHeader, createWorkshop, newAccount, signUp } from "./support/app";

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

const oddSegment = fc.oneof(
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: "binary", maxLength: 20 }).map(encodeURIComponent),
  fc.constantFrom("%00", "%0A", "%0D%0A", "..%2F..", "%2e%2e", "draft", "1", "0", "-1", "99999999999999999999", "1e3"),
  fc.constantFrom("a".repeat(300), "%F0%9F%98%80", "%E4%B8%9C%E5%8C%97", "%FF%FE", "%"),
);
const oddQuery = fc
  .array(fc.tuple(fc.constantFrom("format", "lang", "after", "x", "format[]"), oddSegment), { maxLength: 3 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));

function routes(slug: string) {
  return fc.oneof(
    fc.tuple(oddSegment, oddQuery).map(([s, q]) => `/api/w/${s}/events${q}`),
    fc.tuple(fc.constantFrom(slug, DEMO_SLUG), oddQuery).map(([s, q]) => `/api/w/${s}/events${q}`),
    fc.tuple(fc.constantFrom(slug, DEMO_SLUG), oddSegment, oddQuery).map(([s, v, q]) => `/api/w/${s}/plan/${v}${q}`),
    fc.tuple(fc.constantFrom(slug, DEMO_SLUG), oddSegment, oddQuery).map(([s, b, q]) => `/api/w/${s}/ballots/${b}${q}`),
    fc.tuple(fc.constantFrom(slug, DEMO_SLUG), oddQuery).map(([s, q]) => `/api/w/${s}/analysis/csv${q}`),
    fc.tuple(fc.constantFrom(slug, DEMO_SLUG), oddQuery).map(([s, q]) => `/api/w/${s}/industries/csv${q}`),
    fc.tuple(oddSegment, oddSegment).map(([a, b]) => `/api/w/${a}/${b}`),
    fc.tuple(oddSegment, oddQuery).map(([s, q]) => `/w/${s}${q}`),
    fc.tuple(oddSegment, oddQuery).map(([s, q]) => `/api/auth/${s}${q}`),
  );
}

/** Arguments as JSON, the text/plain body React sends when no argument is a form. */
const oddArgs = (slug: string) =>
  fc.oneof(
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
    fc.tuple(fc.constant(slug), fc.jsonValue({ maxDepth: 2 })).map((args) => [...args]),
    fc.tuple(fc.constant(slug), fc.string(), fc.oneof(fc.integer(), fc.string(), fc.double())).map((args) => [...args]),
    fc
      .tuple(fc.constant(slug), fc.constantFrom("a\u0000b", "x".repeat(5000), "$undefined", "$K1", "$@0"))
      .map((a) => [...a]),
  );

/** A body that is not what React would send at all. */
const oddBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom("", "[", "{}", "null", '["a",', "[".repeat(5000) + "]".repeat(5000), '"\u0000"'),
);

function actionIds(): Array<{ id: string; name: string }> {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName: string }> };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName }));
}

async function callAction(request: APIRequestContext, slug: string, id: string, body: string, multipart = false) {
  const headers: Record<string, string> = { "next-action": id, accept: "text/x-component" };
  const response = multipart
    ? await request.post(`/w/${slug}`, {
        headers,
        multipart: { "1_title": body, "1_plannedMinutes": "x\u0000", "0": JSON.stringify([slug, "$K1"]) },
      })
    : await request.post(`/w/${slug}`, {
        headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
        data: body,
      });
  return { status: response.status(), text: await response.text() };
}

test("fuzzed routes and directly called actions never get a 5xx or errors.unexpected", async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, newAccount("Fuzzer"));
  const slug = await createWorkshop(page, { title: "Fuzzing ground", region: "Nowhere" });
  const request = context.request;
  const stranger = await browser.newContext();
  await signUp(await stranger.newPage(), newAccount("Stranger"));

  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const record = (kind: string, status: number, what: string, text = "") => {
    counts[`${kind} ${status}`] = (counts[`${kind} ${status}`] ?? 0) + 1;
    if (status >= 500) failures.push(`${status} ${what}`);
    if (text.includes("errors.unexpected")) failures.push(`errors.unexpected ${what}`);
  };

  const base = process.env.E2E_BASE_URL!;
  const cookies = { member: await cookieHeader(context, base), stranger: await cookieHeader(stranger, base) };
  await fc.assert(
    fc.asyncProperty(routes(slug), fc.boolean(), async (url, asStranger) => {
      // Node's fetch, not the browser context's: the events route streams, and only the status of
      // the answer counts here, so the request is dropped once the headers are in.
      const abort = new AbortController();
      const response = await fetch(`${base}${url}`, {
        headers: { cookie: asStranger ? cookies.stranger : cookies.member },
        redirect: "manual",
        signal: abort.signal,
      });
      record("route", response.status, url);
      abort.abort();
    }),
    { numRuns: 500, seed: SEED },
  );

  const actions = actionIds();
  expect(actions).toHaveLength(106);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...actions),
      fc.oneof(
        { weight: 6, arbitrary: oddArgs(slug).map((args) => ({ body: JSON.stringify(args), multipart: false })) },
        { weight: 2, arbitrary: oddBody.map((body) => ({ body, multipart: false })) },
        { weight: 1, arbitrary: fc.string({ maxLength: 50 }).map((body) => ({ body, multipart: true })) },
      ),
      fc.boolean(),
      async (action, { body, multipart }, asStranger) => {
        const result = await callAction(asStranger ? stranger.request : request, slug, action.id, body, multipart);
        record("action", result.status, `${action.name} ${body.slice(0, 120)}`, result.text);
      },
    ),
    { numRuns: 1000, seed: SEED },
  );

  console.info(`fuzz: ${JSON.stringify(counts)}`);
  expect(failures).toEqual([]);
  await stranger.close();
  await context.close();
});
