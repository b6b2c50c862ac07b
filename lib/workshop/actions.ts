"use server";

import { fields, oneId, userAction, workshopAction } from "@/lib/server/action";
import { z } from "zod";
import * as invitations from "./invitation-mutations";
import * as mutations from "./mutations";
import {
  delegationSchema,
  delegationUpdateSchema,
  invitationSchema,
  emailInvitationSchema,
  phaseChangeSchema,
  workshopSchema,
} from "./schema";

// Declared actions (lib/server/action.ts). These check the workshop permission up front
// (`permission`), as the workshop's own rules are role rules with no data to lock.

export const createWorkshopAction = userAction({
  name: "createWorkshop",
  input: fields,
  schema: workshopSchema,
  run: (user, workshop) => mutations.createWorkshop(user.id, workshop),
});

export const changePhaseAction = workshopAction({
  name: "changePhase",
  permission: "workshop.changePhase",
  input: fields,
  schema: phaseChangeSchema,
  run: (who, change) => mutations.changePhase(who.workshopId, who.userId, change.fromPhase, change.phase),
});

export const createDelegationAction = workshopAction({
  name: "createDelegation",
  permission: "delegations.manage",
  input: fields,
  schema: delegationSchema,
  run: (who, delegation) => mutations.createDelegation(who.workshopId, who.userId, delegation),
});

export const updateDelegationAction = workshopAction({
  name: "updateDelegation",
  permission: "delegations.manage",
  input: fields,
  schema: delegationUpdateSchema,
  run: (who, { delegationId, version, ...delegation }) =>
    mutations.updateDelegation(who.workshopId, who.userId, delegationId, version, delegation),
});

export const createInvitationAction = workshopAction({
  name: "createInvitation",
  permission: "invitations.manage",
  input: fields,
  schema: invitationSchema,
  run: (who, invitation) => invitations.createInvitation(who.workshopId, who.userId, invitation),
});

export const inviteByEmailAction = workshopAction({
  name: "inviteByEmail",
  permission: "invitations.manage",
  input: fields,
  schema: emailInvitationSchema,
  run: (who, invitation) => invitations.inviteByEmail(who.workshopId, who.userId, invitation),
});

export const resendInvitationAction = workshopAction({
  name: "resendInvitation",
  permission: "invitations.manage",
  ...oneId,
  run: (who, invitationId) => invitations.resendInvitation(who.workshopId, who.userId, invitationId),
});

export const revokeInvitationAction = workshopAction({
  name: "revokeInvitation",
  permission: "invitations.manage",
  ...oneId,
  run: (who, invitationId) => invitations.revokeInvitation(who.workshopId, who.userId, invitationId),
});

/** The token is the invitation's secret, as long as the app makes them. */
export const acceptInvitationAction = userAction({
  name: "acceptInvitation",
  input: (token: string) => token,
  schema: z.string().min(1, "errors.invitationInvalid").max(200, "errors.invitationInvalid"),
  run: (user, token) => invitations.acceptInvitation(token, user.id),
});
