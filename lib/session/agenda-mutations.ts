import "server-only";
import { actorEvent } from "@/lib/live/events";
import { prisma, type Tx } from "@/lib/db/client";
import type { AgendaLink, SpotlightKind } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/server/result";
import { allow } from "@/lib/server/actor";
import { lockSession, type Actor } from "./mutation-support";
import { canRunSession } from "./policy";
import type { AgendaItemInput, SpotlightInput } from "./schema";
import { end, extend, pause, start, TimerTransitionError, type TimerState } from "./timer";

// The agenda and its countdowns, and the spotlight. Every change locks the session row, so two
// facilitators pressing buttons at once are applied one after the other.

type ItemRow = {
  id: string;
  version: number;
  plannedMinutes: number;
  status: TimerState["status"];
  elapsedMs: number;
  extensionMs: number;
  runningSince: Date | null;
  linkKind: AgendaLink;
  linkId: string | null;
};

const timerOf = (item: ItemRow): TimerState => ({
  plannedMs: item.plannedMinutes * 60_000,
  extensionMs: item.extensionMs,
  elapsedMs: item.elapsedMs,
  runningSince: item.runningSince?.getTime() ?? null,
  status: item.status,
});

const timerColumns = (timer: TimerState) => ({
  status: timer.status,
  elapsedMs: timer.elapsedMs,
  extensionMs: timer.extensionMs,
  runningSince: timer.runningSince === null ? null : new Date(timer.runningSince),
  version: { increment: 1 },
});

async function findItem(tx: Tx, actor: Actor, itemId: string): Promise<ItemRow> {
  const item = await tx.agendaItem.findFirst({ where: { id: itemId, workshopId: actor.workshopId } });
  if (!item) throw new DomainError("errors.notFound");
  return item;
}

/** Runs a timer transition, turning an invalid one (pausing a paused item) into a message. */
function transition(body: () => TimerState): TimerState {
  try {
    return body();
  } catch (error) {
    if (error instanceof TimerTransitionError) throw new DomainError("errors.timerState");
    throw error;
  }
}

/** Checks that a linked clause or ballot belongs to the workshop. */
async function checkLink(tx: Tx, actor: Actor, input: { linkKind: string; linkId: string | null }, field = "link") {
  if (!input.linkId) return;
  const where = { id: input.linkId, workshopId: actor.workshopId };
  const found = input.linkKind === "CLAUSE" ? await tx.clause.count({ where }) : await tx.ballot.count({ where });
  if (found === 0) throw new DomainError("errors.checkFields", { [field]: "errors.notFound" });
}

export async function addAgendaItem(actor: Actor, input: AgendaItemInput): Promise<{ id: string }> {
  allow(canRunSession(actor.member));
  return prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    await checkLink(tx, actor, input);
    const last = await tx.agendaItem.aggregate({ where: { workshopId: actor.workshopId }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: { ...input, workshopId: actor.workshopId, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await actorEvent(tx, actor, "agenda.added", { itemId: item.id });
    return item;
  });
}

export async function updateAgendaItem(actor: Actor, itemId: string, version: number, input: AgendaItemInput) {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    const item = await findItem(tx, actor, itemId);
    if (item.version !== version) throw new DomainError("errors.editConflict");
    await checkLink(tx, actor, input);
    await tx.agendaItem.update({ where: { id: itemId }, data: { ...input, version: { increment: 1 } } });
    await actorEvent(tx, actor, "agenda.updated", { itemId });
  });
}

export async function deleteAgendaItem(actor: Actor, itemId: string): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, actor.workshopId);
    const item = await findItem(tx, actor, itemId);
    if (item.status === "RUNNING") throw new DomainError("errors.itemRunning");
    await tx.agendaItem.delete({ where: { id: itemId } });
    if (session.currentItemId === itemId)
      await tx.liveSession.update({ where: { workshopId: actor.workshopId }, data: { currentItemId: null } });
    await actorEvent(tx, actor, "agenda.deleted", { itemId });
  });
}

/** Swaps the item with its neighbour above (-1) or below (+1). */
export async function moveAgendaItem(actor: Actor, itemId: string, direction: -1 | 1): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    await lockSession(tx, actor.workshopId);
    const items = await tx.agendaItem.findMany({
      where: { workshopId: actor.workshopId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const from = items.findIndex((i) => i.id === itemId);
    if (from === -1) throw new DomainError("errors.notFound");
    const to = from + direction;
    if (to < 0 || to >= items.length) return;
    [items[from], items[to]] = [items[to]!, items[from]!];
    for (const [position, item] of items.entries())
      await tx.agendaItem.update({ where: { id: item.id }, data: { position: position + 1 } });
    await actorEvent(tx, actor, "agenda.moved", { itemId });
  });
}

/**
 * Starts (or resumes) an item and makes it the current one. Another running item is paused first:
 * only one countdown runs at a time. An item about a clause, the analysis or a ballot brings it
 * into the spotlight.
 */
export async function startAgendaItem(actor: Actor, itemId: string): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, actor.workshopId);
    const item = await findItem(tx, actor, itemId);
    const started = transition(() => start(timerOf(item), session.now));
    const running = await tx.agendaItem.findMany({
      where: { workshopId: actor.workshopId, status: "RUNNING", id: { not: itemId } },
    });
    for (const other of running)
      await tx.agendaItem.update({ where: { id: other.id }, data: timerColumns(pause(timerOf(other), session.now)) });
    await tx.agendaItem.update({ where: { id: itemId }, data: timerColumns(started) });
    const spotlight = spotlightOf(item);
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: {
        currentItemId: itemId,
        ...(spotlight ? { ...spotlight, spotlightAt: new Date(session.now) } : {}),
        version: { increment: 1 },
      },
    });
    await actorEvent(tx, actor, "agenda.started", { itemId });
  });
}

/** What an item about a clause, the analysis or a ballot brings into the spotlight. */
function spotlightOf(item: ItemRow): { spotlightKind: SpotlightKind; spotlightId: string | null } | null {
  if (item.linkKind === "ANALYSIS") return { spotlightKind: "ANALYSIS", spotlightId: null };
  if (item.linkKind === "CLAUSE" || item.linkKind === "BALLOT")
    return { spotlightKind: item.linkKind, spotlightId: item.linkId };
  return null;
}

async function changeTimer(
  actor: Actor,
  itemId: string,
  type: "agenda.started" | "agenda.paused" | "agenda.ended" | "agenda.extended",
  change: (t: TimerState, now: number) => TimerState,
) {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, actor.workshopId);
    const item = await findItem(tx, actor, itemId);
    const next = transition(() => change(timerOf(item), session.now));
    await tx.agendaItem.update({ where: { id: itemId }, data: timerColumns(next) });
    await actorEvent(tx, actor, type, { itemId });
  });
}

export const pauseAgendaItem = (actor: Actor, itemId: string) => changeTimer(actor, itemId, "agenda.paused", pause);
export const endAgendaItem = (actor: Actor, itemId: string) => changeTimer(actor, itemId, "agenda.ended", end);
export const extendAgendaItem = (actor: Actor, itemId: string, minutes: 1 | 5) =>
  changeTimer(actor, itemId, "agenda.extended", (timer) => extend(timer, minutes));

/** Brings a clause, the overlap analysis or a ballot onto every participant's screen. */
export async function setSpotlight(actor: Actor, input: SpotlightInput): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, actor.workshopId);
    // The analysis and the newest division of labour are the workshop's own: no target to name.
    const untargeted = input.kind === "ANALYSIS" || input.kind === "DIVISION";
    const targetId = untargeted ? null : (input.targetId ?? null);
    if (input.kind === "CLAUSE" || input.kind === "BALLOT") {
      if (!targetId) throw new DomainError("errors.checkFields", { target: "errors.required" });
      await checkLink(tx, actor, { linkKind: input.kind, linkId: targetId }, "target");
    }
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: {
        spotlightKind: input.kind,
        spotlightId: targetId,
        spotlightAt: new Date(session.now),
        version: { increment: 1 },
      },
    });
    await actorEvent(tx, actor, "spotlight.set", { kind: input.kind, targetId });
  });
}

export async function clearSpotlight(actor: Actor): Promise<void> {
  allow(canRunSession(actor.member));
  await prisma.$transaction(async (tx) => {
    const session = await lockSession(tx, actor.workshopId);
    await tx.liveSession.update({
      where: { workshopId: actor.workshopId },
      data: { spotlightKind: null, spotlightId: null, spotlightAt: new Date(session.now), version: { increment: 1 } },
    });
    await actorEvent(tx, actor, "spotlight.cleared", {});
  });
}
