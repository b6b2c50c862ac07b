import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackUrl("/w/liaoning/plan?from=1#c2")).toBe("/w/liaoning/plan?from=1#c2");
    expect(safeCallbackUrl(["/w/a", "/w/b"])).toBe("/w/a");
    expect(safeCallbackUrl("/invite/abc%2Fdef")).toBe("/invite/abc%2Fdef");
  });

  it.each([
    ["another origin", "https://evil.example/phish"],
    ["a protocol-relative URL", "//evil.example/phish"],
    ["a backslash read as a slash", "/\\evil.example/phish"],
    ["a backslash later on", "/w/\\\\evil.example"],
    // Browsers drop tabs and line breaks: "/\t/evil.example" is "//evil.example" to them.
    ["a tab", "/\t/evil.example/phish"],
    ["a line break (an invalid Location header)", "/w/x\r\nSet-Cookie: a=b"],
    ["a NUL byte", "/w/x\u0000"],
    ["a relative path", "evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["nothing", undefined],
    ["an empty value", ""],
  ])("refuses %s", (_, value) => {
    expect(safeCallbackUrl(value)).toBe("/workshops");
  });

  it("normalises what it keeps, so it cannot climb to another origin", () => {
    expect(safeCallbackUrl("/../../evil.example")).toBe("/evil.example");
    expect(safeCallbackUrl("/%09/evil.example/phish")).toBe("/%09/evil.example/phish");
    expect(safeCallbackUrl("/ü?q=名")).toBe("/%C3%BC?q=%E5%90%8D");
  });
});
