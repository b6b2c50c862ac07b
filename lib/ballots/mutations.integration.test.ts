import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/server/result";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { closeBallot, deleteBallot, settleDueBallots, updateBallot } from "./ballot-mutations";
import { deleteBrand, setSponsor, updateBrand } from "./brand-mutations";
import { ballotView } from "./data";
import { ballotSchema, proposalSchema } from "./schema";
import { castVote } from "./vote-mutations";

const rejects = (promise: Promise<unknown>, code: string) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof DomainError && error.code === code);

describe("brand proposals", () => {
  it("a delegate's proposal is sponsored by their own delegation; naming another is refused, not rewritten", async () => {
    const w = await ballotWorkshop();
    const delegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const { id } = await brand(delegate, "Northeast Rice");
    const sponsors = await prisma.brandSponsor.findMany({ where: { proposalId: id } });
    expect(sponsors.map((s) => s.delegationId)).toEqual([w.alpha.id]);
    expect(await brand(delegate, "Own Rice", [w.alpha.id])).toMatchObject({ id: expect.any(String) });
    const before = await prisma.brandProposal.count({ where: { workshopId: w.workshopId } });
    await expect(brand(delegate, "Borrowed Rice", [w.beta.id])).rejects.toMatchObject({
      fieldErrors: { sponsorIds: "errors.otherDelegation" },
    });
    await expect(brand(delegate, "Shared Rice", [w.alpha.id, w.beta.id])).rejects.toMatchObject({
      fieldErrors: { sponsorIds: "errors.otherDelegation" },
    });
    expect(await prisma.brandProposal.count({ where: { workshopId: w.workshopId } })).toBe(before);
  });

  it("observers cannot propose; a facilitator must name at least one sponsor of the workshop", async () => {
    const w = await ballotWorkshop();
    const observer = await actorFor(w.workshopId, "OBSERVER");
    await rejects(brand(observer, "Ice and Snow"), "errors.forbidden");
    await expect(brand(w.chair, "Ice and Snow", [])).rejects.toMatchObject({
      fieldErrors: { sponsorIds: "errors.sponsorRequired" },
    });
    const other = await ballotWorkshop();
    await expect(brand(w.chair, "Ice and Snow", [other.alpha.id])).rejects.toMatchObject({
      fieldErrors: { sponsorIds: "errors.sponsorRequired" },
    });
  });

  it("names are unique per language, reported on the field", async () => {
    const w = await ballotWorkshop();
    await brand(w.chair, "Northeast Rice", [w.alpha.id]);
    await expect(brand(w.chair, "Northeast Rice", [w.beta.id])).rejects.toMatchObject({
      fieldErrors: { nameEn: "errors.brandNameTaken" },
    });
  });

  it("a delegate joins or leaves for their own delegation only; the last sponsor cannot leave", async () => {
    const w = await ballotWorkshop();
    const alphaDelegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const betaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
    const { id } = await brand(alphaDelegate, "Northeast Rice");
    await rejects(setSponsor(alphaDelegate, id, w.beta.id, true), "errors.forbidden");
    await setSponsor(betaLead, id, w.beta.id, true);
    await setSponsor(betaLead, id, w.beta.id, true); // joining twice changes nothing
    await rejects(setSponsor(betaLead, id, w.alpha.id, false), "errors.forbidden");
    await setSponsor(betaLead, id, w.beta.id, false);
    await rejects(setSponsor(alphaDelegate, id, w.alpha.id, false), "errors.lastSponsor");
    const sponsors = await prisma.brandSponsor.findMany({ where: { proposalId: id } });
    expect(sponsors.map((s) => s.delegationId)).toEqual([w.alpha.id]);
  });

  it("only the proposer or a facilitator edits; a proposal is locked once a ballot on it opens", async () => {
    const w = await ballotWorkshop();
    const proposer = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const colleague = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const betaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
    const a = await brand(proposer, "Northeast Rice");
    const b = await brand(w.chair, "Ice and Snow", [w.beta.id]);
    const edit = proposalSchema.parse({ nameEn: "Northeast Rice", nameZh: "东北大米", industryCode: "13" });
    await rejects(updateBrand(colleague, a.id, 1, edit), "errors.forbidden");
    await updateBrand(proposer, a.id, 1, edit);
    await rejects(updateBrand(proposer, a.id, 1, edit), "errors.editConflict");

    const ballotId = await ballot(w.chair, [a.id, b.id], {}, { open: false });
    await rejects(deleteBrand(proposer, a.id, 2), "errors.brandInBallot");
    await setSponsor(betaLead, a.id, w.beta.id, true); // still a draft: sponsors may change
    await prisma.ballot.update({ where: { id: ballotId }, data: { status: "OPEN" } });
    await rejects(setSponsor(betaLead, a.id, w.beta.id, false), "errors.brandLocked");
    await rejects(updateBrand(proposer, a.id, 3, edit), "errors.brandLocked");
  });
});

describe("ballots", () => {
  async function setup() {
    const w = await ballotWorkshop();
    const options = [
      (await brand(w.chair, "A", [w.alpha.id])).id,
      (await brand(w.chair, "B", [w.beta.id])).id,
      (await brand(w.chair, "C", [w.gamma.id])).id,
    ];
    return { ...w, options };
  }

  it("only facilitators create, edit, open, close and delete; settings change only while a draft", async () => {
    const w = await setup();
    const lead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
    await expect(ballot(lead, w.options)).rejects.toThrow(DomainError);
    const id = await ballot(w.chair, w.options, {}, { open: false });
    const input = ballotSchema.parse({
      title: "Renamed",
      method: "IRV",
      weighting: "PER_DELEGATION",
      resultsVisibility: "AFTER_CLOSE",
      tieBreak: "NONE",
      optionIds: w.options.slice(0, 2),
    });
    await rejects(updateBallot(lead, id, 1, input), "errors.forbidden");
    await updateBallot(w.chair, id, 1, input);
    const saved = await prisma.ballot.findUniqueOrThrow({ where: { id }, include: { options: true } });
    expect(saved).toMatchObject({ title: "Renamed", method: "IRV", secret: false, version: 2 });
    expect(saved.options).toHaveLength(2);
    await rejects(closeBallot(w.chair, id), "errors.ballotNotOpen");
    const open = await ballot(w.chair, w.options);
    await rejects(updateBallot(w.chair, open, 2, input), "errors.ballotNotDraft");
    await rejects(deleteBallot(w.chair, open, 2), "errors.ballotNotDraft");
    await deleteBallot(w.chair, id, 2);
    expect(await prisma.ballot.count({ where: { id } })).toBe(0);
  });

  it("options must be at least two proposals of this workshop", async () => {
    const w = await setup();
    const other = await setup();
    await expect(ballot(w.chair, [w.options[0]!, other.options[0]!])).rejects.toMatchObject({
      fieldErrors: { optionIds: "errors.ballotOptions" },
    });
    expect(() => ballotSchema.parse({ title: "x", method: "IRV", optionIds: [w.options[0]] })).toThrow();
  });

  it("delegates vote, observers and facilitators do not; a vote on a closed ballot is refused", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options);
    const delegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const observer = await actorFor(w.workshopId, "OBSERVER");
    const vote = { ranking: [w.options[1]!] };
    await rejects(castVote(observer, id, vote), "errors.forbidden");
    await rejects(castVote(w.chair, id, vote), "errors.forbidden");
    await castVote(delegate, id, vote);
    await closeBallot(w.chair, id);
    await rejects(castVote(delegate, id, vote), "errors.ballotNotOpen");
  });

  it("checks a vote against the ballot: options, method, scores, conflicts of interest", async () => {
    const w = await setup();
    const delegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const ranked = await ballot(w.chair, w.options, { conflictOfInterest: "on" });
    const bad = (vote: Parameters<typeof castVote>[2], code: string) =>
      expect(castVote(delegate, ranked, vote)).rejects.toMatchObject({ fieldErrors: { vote: code } });
    await bad({ ranking: [] }, "errors.voteRanking");
    await bad({ ranking: ["not-an-option"] }, "errors.invalid");
    await bad({ choice: w.options[0]! }, "errors.voteChoice");
    // A (sponsored by Alpha only) ranked first is support for it: refused for an Alpha voter.
    await bad({ ranking: [w.options[0]!, w.options[1]!] }, "errors.conflictOfInterest");
    await castVote(delegate, ranked, { ranking: [w.options[1]!, w.options[0]!] });
    const scored = await ballot(w.chair, w.options, { method: "SCORE" });
    await expect(castVote(delegate, scored, { scores: { [w.options[0]!]: 6 } })).rejects.toMatchObject({
      fieldErrors: { vote: "errors.voteScore" },
    });
  });

  it("the last vote counts; results follow the visibility setting", async () => {
    const w = await setup();
    const [a, b] = w.options as [string, string, string];
    const id = await ballot(w.chair, w.options, { method: "PLURALITY", resultsVisibility: "AFTER_CLOSE" });
    const voter = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    expect(await castVote(voter, id, { choice: a })).toEqual({ changed: false });
    expect(await castVote(voter, id, { choice: b })).toEqual({ changed: true });
    const hidden = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(hidden?.results).toBeNull();
    expect(hidden?.turnout.find((t) => t.delegationId === w.alpha.id)).toEqual({
      delegationId: w.alpha.id,
      voted: 1,
      eligible: 1,
    });
    expect(hidden?.ownVote).toBeNull(); // the facilitator has no vote, and sees nobody's
    expect((await ballotView(w.workshopId, id, voter.member, "en"))?.ownVote).toEqual({ choice: b });
    await closeBallot(w.chair, id);
    const final = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(final?.results?.winner).toBe(b);
    expect(final?.results?.count.working).toMatchObject({ totals: { [a]: 0, [b]: 1 } });
    // After closing nobody can find a secret vote again, the voter included.
    expect((await ballotView(w.workshopId, id, voter.member, "en"))?.ownVote).toBeNull();
  });

  it("the quorum decides whether the result stands; a tie-break rule is applied and shown", async () => {
    const w = await setup();
    const [a, b] = w.options as [string, string, string];
    const voters = [
      await actorFor(w.workshopId, "DELEGATE", w.alpha.id),
      await actorFor(w.workshopId, "DELEGATE", w.beta.id),
      await actorFor(w.workshopId, "DELEGATE", w.gamma.id),
      await actorFor(w.workshopId, "DELEGATE", w.gamma.id),
    ];
    const id = await ballot(w.chair, w.options, { method: "PLURALITY", quorum: "75", tieBreak: "EARLIEST_PROPOSAL" });
    await castVote(voters[0]!, id, { choice: b });
    await castVote(voters[1]!, id, { choice: a });
    const before = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(before?.results).toMatchObject({ quorum: { required: 0.75, met: false }, winner: null });
    await castVote(voters[2]!, id, { choice: w.options[2]! });
    const after = await ballotView(w.workshopId, id, w.chair.member, "en");
    // Three-way tie; A was proposed first.
    expect(after?.results).toMatchObject({
      quorum: { met: true },
      winner: a,
      tieBrokenBy: "EARLIEST_PROPOSAL",
      count: { tie: true },
    });
  });

  it("opens and closes at the times set, once, however many requests settle it", async () => {
    const w = await setup();
    const id = await ballot(w.chair, w.options, {}, { open: false });
    await prisma.ballot.update({
      where: { id },
      data: { opensAt: new Date(Date.now() - 1000), closesAt: new Date(Date.now() + 60_000) },
    });
    await Promise.all([1, 2, 3, 4].map(() => settleDueBallots(w.workshopId)));
    expect((await prisma.ballot.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    const voter = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    await castVote(voter, id, { ranking: [w.options[2]!] });
    await prisma.ballot.update({ where: { id }, data: { closesAt: new Date(Date.now() - 1000) } });
    // The next vote settles the ballot first, and is refused.
    await rejects(castVote(voter, id, { ranking: [w.options[1]!] }), "errors.ballotNotOpen");
    await Promise.all([1, 2, 3].map(() => settleDueBallots(w.workshopId)));
    const events = await prisma.event.findMany({
      where: { workshopId: w.workshopId, type: { startsWith: "ballot." } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.type).filter((t) => t === "ballot.opened" || t === "ballot.closed")).toEqual([
      "ballot.opened",
      "ballot.closed",
    ]);
    expect(events.find((e) => e.type === "ballot.closed")?.actorId).toBeNull();
    const final = await ballotView(w.workshopId, id, w.chair.member, "en");
    expect(final?.results?.winner).toBe(w.options[2]);
  });
});
