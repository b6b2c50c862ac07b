"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import * as agenda from "./agenda-mutations";
import * as floor from "./floor-mutations";
import * as join from "./join-mutations";
import type { Actor } from "./mutation-support";
import * as questions from "./question-mutations";
import {
  admissionSchema,
  agendaFormValues,
  agendaItemSchema,
  extendSchema,
  itemRefSchema,
  joinSchema,
  questionSchema,
  speakingLimitSchema,
  spotlightSchema,
} from "./schema";

// Every action runs as a member of the workshop; the mutations check the session policy against
// the membership read from the database for this request.

async function actor(slug: string): Promise<Actor> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member };
}

const idSchema = z.string().min(1).max(64);

/** An action on one object by id (an agenda item, a question, a person in the queue). */
function byId(name: string, body: (who: Actor, id: string) => Promise<unknown>) {
  return async (slug: string, id: string): Promise<ActionResult> =>
    runAction(name, async () => {
      const parsed = idSchema.safeParse(id);
      if (!parsed.success) return invalid(parsed.error);
      await body(await actor(slug), parsed.data);
      return { ok: true };
    });
}

/** An action with no input beyond the workshop. */
function plain(name: string, body: (who: Actor) => Promise<unknown>) {
  return async (slug: string): Promise<ActionResult> =>
    runAction(name, async () => {
      await body(await actor(slug));
      return { ok: true };
    });
}

export async function addAgendaItemAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("addAgendaItem", async () => {
    const who = await actor(slug);
    const parsed = agendaItemSchema.safeParse(agendaFormValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    await agenda.addAgendaItem(who, parsed.data);
    return { ok: true };
  });
}

export async function updateAgendaItemAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("updateAgendaItem", async () => {
    const who = await actor(slug);
    const ref = itemRefSchema.safeParse(Object.fromEntries(formData));
    const parsed = agendaItemSchema.safeParse(agendaFormValues(formData));
    if (!ref.success) return invalid(ref.error);
    if (!parsed.success) return invalid(parsed.error);
    await agenda.updateAgendaItem(who, ref.data.itemId, ref.data.version, parsed.data);
    return { ok: true };
  });
}

const startItem = byId("startAgendaItem", agenda.startAgendaItem);
const pauseItem = byId("pauseAgendaItem", agenda.pauseAgendaItem);
const endItem = byId("endAgendaItem", agenda.endAgendaItem);
const deleteItem = byId("deleteAgendaItem", agenda.deleteAgendaItem);
const moveUp = byId("moveAgendaItem", (who, id) => agenda.moveAgendaItem(who, id, -1));
const moveDown = byId("moveAgendaItem", (who, id) => agenda.moveAgendaItem(who, id, 1));
export async function startAgendaItemAction(slug: string, itemId: string) {
  return startItem(slug, itemId);
}
export async function pauseAgendaItemAction(slug: string, itemId: string) {
  return pauseItem(slug, itemId);
}
export async function endAgendaItemAction(slug: string, itemId: string) {
  return endItem(slug, itemId);
}
export async function deleteAgendaItemAction(slug: string, itemId: string) {
  return deleteItem(slug, itemId);
}
export async function moveAgendaItemUpAction(slug: string, itemId: string) {
  return moveUp(slug, itemId);
}
export async function moveAgendaItemDownAction(slug: string, itemId: string) {
  return moveDown(slug, itemId);
}

export async function extendAgendaItemAction(slug: string, itemId: string, minutes: number): Promise<ActionResult> {
  return runAction("extendAgendaItem", async () => {
    const parsed = extendSchema.safeParse({ itemId, minutes });
    if (!parsed.success) return invalid(parsed.error);
    await agenda.extendAgendaItem(await actor(slug), parsed.data.itemId, parsed.data.minutes);
    return { ok: true };
  });
}

export async function setSpotlightAction(slug: string, kind: string, targetId: string | null): Promise<ActionResult> {
  return runAction("setSpotlight", async () => {
    const parsed = spotlightSchema.safeParse({ kind, targetId: targetId ?? undefined });
    if (!parsed.success) return invalid(parsed.error);
    await agenda.setSpotlight(await actor(slug), parsed.data);
    return { ok: true };
  });
}

/** The spotlight form: a select whose value is "ANALYSIS", "CLAUSE:<id>" or "BALLOT:<id>". */
export async function spotlightFormAction(slug: string, formData: FormData): Promise<ActionResult> {
  const [kind = "", targetId = null] = String(formData.get("target") ?? "").split(":");
  return setSpotlightAction(slug, kind, targetId);
}

const clearSpotlight = plain("clearSpotlight", agenda.clearSpotlight);
export async function clearSpotlightAction(slug: string) {
  return clearSpotlight(slug);
}

const raise = plain("raiseHand", floor.raiseHand);
const lower = byId("lowerHand", floor.lowerHand);
const giveTo = byId("giveFloor", floor.giveFloor);
const giveNext = plain("giveFloor", (who) => floor.giveFloor(who));
const endTurn = plain("endFloor", floor.endFloor);
const clear = plain("clearQueue", floor.clearQueue);
export async function raiseHandAction(slug: string) {
  return raise(slug);
}
export async function lowerHandAction(slug: string, memberId: string) {
  return lower(slug, memberId);
}
export async function giveFloorToAction(slug: string, memberId: string) {
  return giveTo(slug, memberId);
}
export async function giveFloorToNextAction(slug: string) {
  return giveNext(slug);
}
export async function endFloorAction(slug: string) {
  return endTurn(slug);
}
export async function clearQueueAction(slug: string) {
  return clear(slug);
}

export async function setQueueModeAction(slug: string, mode: string): Promise<ActionResult> {
  return runAction("setQueueMode", async () => {
    const parsed = z.enum(["FIFO", "ALTERNATE"]).safeParse(mode);
    if (!parsed.success) return invalid(parsed.error);
    await floor.setQueueMode(await actor(slug), parsed.data);
    return { ok: true };
  });
}

export async function setSpeakingLimitAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("setSpeakingLimit", async () => {
    const who = await actor(slug);
    const parsed = speakingLimitSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await floor.setSpeakingLimit(who, parsed.data.seconds ?? null);
    return { ok: true };
  });
}

export async function askQuestionAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("askQuestion", async () => {
    const who = await actor(slug);
    const parsed = questionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await questions.askQuestion(who, parsed.data);
    return { ok: true };
  });
}

const vote = byId("voteQuestion", questions.toggleQuestionVote);
export async function toggleQuestionVoteAction(slug: string, questionId: string) {
  return vote(slug, questionId);
}

export async function moderateQuestionAction(
  slug: string,
  questionId: string,
  change: "answered" | "unanswered" | "hide" | "show",
): Promise<ActionResult> {
  return runAction("moderateQuestion", async () => {
    const parsed = idSchema.safeParse(questionId);
    if (!parsed.success) return invalid(parsed.error);
    const what =
      change === "answered" || change === "unanswered"
        ? { answered: change === "answered" }
        : { hidden: change === "hide" };
    await questions.moderateQuestion(await actor(slug), parsed.data, what);
    return { ok: true };
  });
}

const rotate = plain("rotateJoinCode", join.rotateJoinCode);
const enableCode = plain("enableJoinCode", (who) => join.setJoinCodeEnabled(who, true));
const disableCode = plain("disableJoinCode", (who) => join.setJoinCodeEnabled(who, false));
const declineRequest = byId("declineJoinRequest", join.decline);
export async function rotateJoinCodeAction(slug: string) {
  return rotate(slug);
}
export async function enableJoinCodeAction(slug: string) {
  return enableCode(slug);
}
export async function disableJoinCodeAction(slug: string) {
  return disableCode(slug);
}
export async function declineJoinRequestAction(slug: string, requestId: string) {
  return declineRequest(slug, requestId);
}

export async function admitAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("admitJoinRequest", async () => {
    const who = await actor(slug);
    const parsed = admissionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await join.admit(who, parsed.data);
    return { ok: true };
  });
}

export type JoinResult = ActionResult<{ slug?: string; status?: "member" | "pending" }>;

/** Anyone signed in may enter a code; membership comes only from a facilitator's admission. */
export async function requestToJoinAction(formData: FormData): Promise<JoinResult> {
  return runAction("requestToJoin", async (): Promise<JoinResult> => {
    const user = await requireUser();
    const parsed = joinSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    const outcome = await join.requestToJoin(user.id, parsed.data.code);
    return { ok: true, slug: outcome.slug, status: outcome.status };
  });
}
