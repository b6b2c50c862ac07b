import { describe, expect, it } from "vitest";
import { summarisePresence } from "./presence";
import type { OnlineMember } from "./types";

const member = (userId: string, role: OnlineMember["role"], delegationId: string | null = null): OnlineMember => ({
  userId,
  name: `Name ${userId}`,
  role,
  delegationId,
});

describe("summarisePresence", () => {
  it("counts people per delegation, facilitation and observers, each person once, names sorted", () => {
    const summary = summarisePresence([
      member("b", "DELEGATE", "jilin"),
      member("a", "LEAD_DELEGATE", "jilin"),
      member("a", "LEAD_DELEGATE", "jilin"), // two instances report the same person
      member("f", "FACILITATOR"),
      member("c", "CO_FACILITATOR"),
      member("o", "OBSERVER"),
    ]);
    expect(summary).toEqual({
      total: 5,
      groups: {
        jilin: { count: 2, names: ["Name a", "Name b"] },
        facilitation: { count: 2, names: ["Name c", "Name f"] },
        observers: { count: 1, names: ["Name o"] },
      },
    });
  });

  it("drops the names of a large group, so the summary's size does not grow with the room", () => {
    const room = Array.from({ length: 5000 }, (_, i) => member(`u${i}`, "DELEGATE", `d${i % 3}`));
    const summary = summarisePresence(room, 30);
    expect(summary.total).toBe(5000);
    expect(summary.groups.d0).toEqual({ count: 1667, names: null });
    expect(JSON.stringify(summary).length).toBeLessThan(200);
    const small = summarisePresence(room.slice(0, 60), 30);
    expect(small.groups.d1?.names).toHaveLength(20);
  });

  it("is empty for an empty room", () => {
    expect(summarisePresence([])).toEqual({ total: 0, groups: {} });
  });
});
