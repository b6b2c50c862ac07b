import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));

describe("the request proxy", () => {
  it.each([
    "/api/w/x%00/events",
    "/w/liaoning%00",
    "/w/a%0d%0ab/plan",
    "/api/w/x/plan/1%0A",
    "/w/%7F",
    "/w/%",
    "/api/w/%FF%FE/events",
  ])("answers a path with a NUL, a control character or a broken encoding (%s) with 404", async (path) => {
    expect((await proxy(request(path))).status).toBe(404);
  });

  it("passes ordinary paths on: pages with a content security policy, API routes without", async () => {
    const page = await proxy(request("/w/revitalising-northeast-china/plan"));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self' 'nonce-");
    const api = await proxy(request("/api/w/revitalising-northeast-china/events"));
    expect(api.status).toBe(200);
    expect(api.headers.get("content-security-policy")).toBeNull();
    // Percent-encoded text that is not a control character is fine (%20, Chinese slugs).
    expect((await proxy(request("/w/%E8%BE%BD%E5%AE%81%20x"))).status).toBe(200);
  });

  it("asks browsers for https only when served over https", async () => {
    const viaProxy = new NextRequest(new URL("/w/x", "http://localhost:3000"), {
      headers: { "x-forwarded-proto": "https" },
    });
    expect((await proxy(viaProxy)).headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(
      (await proxy(new NextRequest(new URL("/api/w/x/events", "https://roundtable.example")))).headers.get(
        "strict-transport-security",
      ),
    ).toContain("max-age=");
    expect((await proxy(request("/w/x"))).headers.get("strict-transport-security")).toBeNull();
  });

  describe("server-action requests crafted by hand", () => {
    const action = async (headers: Record<string, string>, body: BodyInit = '["liaoning"]') =>
      (
        await proxy(
          new NextRequest(new URL("/sign-in", "http://localhost:3000"), {
            method: "POST",
            // A FormData body brings its own multipart content type.
            headers: {
              host: "localhost:3000",
              origin: "http://localhost:3000",
              "next-action": "a".repeat(42),
              ...(body instanceof FormData ? {} : { "content-type": "text/plain;charset=UTF-8" }),
              ...headers,
            },
            body,
          }),
        )
      ).status;

    it("answers a malformed action id 400, a foreign origin 403, a body over the limit 413", async () => {
      expect(await action({ "next-action": "0".repeat(40) })).toBe(400);
      expect(await action({ "next-action": "x".repeat(42) })).toBe(400);
      expect(await action({ origin: "http://evil.example" })).toBe(403);
      expect(await action({ origin: "null" })).toBe(403);
      expect(await action({ "content-length": String(7 * 1024 * 1024) })).toBe(413);
    });

    it("answers arguments React could not have encoded 400", async () => {
      for (const body of [
        "",
        "[",
        '{"a":1}',
        "null",
        '"text"',
        "j",
        '["a",',
        '["x", "$K1"]',
        '["x", ["$@0"]]',
        "[".repeat(40) + "]".repeat(40),
      ])
        expect(await action({}, body), JSON.stringify(body)).toBe(400);
      expect(await action({ "content-type": "multipart/form-data; boundary=x" }, "not a form")).toBe(400);
    });

    it("lets a well-formed same-origin action through, and everything that is not an action", async () => {
      expect(await action({})).toBe(200);
      expect(
        await action({}, '["liaoning", {"a": [1, null]}, "$$dollar", "$undefined", "$D2026-12-05T00:00:00.000Z"]'),
      ).toBe(200);
      const form = new FormData();
      form.set("0", '["liaoning", "$K1"]');
      form.set("1_title", "Opening");
      expect(await action({}, form)).toBe(200);
      expect(
        (await proxy(new NextRequest(new URL("/sign-in", "http://localhost:3000"), { method: "POST" }))).status,
      ).toBe(200);
    });
  });
});
