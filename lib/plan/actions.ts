"use server";

import { z } from "zod";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import * as mutations from "./mutations";
import { amendmentSchema, clauseSchema, commentSchema, stanceSchema, statusChangeSchema } from "./schema";

async function actor(slug: string): Promise<mutations.Actor> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member: { ...member, userId: user.id } };
}

const fields = (formData: FormData) => Object.fromEntries(formData);
const optional = (value: FormDataEntryValue | null) => (typeof value === "string" && value !== "" ? value : undefined);

export async function proposeClauseAction(slug: string, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction("proposeClause", async () => {
    const who = await actor(slug);
    const parsed = clauseSchema.safeParse({
      ...fields(formData),
      industryCodes: formData.getAll("industryCodes").map(String),
      clusterIds: formData.getAll("clusterIds").map(String),
      objectiveIds: formData.getAll("objectiveIds").map(String),
    });
    if (!parsed.success) return invalid(parsed.error);
    const { id } = await mutations.proposeClause(who, parsed.data);
    return { ok: true, id };
  });
}

export async function proposeAmendmentAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("proposeAmendment", async () => {
    const who = await actor(slug);
    const parsed = amendmentSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.proposeAmendment(who, parsed.data);
    return { ok: true };
  });
}

const decisionSchema = z.enum(["ACCEPTED", "REJECTED"]);

export async function decideAmendmentAction(
  slug: string,
  amendmentId: string,
  decision: string,
): Promise<ActionResult> {
  return runAction("decideAmendment", async () => {
    const parsed = decisionSchema.safeParse(decision);
    if (!parsed.success) return invalid(parsed.error);
    await mutations.decideAmendment(await actor(slug), String(amendmentId), parsed.data);
    return { ok: true };
  });
}

export async function recordStanceAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("recordStance", async () => {
    const who = await actor(slug);
    const parsed = stanceSchema.safeParse({ ...fields(formData), amendmentId: optional(formData.get("amendmentId")) });
    if (!parsed.success) return invalid(parsed.error);
    await mutations.recordStance(who, parsed.data);
    return { ok: true };
  });
}

export async function confirmStanceAction(slug: string, stanceId: string): Promise<ActionResult> {
  return runAction("confirmStance", async () => {
    await mutations.confirmStance(await actor(slug), String(stanceId));
    return { ok: true };
  });
}

export async function publishCaucusAction(
  slug: string,
  delegationId: string,
): Promise<ActionResult<{ published: number }>> {
  return runAction("publishCaucus", async () => {
    const { published } = await mutations.publishCaucus(await actor(slug), String(delegationId));
    return { ok: true, published };
  });
}

export async function changeStatusAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("changeClauseStatus", async () => {
    const who = await actor(slug);
    const parsed = statusChangeSchema.safeParse({ ...fields(formData), override: formData.get("override") === "on" });
    if (!parsed.success) return invalid(parsed.error);
    await mutations.changeStatus(who, parsed.data);
    return { ok: true };
  });
}

export async function addCommentAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("addComment", async () => {
    const who = await actor(slug);
    const parsed = commentSchema.safeParse({
      ...fields(formData),
      amendmentId: optional(formData.get("amendmentId")),
      parentId: optional(formData.get("parentId")),
      alignment: optional(formData.get("alignment")),
    });
    if (!parsed.success) return invalid(parsed.error);
    await mutations.addComment(who, parsed.data);
    return { ok: true };
  });
}
