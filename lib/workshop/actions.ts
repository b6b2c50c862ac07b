"use server";

import { getCurrentUser } from "@/lib/auth/session";
import { invalid, DomainError, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "./access";
import * as mutations from "./mutations";
import {
  delegationSchema,
  delegationUpdateSchema,
  invitationSchema,
  phaseChangeSchema,
  workshopSchema,
} from "./schema";

const fields = (formData: FormData) => Object.fromEntries(formData);

export async function createWorkshopAction(formData: FormData): Promise<ActionResult<{ slug: string }>> {
  return runAction("createWorkshop", async () => {
    const user = await getCurrentUser();
    if (!user) throw new DomainError("errors.signedOut");
    const parsed = workshopSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { slug } = await mutations.createWorkshop(user.id, parsed.data);
    return { ok: true, slug };
  });
}

export async function changePhaseAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("changePhase", async () => {
    const { user, workshop } = await authorizeAction(slug, "workshop.changePhase");
    const parsed = phaseChangeSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.changePhase(workshop.id, user.id, parsed.data.fromPhase, parsed.data.phase);
    return { ok: true };
  });
}

export async function createDelegationAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("createDelegation", async () => {
    const { user, workshop } = await authorizeAction(slug, "delegations.manage");
    const parsed = delegationSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.createDelegation(workshop.id, user.id, parsed.data);
    return { ok: true };
  });
}

export async function updateDelegationAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("updateDelegation", async () => {
    const { user, workshop } = await authorizeAction(slug, "delegations.manage");
    const parsed = delegationUpdateSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { delegationId, version, ...input } = parsed.data;
    await mutations.updateDelegation(workshop.id, user.id, delegationId, version, input);
    return { ok: true };
  });
}

export async function createInvitationAction(
  slug: string,
  formData: FormData,
): Promise<ActionResult<{ token: string }>> {
  return runAction("createInvitation", async () => {
    const { user, workshop } = await authorizeAction(slug, "invitations.manage");
    const parsed = invitationSchema.safeParse(fields(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { token } = await mutations.createInvitation(workshop.id, user.id, parsed.data);
    return { ok: true, token };
  });
}

export async function revokeInvitationAction(slug: string, invitationId: string): Promise<ActionResult> {
  return runAction("revokeInvitation", async () => {
    const { user, workshop } = await authorizeAction(slug, "invitations.manage");
    await mutations.revokeInvitation(workshop.id, user.id, String(invitationId));
    return { ok: true };
  });
}

export async function acceptInvitationAction(token: string): Promise<ActionResult<{ slug: string }>> {
  return runAction("acceptInvitation", async () => {
    const user = await getCurrentUser();
    if (!user) throw new DomainError("errors.signedOut");
    const { slug } = await mutations.acceptInvitation(String(token), user.id);
    return { ok: true, slug };
  });
}
