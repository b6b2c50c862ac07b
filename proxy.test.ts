import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));

describe("the request proxy", () => {
  it.each(["/api/w/x%00/events", "/w/liaoning%00", "/w/a%0d%0ab/plan", "/api/w/x/plan/1%0A", "/w/%7F"])(
    "answers a path with a NUL or control character (%s) with 404",
    (path) => {
      expect(proxy(request(path)).status).toBe(404);
    },
  );

  it("passes ordinary paths on: pages with a content security policy, API routes without", () => {
    const page = proxy(request("/w/revitalising-northeast-china/plan"));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self' 'nonce-");
    const api = proxy(request("/api/w/revitalising-northeast-china/events"));
    expect(api.status).toBe(200);
    expect(api.headers.get("content-security-policy")).toBeNull();
    // Percent-encoded text that is not a control character is fine (%20, Chinese slugs).
    expect(proxy(request("/w/%E8%BE%BD%E5%AE%81%20x")).status).toBe(200);
  });

  it("asks browsers for https only when served over https", () => {
    const viaProxy = new NextRequest(new URL("/w/x", "http://localhost:3000"), {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(proxy(viaProxy).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(
      proxy(new NextRequest(new URL("/api/w/x/events", "https://roundtable.example"))).headers.get(
        "strict-transport-security",
      ),
    ).toContain("max-age=");
    expect(proxy(request("/w/x")).headers.get("strict-transport-security")).toBeNull();
  });

  describe("server-action requests crafted by hand", () => {
    const action = (headers: Record<string, string>) =>
      proxy(
        new NextRequest(new URL("/sign-in", "http://localhost:3000"), {
          method: "POST",
          headers: {
            host: "localhost:3000",
            origin: "http://localhost:3000",
            "next-action": "a".repeat(42),
            ...headers,
          },
        }),
      ).status;

    it("answers a malformed action id 400, a foreign origin 403, a body over the limit 413", () => {
      expect(action({ "next-action": "0".repeat(40) })).toBe(400);
      expect(action({ "next-action": "x".repeat(42) })).toBe(400);
      expect(action({ origin: "http://evil.example" })).toBe(403);
      expect(action({ origin: "null" })).toBe(403);
      expect(action({ "content-length": String(7 * 1024 * 1024) })).toBe(413);
    });

    it("lets a well-formed same-origin action through, and everything that is not an action", () => {
      expect(action({})).toBe(200);
      expect(action({ "content-length": "2048" })).toBe(200);
      expect(proxy(new NextRequest(new URL("/sign-in", "http://localhost:3000"), { method: "POST" })).status).toBe(200);
    });
  });
});
