import { describe, expect, it } from "vitest";
import { readRecording, refreshRequests, type PageName } from "./page-requests";

// The recording (./page-requests.json) is checked against real Chromium by
// e2e/page-requests.spec.ts; this checks that the simulator replays it byte for byte.
describe("the room bench's simulated page refresh", () => {
  const recording = readRecording();
  const { slug, ballotId, requests } = recording.example;

  it.each(["session", "ballot"] as PageName[])("sends what Chromium sent on the %s page", async (page) => {
    const replayed = await refreshRequests(recording, page, { slug, ballotId });
    const sent = requests[page].map((request) => {
      const url = new URL(request.url);
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => name === "rsc" || name.startsWith("next-")),
      );
      return { method: request.method, url: url.pathname + url.search, headers };
    });
    expect(replayed).toEqual(sent);
  });

  it("fills in another workshop's slug and ballot id", async () => {
    const [request] = await refreshRequests(recording, "ballot", { slug: "other-room", ballotId: "b42" });
    expect(request!.url).toMatch(/^\/w\/other-room\/ballots\/b42\?_rsc=[\w-]+$/);
    expect(decodeURIComponent(request!.headers["next-router-state-tree"]!)).toContain('"other-room"');
    expect(request!.url).not.toContain(slug);
  });
});
