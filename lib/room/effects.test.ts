import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, effectsOf, touches } from "./effects";

/** Every event type a mutation appends: the string literals of the form "domain.verb" in them. */
function appendedTypes(): Set<string> {
  const root = path.resolve(__dirname, "..");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
    (file) => /(mutations|mutation-support)\.ts$/.test(file) && !file.includes(".test."),
  );
  const domains = new Set(EVENT_TYPES.map((type) => type.split(".")[0]));
  const types = new Set<string>();
  for (const file of files) {
    for (const [, type] of readFileSync(path.join(root, file), "utf8").matchAll(/"([a-z]+\.[a-zA-Z]+)"/g)) {
      if (domains.has(type!.split(".")[0]!)) types.add(type!);
    }
  }
  return types;
}

describe("the catalogue of event effects", () => {
  it("lists every event type the mutations append", () => {
    const appended = appendedTypes();
    expect(appended.size).toBeGreaterThan(60);
    expect([...appended].filter((type) => !EVENT_TYPES.includes(type as never))).toEqual([]);
  });

  it("pushes the room's state for session events and refreshes no ordinary page for them", () => {
    expect(effectsOf("hand.raised", {})).toEqual({ topics: ["room"], reads: ["session"] });
    expect(effectsOf("agenda.started", {})).toEqual({ topics: ["room"], reads: ["session"] });
    expect(touches(effectsOf("hand.raised", {}).reads, ["industries", "workshop"])).toBe(false);
    // The projector renders the session on the server and declares no scope.
    expect(touches(effectsOf("hand.raised", {}).reads, ["*"])).toBe(true);
  });

  it("names the clause or ballot a change touched, so only its pages refresh", () => {
    const amendmentStance = effectsOf("stance.official", { clauseId: "c1", amendmentId: "a1" });
    expect(touches(amendmentStance.reads, ["clause:c1"])).toBe(true);
    expect(touches(amendmentStance.reads, ["clause:c2"])).toBe(false);
    expect(touches(effectsOf("caucus.published", {}).reads, ["clause:c2"])).toBe(true);
    const opened = effectsOf("ballot.opened", { ballotId: "b1" });
    expect(touches(opened.reads, ["ballot:b1"])).toBe(true);
    expect(touches(opened.reads, ["ballot:b2"])).toBe(false);
  });

  it("pushes official stances on a clause; a draft re-renders its own delegation's clause page only", () => {
    for (const type of ["stance.official", "stance.confirmed"]) {
      const official = effectsOf(type, { clauseId: "c1", delegationId: "d1" });
      expect(official.topics).toEqual(["stances:c1"]);
      // Other delegations' clause pages are not re-rendered; the stance's own (drafts superseded) is.
      expect(touches(official.reads, ["clause:c1", "clauses", "caucus:d2:c1"])).toBe(false);
      expect(touches(official.reads, ["clause:c1", "clauses", "caucus:d1:c1"])).toBe(true);
    }
    for (const type of ["stance.proposed", "stance.private"]) {
      const draft = effectsOf(type, { clauseId: "c1", delegationId: "d1" });
      expect(draft).toEqual({ topics: [], reads: ["caucus:d1:c1"] });
    }
  });

  it("pushes votes and questions to every screen and re-renders none, not even the projector", () => {
    const vote = effectsOf("ballot.voted", { ballotId: "b1" });
    expect(vote).toEqual({ topics: ["ballot:b1"], reads: [] });
    expect(touches(vote.reads, ["*"])).toBe(false);
    expect(effectsOf("plan.signed", {})).toEqual({ topics: ["signatures"], reads: [] });
    for (const type of ["question.asked", "question.voted", "question.moderated"])
      expect(effectsOf(type, { questionId: "q1" })).toEqual({ topics: ["questions"], reads: [] });
    // Join requests are shown to facilitators on the session page only.
    expect(touches(effectsOf("join.requested", {}).reads, ["session:join"])).toBe(true);
    expect(touches(effectsOf("join.requested", {}).reads, ["ballot:b1", "plan"])).toBe(false);
  });

  it("refreshes every page for a phase change and for an event it does not know", () => {
    expect(touches(effectsOf("workshop.phaseChanged", {}).reads, ["costs"])).toBe(true);
    expect(effectsOf("something.new", {})).toEqual({ topics: [], reads: ["*"] });
    expect(touches([], ["*"])).toBe(false);
  });
});
