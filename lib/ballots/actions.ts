"use server";

import { z } from "zod";
import { fields, workshopAction } from "@/lib/server/action";
import { id } from "@/lib/validation/fields";
import * as ballots from "./ballot-mutations";
import * as brands from "./brand-mutations";
import {
  ballotFormValues,
  ballotRefSchema,
  ballotSchema,
  closingTimeSchema,
  methods,
  proposalFormValues,
  proposalRefSchema,
  proposalSchema,
  voteFromForm,
} from "./schema";
import { toInstant } from "@/lib/validation/local-date-time";
import * as votes from "./vote-mutations";

// Declared actions (lib/server/action.ts): every one runs as a member of the workshop; the
// mutations check the ballot policy against the membership read from the database.

export const proposeBrandAction = workshopAction({
  name: "proposeBrand",
  input: (form: FormData) => proposalFormValues(form),
  schema: proposalSchema,
  run: (who, proposal) => brands.proposeBrand(who, proposal),
});

export const updateBrandAction = workshopAction({
  name: "updateBrand",
  input: (form: FormData) => ({ ...fields(form), ...proposalFormValues(form) }),
  schema: z.intersection(proposalRefSchema, proposalSchema),
  run: (who, { proposalId, version, ...proposal }) => brands.updateBrand(who, proposalId, version, proposal),
});

export const deleteBrandAction = workshopAction({
  name: "deleteBrand",
  input: (proposalId: string, version: number) => ({ proposalId, version }),
  schema: proposalRefSchema,
  run: (who, ref) => brands.deleteBrand(who, ref.proposalId, ref.version),
});

export const setSponsorAction = workshopAction({
  name: "setSponsor",
  input: (proposalId: string, delegationId: string, join: boolean) => ({ proposalId, delegationId, join }),
  schema: z.object({ proposalId: id, delegationId: id, join: z.boolean() }),
  run: (who, s) => brands.setSponsor(who, s.proposalId, s.delegationId, s.join),
});

export const createBallotAction = workshopAction({
  name: "createBallot",
  input: (form: FormData) => ballotFormValues(form),
  schema: ballotSchema,
  run: (who, ballot) => ballots.createBallot(who, ballot),
});

export const updateBallotAction = workshopAction({
  name: "updateBallot",
  input: (form: FormData) => ({ ...fields(form), ...ballotFormValues(form) }),
  schema: z.intersection(ballotRefSchema, ballotSchema),
  run: (who, { ballotId, version, ...ballot }) => ballots.updateBallot(who, ballotId, version, ballot),
});

export const deleteBallotAction = workshopAction({
  name: "deleteBallot",
  input: (ballotId: string, version: number) => ({ ballotId, version }),
  schema: ballotRefSchema,
  run: (who, ref) => ballots.deleteBallot(who, ref.ballotId, ref.version),
});

export const openBallotAction = workshopAction({
  name: "openBallot",
  input: (ballotId: string) => ballotId,
  schema: id,
  run: (who, ballotId) => ballots.openBallot(who, ballotId),
});

export const closeBallotAction = workshopAction({
  name: "closeBallot",
  input: (ballotId: string) => ballotId,
  schema: id,
  run: (who, ballotId) => ballots.closeBallot(who, ballotId),
});

export const setClosingTimeAction = workshopAction({
  name: "setBallotClosingTime",
  input: fields,
  schema: closingTimeSchema,
  run: (who, { ballotId, closesAt, timezoneOffset }) =>
    ballots.setClosingTime(who, ballotId, closesAt ? toInstant(closesAt, timezoneOffset) : null),
});

/** The form posts the ballot and its method (which decides the fields); the server re-checks the
 * method against the ballot before counting anything. */
export const castVoteAction = workshopAction({
  name: "castVote",
  input: (form: FormData) => ({ ...fields(form), form }),
  schema: z.object({ ballotId: id, method: z.enum(methods), form: z.instanceof(FormData) }),
  run: (who, { ballotId, method, form }) => votes.castVote(who, ballotId, voteFromForm(method, form)),
  // The voter's form shows its own receipt; the count reaches pages as pushed state.
  refreshes: false,
});
