"use server";

import { z } from "zod";
import { fields, oneId, workshopAction } from "@/lib/server/action";
import { id } from "@/lib/validation/fields";
import * as mutations from "./mutations";
import { amendmentSchema, clauseSchema, commentSchema, stanceSchema, statusChangeSchema } from "./schema";

// Declared actions (lib/server/action.ts): every one runs as a member of the workshop; the
// mutations check the negotiation policy against the membership read from the database.

const optional = (value: FormDataEntryValue | null) => (typeof value === "string" && value !== "" ? value : undefined);

export const proposeClauseAction = workshopAction({
  name: "proposeClause",
  input: (form: FormData) => ({
    ...fields(form),
    industryCodes: form.getAll("industryCodes").map(String),
    clusterIds: form.getAll("clusterIds").map(String),
    objectiveIds: form.getAll("objectiveIds").map(String),
  }),
  schema: clauseSchema,
  run: (who, clause) => mutations.proposeClause(who, clause),
});

export const proposeAmendmentAction = workshopAction({
  name: "proposeAmendment",
  input: fields,
  schema: amendmentSchema,
  run: (who, amendment) => mutations.proposeAmendment(who, amendment),
});

export const decideAmendmentAction = workshopAction({
  name: "decideAmendment",
  input: (amendmentId: string, decision: string) => ({ amendmentId, decision }),
  schema: z.object({ amendmentId: id, decision: z.enum(["ACCEPTED", "REJECTED"], { message: "errors.invalid" }) }),
  run: (who, { amendmentId, decision }) => mutations.decideAmendment(who, amendmentId, decision),
});

export const recordStanceAction = workshopAction({
  name: "recordStance",
  input: (form: FormData) => ({ ...fields(form), amendmentId: optional(form.get("amendmentId")) }),
  schema: stanceSchema,
  run: (who, stance) => mutations.recordStance(who, stance),
});

export const confirmStanceAction = workshopAction({ name: "confirmStance", ...oneId, run: mutations.confirmStance });

export const publishCaucusAction = workshopAction({ name: "publishCaucus", ...oneId, run: mutations.publishCaucus });

export const changeStatusAction = workshopAction({
  name: "changeClauseStatus",
  input: (form: FormData) => ({ ...fields(form), override: form.get("override") === "on" }),
  schema: statusChangeSchema,
  run: (who, change) => mutations.changeStatus(who, change),
});

export const addCommentAction = workshopAction({
  name: "addComment",
  input: (form: FormData) => ({
    ...fields(form),
    amendmentId: optional(form.get("amendmentId")),
    parentId: optional(form.get("parentId")),
    alignment: optional(form.get("alignment")),
  }),
  schema: commentSchema,
  run: (who, comment) => mutations.addComment(who, comment),
});
