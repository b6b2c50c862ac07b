import { describe, expect, it } from "vitest";
import { closeBallot } from "@/lib/ballots/ballot-mutations";
import { ballotView } from "@/lib/ballots/data";
import type { BallotLive } from "@/lib/ballots/live-data";
import { liveParts } from "@/lib/ballots/page-data";
import { castVote } from "@/lib/ballots/vote-mutations";
import { clauseDetail, type StanceBoard } from "@/lib/plan/data";
import { confirmStance, proposeClause, recordStance } from "@/lib/plan/mutations";
import { ensureSections } from "@/lib/workshop/mutations";
import { clauseSchema, stanceSchema } from "@/lib/plan/schema";
import { ratificationState, signaturesOf, type Signatures } from "@/lib/ratify/data";
import { freezePlan, signPlan } from "@/lib/ratify/mutations";
import { signatureSchema } from "@/lib/ratify/schema";
import { sessionPageView } from "@/lib/session/data";
import { askQuestion, moderateQuestion, toggleQuestionVote } from "@/lib/session/question-mutations";
import { questionSchema } from "@/lib/session/schema";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { seqOf, streamOf } from "@/test/sse-frames";
import type { QuestionsModel } from "./types";

/** Waits until every stream has been pushed `topic` at `seq` or later. */
async function settled(streams: Array<ReturnType<typeof streamOf>>, topic: string, seq: number) {
  for (const stream of streams) await stream.waitFor(() => (stream.models(topic).at(-1)?.seq ?? 0) >= seq);
}

describe("pushed questions", () => {
  it("sends each audience the list its page renders: hidden questions to the chair only, no one's own marks", async () => {
    const w = await ballotWorkshop();
    const alpha = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    const beta = await actorFor(w.workshopId, "DELEGATE", w.beta.id);
    const start = await seqOf(w.workshopId);
    const streams = [streamOf(w.workshopId, w.chair, start), streamOf(w.workshopId, beta, start)];
    const [chairStream, betaStream] = streams as [ReturnType<typeof streamOf>, ReturnType<typeof streamOf>];
    try {
      const open = await askQuestion(alpha, questionSchema.parse({ body: "Who funds the rail link?" }));
      const secret = await askQuestion(alpha, questionSchema.parse({ body: "Mine, anonymous", anonymous: "on" }));
      await toggleQuestionVote(beta, open.id);
      const hidden = await askQuestion(beta, questionSchema.parse({ body: "Off topic" }));
      await moderateQuestion(w.chair, hidden.id, { hidden: true });
      await settled(streams, "questions", await seqOf(w.workshopId));

      const forChair = chairStream.models<QuestionsModel>("questions").at(-1)!;
      const forBeta = betaStream.models<QuestionsModel>("questions").at(-1)!;
      // What was pushed to each audience is what the session page renders for its members.
      expect(forChair.model).toEqual((await sessionPageView(w.workshopId, w.chair.member)).questions.model);
      expect(forBeta.model).toEqual((await sessionPageView(w.workshopId, beta.member)).questions.model);
      expect(forChair.model.questions.map((q) => q.id)).toEqual([open.id, secret.id, hidden.id]);
      expect(forBeta.model.questions.map((q) => q.id)).toEqual([open.id, secret.id]);
      expect(forBeta.model.questions[0]).toMatchObject({ votes: 1, author: expect.any(String) });
      // An anonymous question names nobody in anyone's stream; which are one's own is not pushed.
      expect(forChair.model.questions[1]).toMatchObject({ author: null, anonymous: true });
      for (const stream of streams) {
        const raw = stream.frames.map((f) => f.data).join("\n");
        expect(raw).not.toContain(alpha.member.id);
        expect(raw).not.toContain("votedByMe");
      }
      // Each question event is followed by a model, and no event needs a page re-rendered.
      expect(betaStream.changes().every((change) => (change as { reads?: string[] }).reads?.length === 0)).toBe(true);
    } finally {
      streams.forEach((stream) => stream.close());
    }
  });
});

describe("pushed ballot turnout and results", () => {
  it("sends turnout and live results after each vote, as the ballot page renders them", async () => {
    const w = await ballotWorkshop();
    const options = [(await brand(w.chair, "Rice", [w.alpha.id])).id, (await brand(w.chair, "Ice", [w.beta.id])).id];
    const id = await ballot(w.chair, options, { method: "PLURALITY", secret: "", resultsVisibility: "LIVE" });
    const voters = [
      await actorFor(w.workshopId, "DELEGATE", w.alpha.id),
      await actorFor(w.workshopId, "DELEGATE", w.beta.id),
      await actorFor(w.workshopId, "DELEGATE", w.beta.id),
    ];
    const watcher = await actorFor(w.workshopId, "OBSERVER");
    const stream = streamOf(w.workshopId, watcher, await seqOf(w.workshopId));
    try {
      for (const voter of voters) await castVote(voter, id, { choice: options[1]! });
      await settled([stream], `ballot:${id}`, await seqOf(w.workshopId));
      const pushed = stream.models<BallotLive>(`ballot:${id}`).at(-1)!;
      const view = (await ballotView(w.workshopId, id, watcher.member, "en"))!;
      expect(pushed.model).toEqual(JSON.parse(JSON.stringify(liveParts(view, 0).live.model)));
      expect(pushed.model.turnout.reduce((sum, row) => sum + row.voted, 0)).toBe(3);
      expect(pushed.model.results?.winner).toBe(options[1]);
      expect(pushed.model.openChoices).toHaveLength(3);
      // Votes re-render no page: their events name nothing a server render shows.
      expect(stream.changes().filter((c) => c.type === "ballot.voted")).toHaveLength(3);
      expect(stream.changes().every((change) => (change as { reads?: string[] }).reads?.length === 0)).toBe(true);
    } finally {
      stream.close();
    }
  });

  it("reveals nothing of a secret ballot its page hides: counts only until it closes", async () => {
    const w = await ballotWorkshop();
    const options = [(await brand(w.chair, "Rice", [w.alpha.id])).id, (await brand(w.chair, "Ice", [w.beta.id])).id];
    const id = await ballot(w.chair, options, { method: "PLURALITY", resultsVisibility: "AFTER_CLOSE" });
    const voter = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const other = await actorFor(w.workshopId, "DELEGATE", w.beta.id);
    const stream = streamOf(w.workshopId, other, await seqOf(w.workshopId));
    try {
      await castVote(voter, id, { choice: options[0]! });
      await settled([stream], `ballot:${id}`, await seqOf(w.workshopId));
      const open = stream.models<BallotLive>(`ballot:${id}`).at(-1)!.model;
      expect(open).toMatchObject({ status: "OPEN", results: null, openChoices: [] });
      expect(open.turnout.find((row) => row.delegationId === w.alpha.id)?.voted).toBe(1);
      const raw = () => stream.frames.map((f) => f.data).join("\n");
      expect(raw()).not.toContain(options[0]!);
      expect(raw()).not.toContain(voter.member.id);

      await closeBallot(w.chair, id);
      await settled([stream], `ballot:${id}`, await seqOf(w.workshopId));
      const closed = stream.models<BallotLive>(`ballot:${id}`).at(-1)!.model;
      expect(closed.status).toBe("CLOSED");
      expect(closed.results?.winner).toBe(options[0]);
      // A secret ballot's choices are never listed by voter, not even after closing.
      expect(closed.openChoices).toEqual([]);
      expect(raw()).not.toContain(voter.member.id);
    } finally {
      stream.close();
    }
  });
});

describe("pushed stances", () => {
  it("sends every member the clause's official stances as its page renders them, and no delegation's drafts", async () => {
    const w = await ballotWorkshop();
    const alphaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    const alphaDelegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const beta = await actorFor(w.workshopId, "DELEGATE", w.beta.id);
    const betaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
    await prisma.$transaction((tx) => ensureSections(tx, w.workshopId));
    const section = await prisma.planSection.findFirstOrThrow({ where: { workshopId: w.workshopId } });
    const { id } = await proposeClause(
      w.chair,
      clauseSchema.parse({ sectionId: section.id, title: "Automobiles", text: "Changchun leads.", horizon: "MEDIUM" }),
    );
    const stance = (delegationId: string, position: string, mode: string, reason: string) =>
      stanceSchema.parse({ clauseId: id, delegationId, position, mode, reason });
    const stream = streamOf(w.workshopId, beta, await seqOf(w.workshopId));
    try {
      // Alpha's caucus: a private draft and a proposal, then the lead confirms the proposal.
      await recordStance(alphaDelegate, stance(w.alpha.id, "OBJECT", "private", "Caucus secret: we fear Shenyang"));
      const proposed = await recordStance(alphaDelegate, stance(w.alpha.id, "SUPPORT", "proposed", "Proposed text"));
      await confirmStance(alphaLead, proposed.id);
      await recordStance(betaLead, stance(w.beta.id, "ABSTAIN", "official", "Beta waits"));
      await settled([stream], `stances:${id}`, await seqOf(w.workshopId));

      const pushed = stream.models<StanceBoard>(`stances:${id}`).at(-1)!.model;
      const page = (await clauseDetail(w.workshop, id, { ...beta.member, userId: beta.userId }))!;
      expect(pushed).toEqual(JSON.parse(JSON.stringify(page.board)));
      expect(pushed.current.map((s) => [s.delegationId, s.position])).toEqual([
        [w.alpha.id, "SUPPORT"],
        [w.beta.id, "ABSTAIN"],
      ]);
      // Another delegation's stream never carries Alpha's caucus: not its drafts, not their events.
      const raw = stream.frames.map((f) => f.data).join("\n");
      expect(raw).not.toContain("Caucus secret");
      expect(stream.changes().map((c) => c.type)).not.toContain("stance.private");
      expect(stream.changes().map((c) => c.type)).not.toContain("stance.proposed");
    } finally {
      stream.close();
    }
  });
});

describe("pushed signatures", () => {
  it("sends every member who signed which version, and when the plan is ratified", async () => {
    const w = await ballotWorkshop();
    const leads = await Promise.all(
      [w.alpha, w.beta, w.gamma].map((d) => actorFor(w.workshopId, "LEAD_DELEGATE", d.id)),
    );
    const observer = await actorFor(w.workshopId, "OBSERVER");
    const version = await freezePlan(w.chair);
    const { id: versionId } = await prisma.planVersion.findFirstOrThrow({ where: { workshopId: w.workshopId } });
    const stream = streamOf(w.workshopId, observer, await seqOf(w.workshopId));
    try {
      for (const [i, lead] of leads.entries()) {
        const input = { versionId, hash: version.hash, kind: i === 1 ? "RESERVATION" : "ENDORSEMENT" };
        await signPlan(lead, signatureSchema.parse({ ...input, statement: i === 1 ? "On steel." : "" }), `Lead ${i}`);
        await settled([stream], "signatures", await seqOf(w.workshopId));
        const pushed = stream.models<Signatures>("signatures").at(-1)!.model;
        expect(pushed).toEqual(signaturesOf(await ratificationState(w.workshopId)));
        expect(pushed.versions[0]!.signatures).toHaveLength(i + 1);
        expect(pushed.ratified).toBe(i === 2);
      }
      // A signature re-renders no page: the ratify page shows it from the pushed model.
      const signed = stream.changes().filter((c) => c.type === "plan.signed");
      expect(signed).toHaveLength(3);
      expect(signed.every((c) => (c as { reads?: string[] }).reads?.length === 0)).toBe(true);
    } finally {
      stream.close();
    }
  });
});
