"use server";

import { z } from "zod";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import * as ballots from "./ballot-mutations";
import * as brands from "./brand-mutations";
import type { Actor } from "./mutation-support";
import {
  ballotFormValues,
  ballotRefSchema,
  ballotSchema,
  closingTimeSchema,
  methods,
  proposalFormValues,
  proposalRefSchema,
  proposalSchema,
  toInstant,
  voteFromForm,
} from "./schema";
import * as votes from "./vote-mutations";

/** Every action runs as a member of the workshop; the mutations check the ballot policy against
 * the membership read from the database for this request. */
async function actor(slug: string): Promise<Actor> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member };
}

export async function proposeBrandAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("proposeBrand", async () => {
    const who = await actor(slug);
    const parsed = proposalSchema.safeParse(proposalFormValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    await brands.proposeBrand(who, parsed.data);
    return { ok: true };
  });
}

export async function updateBrandAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("updateBrand", async () => {
    const who = await actor(slug);
    const ref = proposalRefSchema.safeParse(Object.fromEntries(formData));
    const parsed = proposalSchema.safeParse(proposalFormValues(formData));
    if (!ref.success) return invalid(ref.error);
    if (!parsed.success) return invalid(parsed.error);
    await brands.updateBrand(who, ref.data.proposalId, ref.data.version, parsed.data);
    return { ok: true };
  });
}

export async function deleteBrandAction(slug: string, proposalId: string, version: number): Promise<ActionResult> {
  return runAction("deleteBrand", async () => {
    const ref = proposalRefSchema.safeParse({ proposalId, version });
    if (!ref.success) return invalid(ref.error);
    await brands.deleteBrand(await actor(slug), ref.data.proposalId, ref.data.version);
    return { ok: true };
  });
}

const sponsorSchema = z.object({ proposalId: z.string().min(1), delegationId: z.string().min(1), join: z.boolean() });

export async function setSponsorAction(
  slug: string,
  proposalId: string,
  delegationId: string,
  join: boolean,
): Promise<ActionResult> {
  return runAction("setSponsor", async () => {
    const parsed = sponsorSchema.safeParse({ proposalId, delegationId, join });
    if (!parsed.success) return invalid(parsed.error);
    await brands.setSponsor(await actor(slug), parsed.data.proposalId, parsed.data.delegationId, parsed.data.join);
    return { ok: true };
  });
}

export async function createBallotAction(slug: string, formData: FormData): Promise<ActionResult<{ id?: string }>> {
  return runAction("createBallot", async () => {
    const who = await actor(slug);
    const parsed = ballotSchema.safeParse(ballotFormValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { id } = await ballots.createBallot(who, parsed.data);
    return { ok: true, id };
  });
}

export async function updateBallotAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("updateBallot", async () => {
    const who = await actor(slug);
    const ref = ballotRefSchema.safeParse(Object.fromEntries(formData));
    const parsed = ballotSchema.safeParse(ballotFormValues(formData));
    if (!ref.success) return invalid(ref.error);
    if (!parsed.success) return invalid(parsed.error);
    await ballots.updateBallot(who, ref.data.ballotId, ref.data.version, parsed.data);
    return { ok: true };
  });
}

export async function deleteBallotAction(slug: string, ballotId: string, version: number): Promise<ActionResult> {
  return runAction("deleteBallot", async () => {
    const ref = ballotRefSchema.safeParse({ ballotId, version });
    if (!ref.success) return invalid(ref.error);
    await ballots.deleteBallot(await actor(slug), ref.data.ballotId, ref.data.version);
    return { ok: true };
  });
}

const ballotIdSchema = z.string().min(1).max(64);

export async function openBallotAction(slug: string, ballotId: string): Promise<ActionResult> {
  return runAction("openBallot", async () => {
    const id = ballotIdSchema.safeParse(ballotId);
    if (!id.success) return invalid(id.error);
    await ballots.openBallot(await actor(slug), id.data);
    return { ok: true };
  });
}

export async function closeBallotAction(slug: string, ballotId: string): Promise<ActionResult> {
  return runAction("closeBallot", async () => {
    const id = ballotIdSchema.safeParse(ballotId);
    if (!id.success) return invalid(id.error);
    await ballots.closeBallot(await actor(slug), id.data);
    return { ok: true };
  });
}

export async function setClosingTimeAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("setBallotClosingTime", async () => {
    const who = await actor(slug);
    const parsed = closingTimeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { ballotId, closesAt, timezoneOffset } = parsed.data;
    await ballots.setClosingTime(who, ballotId, closesAt ? toInstant(closesAt, timezoneOffset) : null);
    return { ok: true };
  });
}

const voteRefSchema = z.object({ ballotId: ballotIdSchema, method: z.enum(methods) });

/** The form posts the ballot and its method (which decides the fields); the server re-checks the
 * method against the ballot before counting anything. */
export async function castVoteAction(slug: string, formData: FormData): Promise<ActionResult<{ changed?: boolean }>> {
  return runAction("castVote", async () => {
    const who = await actor(slug);
    const ref = voteRefSchema.safeParse(Object.fromEntries(formData));
    if (!ref.success) return invalid(ref.error);
    const { changed } = await votes.castVote(who, ref.data.ballotId, voteFromForm(ref.data.method, formData));
    return { ok: true, changed };
  });
}
