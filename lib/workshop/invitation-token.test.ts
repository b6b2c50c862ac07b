import { describe, expect, it } from "vitest";
import { hashInvitationToken, invitationState, newInvitationToken } from "./invitation-token";
import { slugify } from "./slug";

describe("invitation tokens", () => {
  it("are random, URL-safe and stored only as a hash", () => {
    const a = newInvitationToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newInvitationToken()).not.toBe(a);
    expect(hashInvitationToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(a)).not.toContain(a);
  });

  it("have a state: accepted and revoked win over expiry", () => {
    const now = new Date("2026-01-10T00:00:00Z");
    const future = new Date("2026-02-01T00:00:00Z");
    const past = new Date("2026-01-01T00:00:00Z");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("pending");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(invitationState({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe("accepted");
  });
});

describe("slugify", () => {
  it("makes readable, unique slugs, also from Chinese titles", () => {
    expect(slugify("Revitalising Northeast China!")).toMatch(/^revitalising-northeast-china-[0-9a-f]{6}$/);
    expect(slugify("振兴东北")).toMatch(/^workshop-[0-9a-f]{6}$/);
    expect(slugify("Same")).not.toBe(slugify("Same"));
  });
});
