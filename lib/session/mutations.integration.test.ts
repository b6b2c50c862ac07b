import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/server/result";
import { actorFor, ballotWorkshop } from "@/test/ballots";
import { prisma } from "@/test/db";
import {
  addAgendaItem,
  endAgendaItem,
  extendAgendaItem,
  pauseAgendaItem,
  setSpotlight,
  startAgendaItem,
} from "./agenda-mutations";
import { sessionBanner, sessionView } from "./data";
import { clearQueue, giveFloor, lowerHand, raiseHand, setQueueMode } from "./floor-mutations";
import { admit, decline, MAX_WRONG_CODES, requestToJoin, rotateJoinCode, setJoinCodeEnabled } from "./join-mutations";
import { askQuestion, moderateQuestion, toggleQuestionVote } from "./question-mutations";
import { admissionSchema, agendaItemSchema } from "./schema";
import { remaining } from "./timer";

const rejects = (promise: Promise<unknown>, code: string) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof DomainError && error.code === code);

const item = (title: string, plannedMinutes: number, link: Record<string, string> = {}) =>
  agendaItemSchema.parse({ title, plannedMinutes, ...link });

async function room() {
  const w = await ballotWorkshop();
  const chair = w.chair;
  const coChair = await actorFor(w.workshopId, "CO_FACILITATOR");
  const alphaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
  const alphaDelegate = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
  const betaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id);
  const gammaLead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.gamma.id);
  const observer = await actorFor(w.workshopId, "OBSERVER");
  return { ...w, chair, coChair, alphaLead, alphaDelegate, betaLead, gammaLead, observer };
}

describe("the agenda", () => {
  it("runs one countdown at a time on the database clock; co-facilitators share the controls", async () => {
    const r = await room();
    const first = await addAgendaItem(r.chair, item("Opening", 10));
    const second = await addAgendaItem(r.coChair, item("Overlap analysis", 20, { linkKind: "ANALYSIS" }));
    await rejects(addAgendaItem(r.alphaLead, item("Mine", 5)), "errors.forbidden");
    await rejects(startAgendaItem(r.observer, first.id), "errors.forbidden");

    await startAgendaItem(r.chair, first.id);
    await extendAgendaItem(r.coChair, first.id, 5);
    let banner = await sessionBanner(r.workshopId, r.workshop.slug);
    expect(banner.current?.id).toBe(first.id);
    const left = remaining(banner.current!.timer, banner.serverNow);
    expect(left).toBeGreaterThan(14 * 60_000);
    expect(left).toBeLessThanOrEqual(15 * 60_000);

    // Starting the second pauses the first and spotlights the analysis it is about.
    await startAgendaItem(r.chair, second.id);
    const rows = await prisma.agendaItem.findMany({
      where: { workshopId: r.workshopId },
      orderBy: { position: "asc" },
    });
    expect(rows.map((row) => row.status)).toEqual(["PAUSED", "RUNNING"]);
    banner = await sessionBanner(r.workshopId, r.workshop.slug);
    expect(banner.spotlight).toMatchObject({ kind: "ANALYSIS", href: `/w/${r.workshop.slug}/analysis` });

    await pauseAgendaItem(r.chair, second.id);
    await rejects(pauseAgendaItem(r.chair, second.id), "errors.timerState");
    await endAgendaItem(r.chair, second.id);
    await rejects(startAgendaItem(r.chair, second.id), "errors.timerState");
    const events = await prisma.event.findMany({
      where: { workshopId: r.workshopId, type: { startsWith: "agenda." } },
    });
    expect(events).toHaveLength(7);
  });

  it("links only to clauses and ballots of the workshop; the spotlight too", async () => {
    const r = await room();
    const other = await ballotWorkshop();
    const foreign = await prisma.ballot.create({
      data: { workshopId: other.workshopId, title: "Other", method: "IRV", createdById: other.chair.userId },
    });
    await expect(
      addAgendaItem(r.chair, item("Vote", 5, { linkKind: "BALLOT", linkId: foreign.id })),
    ).rejects.toMatchObject({ fieldErrors: { link: "errors.notFound" } });
    await expect(setSpotlight(r.chair, { kind: "BALLOT", targetId: foreign.id })).rejects.toMatchObject({
      fieldErrors: { target: "errors.notFound" },
    });
    await rejects(setSpotlight(r.alphaLead, { kind: "ANALYSIS" }), "errors.forbidden");
  });

  it("puts the newest division of labour in the spotlight, with no target to name", async () => {
    const r = await room();
    await setSpotlight(r.chair, { kind: "DIVISION", targetId: "ignored" });
    const banner = await sessionBanner(r.workshopId, r.workshop.slug);
    expect(banner.spotlight).toEqual({
      kind: "DIVISION",
      id: null,
      title: null,
      href: `/w/${r.workshop.slug}/analysis/division`,
    });
    await rejects(setSpotlight(r.alphaLead, { kind: "DIVISION" }), "errors.forbidden");
  });
});

describe("the speaking queue", () => {
  it("gives the floor first come, first served, or alternating between delegations", async () => {
    const r = await room();
    for (const who of [r.alphaLead, r.alphaDelegate, r.betaLead, r.gammaLead]) await raiseHand(who);
    await raiseHand(r.alphaLead); // raising twice keeps one's place
    await rejects(giveFloor(r.alphaLead), "errors.forbidden");

    await setQueueMode(r.chair, "ALTERNATE");
    const order: string[] = [];
    for (let i = 0; i < 4; i += 1) order.push((await giveFloor(r.chair)).memberId);
    expect(order).toEqual([
      r.alphaLead.member.id,
      r.betaLead.member.id,
      r.gammaLead.member.id,
      r.alphaDelegate.member.id,
    ]);
    await rejects(giveFloor(r.chair), "errors.queueEmpty");

    await setQueueMode(r.chair, "FIFO");
    for (const who of [r.alphaLead, r.alphaDelegate, r.betaLead]) await raiseHand(who);
    expect((await giveFloor(r.chair)).memberId).toBe(r.alphaLead.member.id);
    expect((await giveFloor(r.chair)).memberId).toBe(r.alphaDelegate.member.id);
  });

  it("lets people lower their own hand, facilitators anyone's, and clear the queue", async () => {
    const r = await room();
    await raiseHand(r.alphaLead);
    await raiseHand(r.betaLead);
    await rejects(lowerHand(r.betaLead, r.alphaLead.member.id), "errors.forbidden");
    await lowerHand(r.alphaLead, r.alphaLead.member.id);
    let view = await sessionView(r.workshopId, r.workshop.slug, r.chair.member);
    expect(view.queue.map((h) => h.memberId)).toEqual([r.betaLead.member.id]);
    await raiseHand(r.gammaLead);
    await clearQueue(r.chair);
    view = await sessionView(r.workshopId, r.workshop.slug, r.chair.member);
    expect(view.queue).toEqual([]);
  });
});

describe("questions from the floor", () => {
  it("hides an anonymous author from everyone, keeps them in the audit trail, and counts upvotes", async () => {
    const r = await room();
    const { id } = await askQuestion(r.alphaLead, { body: "Who pays for the logistics platform?", anonymous: true });
    await toggleQuestionVote(r.betaLead, id);
    await toggleQuestionVote(r.gammaLead, id);
    await toggleQuestionVote(r.gammaLead, id); // taken back
    await rejects(toggleQuestionVote(r.alphaLead, id), "errors.ownQuestion");
    const forChair = await sessionView(r.workshopId, r.workshop.slug, r.chair.member);
    expect(forChair.questions).toMatchObject([{ id, author: null, votes: 1, own: false }]);
    expect(JSON.stringify(forChair)).not.toContain(r.alphaLead.member.id);
    const forAuthor = await sessionView(r.workshopId, r.workshop.slug, r.alphaLead.member);
    expect(forAuthor.questions[0]).toMatchObject({ own: true, author: null });
    const asked = await prisma.event.findFirst({ where: { workshopId: r.workshopId, type: "question.asked" } });
    expect(asked?.actorId).toBe(r.alphaLead.userId);

    await rejects(moderateQuestion(r.betaLead, id, { hidden: true }), "errors.forbidden");
    await moderateQuestion(r.coChair, id, { hidden: true });
    const forDelegate = await sessionView(r.workshopId, r.workshop.slug, r.betaLead.member);
    expect(forDelegate.questions).toEqual([]);
  });
});

describe("joining by code", () => {
  it("files a request that a facilitator admits with a role and delegation", async () => {
    const r = await room();
    const newcomer = await prisma.user.create({
      data: { email: `newcomer-${Date.now()}@test.example`, name: "Newcomer", passwordHash: "x" },
    });
    await rejects(rotateJoinCode(r.alphaLead), "errors.forbidden");
    const { code } = await rotateJoinCode(r.chair);
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    expect(await requestToJoin(newcomer.id, typed)).toMatchObject({ status: "pending", slug: r.workshop.slug });
    const view = await sessionView(r.workshopId, r.workshop.slug, r.chair.member);
    const request = view.join!.requests[0]!;
    expect(request.user.name).toBe("Newcomer");

    expect(admissionSchema.safeParse({ requestId: request.id, role: "DELEGATE" }).success).toBe(false);
    await admit(r.chair, admissionSchema.parse({ requestId: request.id, role: "DELEGATE", delegationId: r.beta.id }));
    await rejects(
      admit(r.chair, admissionSchema.parse({ requestId: request.id, role: "OBSERVER" })),
      "errors.requestDecided",
    );
    const membership = await prisma.membership.findFirst({ where: { workshopId: r.workshopId, userId: newcomer.id } });
    expect(membership).toMatchObject({ role: "DELEGATE", delegationId: r.beta.id });
    expect(await requestToJoin(newcomer.id, code)).toMatchObject({ status: "member" });
  });

  it("refuses rotated and disabled codes, and throttles wrong guesses", async () => {
    const r = await room();
    const guesser = await prisma.user.create({
      data: { email: `guesser-${Date.now()}@test.example`, name: "Guesser", passwordHash: "x" },
    });
    const { code: old } = await rotateJoinCode(r.chair);
    const { code } = await rotateJoinCode(r.chair);
    await expect(requestToJoin(guesser.id, old)).rejects.toMatchObject({ fieldErrors: { code: "errors.joinCode" } });
    await setJoinCodeEnabled(r.chair, false);
    await expect(requestToJoin(guesser.id, code)).rejects.toMatchObject({ fieldErrors: { code: "errors.joinCode" } });
    for (let i = 2; i < MAX_WRONG_CODES; i += 1) await requestToJoin(guesser.id, "ZZZZZZ").catch(() => undefined);
    await setJoinCodeEnabled(r.chair, true);
    await rejects(requestToJoin(guesser.id, code), "errors.joinThrottled");
  });

  it("a declined person may ask again", async () => {
    const r = await room();
    const person = await prisma.user.create({
      data: { email: `again-${Date.now()}@test.example`, name: "Again", passwordHash: "x" },
    });
    const { code } = await rotateJoinCode(r.chair);
    await requestToJoin(person.id, code);
    const [request] = (await sessionView(r.workshopId, r.workshop.slug, r.chair.member)).join!.requests;
    await decline(r.chair, request!.id);
    expect((await sessionView(r.workshopId, r.workshop.slug, r.chair.member)).join!.requests).toEqual([]);
    await requestToJoin(person.id, code);
    expect((await sessionView(r.workshopId, r.workshop.slug, r.chair.member)).join!.requests).toHaveLength(1);
  });
});
