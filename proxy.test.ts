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
});
