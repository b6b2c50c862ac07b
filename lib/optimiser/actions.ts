"use server";

import { fields, oneId, workshopAction } from "@/lib/server/action";
import { adoptDivision, proposeDivision } from "./mutations";
import { reopenPosition, savePosition, submitPosition } from "./position-mutations";
import { adoptionSchema, divisionSettingsSchema, positionFields, positionSchema } from "./schema";

// Declared actions of the division-of-labour optimiser (lib/server/action.ts).

export const proposeDivisionAction = workshopAction({
  name: "proposeDivision",
  input: fields,
  schema: divisionSettingsSchema,
  run: (who, settings) => proposeDivision(who, settings),
});

export const saveDivisionPositionAction = workshopAction({
  name: "saveDivisionPosition",
  input: positionFields,
  schema: positionSchema,
  run: (who, position) => savePosition(who, position),
});

export const submitDivisionPositionAction = workshopAction({
  name: "submitDivisionPosition",
  ...oneId,
  run: (who, delegationId) => submitPosition(who, delegationId),
});

export const reopenDivisionPositionAction = workshopAction({
  name: "reopenDivisionPosition",
  ...oneId,
  run: (who, delegationId) => reopenPosition(who, delegationId),
});

export const adoptDivisionAction = workshopAction({
  name: "adoptDivision",
  input: (number: number, rank: number) => ({ number, rank }),
  schema: adoptionSchema,
  run: (who, adoption, user) => adoptDivision(who, adoption, user.locale),
});
