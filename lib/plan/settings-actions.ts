"use server";

// The facilitator's plan settings. Each action authenticates, loads the membership from the
// database, parses with zod and calls a mutation, which checks the policy (facilitators only).
import { z } from "zod";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import type { Actor } from "./mutation-support";
import * as mutations from "./settings-mutations";
import {
  objectiveSchema,
  objectiveUpdateSchema,
  ruleChangeSchema,
  sectionMoveSchema,
  sectionRenameSchema,
  sectionTitleSchema,
} from "./schema";

async function actor(slug: string): Promise<Actor> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member: { ...member, userId: user.id } };
}

const fields = (formData: FormData) => Object.fromEntries(formData);
const id = z.string().min(1);

export async function addSectionAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("addSection", async () => {
    const who = await actor(slug);
    const parsed = sectionTitleSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.addSection(who, parsed.data);
    return { ok: true };
  });
}

export async function renameSectionAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("renameSection", async () => {
    const who = await actor(slug);
    const parsed = sectionRenameSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.renameSection(who, parsed.data);
    return { ok: true };
  });
}

export async function moveSectionAction(slug: string, sectionId: string, direction: string): Promise<ActionResult> {
  return runAction("moveSection", async () => {
    const parsed = sectionMoveSchema.safeParse({ sectionId, direction });
    if (!parsed.success) return invalid(parsed.error);
    await mutations.moveSection(await actor(slug), parsed.data);
    return { ok: true };
  });
}

export async function deleteSectionAction(slug: string, sectionId: string): Promise<ActionResult> {
  return runAction("deleteSection", async () => {
    const parsed = id.safeParse(sectionId);
    if (!parsed.success) return invalid(parsed.error);
    await mutations.deleteSection(await actor(slug), parsed.data);
    return { ok: true };
  });
}

export async function addObjectiveAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("addObjective", async () => {
    const who = await actor(slug);
    const parsed = objectiveSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.addObjective(who, parsed.data);
    return { ok: true };
  });
}

export async function editObjectiveAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("editObjective", async () => {
    const who = await actor(slug);
    const parsed = objectiveUpdateSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { objectiveId, ...input } = parsed.data;
    await mutations.editObjective(who, objectiveId, input);
    return { ok: true };
  });
}

export async function deleteObjectiveAction(slug: string, objectiveId: string): Promise<ActionResult> {
  return runAction("deleteObjective", async () => {
    const parsed = id.safeParse(objectiveId);
    if (!parsed.success) return invalid(parsed.error);
    await mutations.deleteObjective(await actor(slug), parsed.data);
    return { ok: true };
  });
}

export async function changeConsensusRuleAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("changeConsensusRule", async () => {
    const who = await actor(slug);
    const parsed = ruleChangeSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.changeConsensusRule(who, parsed.data);
    return { ok: true };
  });
}
