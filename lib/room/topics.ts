import { canRunSession, type SessionMember } from "@/lib/session/policy";

// The pushed topics (lib/room/types.ts) and their audiences. An audience is a set of members who
// are all shown the same model of a topic, so the live hub reads it once per event for all of
// them: "all" (every member), or the chair and everyone else for the questions (the chair also
// sees hidden ones). Which events make a topic stale is in ./effects.ts; the models are read by
// readTopic (./data.ts).

/** The audience `member` belongs to for `topic`. */
export function audienceOf(topic: string, member: SessionMember): string {
  if (topic === "questions") return canRunSession(member) ? "chair" : "member";
  return "all";
}
