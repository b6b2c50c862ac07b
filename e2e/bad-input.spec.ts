// Bad input from outside the UI (issue 13): requests a member could craft by hand get a 4xx
// answer, never a 500, and the server stays up for everyone else.
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, demo, signedInAs } from "./support/app";

test("crafted paths and parameters are answered 404, never 500", async ({ browser }) => {
  const member = await signedInAs(browser, demo.facilitator.email);
  const request = member.context.request;
  const statusOf = async (path: string) => (await request.get(path, { maxRedirects: 0 })).status();
  // A NUL or a control character in the path names nothing.
  expect(await statusOf(`/api/w/${DEMO_SLUG}%00/events`)).toBe(404);
  expect(await statusOf(`/w/${DEMO_SLUG}%00`)).toBe(404);
  expect(await statusOf(`/w/${DEMO_SLUG}/plan%0D%0A`)).toBe(404);
  // A plan version that is not plain digits within range: no such version (it used to reach the
  // Content-Disposition header with its line break, or overflow the column).
  for (const version of ["1%0A", "%201", "1e3", "99999999999999999999", "0", "-1"])
    expect(await statusOf(`/api/w/${DEMO_SLUG}/plan/${version}?format=md`), version).toBe(404);
  // The real thing still works.
  expect(await statusOf(`/api/w/${DEMO_SLUG}/plan/draft?format=md`)).toBe(200);
  expect(await statusOf(`/w/${DEMO_SLUG}`)).toBe(200);
  await member.context.close();
});
