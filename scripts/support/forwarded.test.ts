import { describe, expect, it } from "vitest";

// Imported for its functions only: the flag keeps it from patching this process's servers.
process.env.ROUNDTABLE_FORWARDED_TEST = "1";
const { clientAddress, rewrite } = await import("./forwarded.mjs");

describe("the client address behind TRUSTED_PROXY_HOPS proxies", () => {
  it("with no proxy, is the socket's, whatever the client claims", () => {
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 5.6.7.8", "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, is the address that proxy appended, not one the client sent before it", () => {
    // The client sent "1.2.3.4"; the proxy appended the address it saw, 198.51.100.7.
    expect(clientAddress("1.2.3.4, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
  });

  it("behind two proxies, counts two from the right", () => {
    expect(clientAddress("1.2.3.4, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("a request that bypassed the proxies falls back to the furthest address there is", () => {
    expect(clientAddress(undefined, "203.0.113.9", 2)).toBe("203.0.113.9");
  });

  it("drops a client's forwarded scheme and host when no proxy is trusted, keeps a proxy's", () => {
    const spoofed = {
      headers: {
        "x-forwarded-for": "1.2.3.4",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "evil.example",
      } as Record<string, string | undefined>,
      socket: { remoteAddress: "203.0.113.9" },
    };
    rewrite(spoofed, 0);
    expect(spoofed.headers).toEqual({ "x-forwarded-for": "203.0.113.9" });
    const proxied = {
      headers: { "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https" } as Record<
        string,
        string | undefined
      >,
      socket: { remoteAddress: "10.0.0.2" },
    };
    rewrite(proxied, 1);
    expect(proxied.headers).toEqual({ "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https" });
  });
});
