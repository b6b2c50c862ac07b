"use server";

import { fields, workshopAction } from "@/lib/server/action";
import { proposeDivision } from "./mutations";
import { divisionSettingsSchema } from "./schema";

// Declared actions of the division-of-labour optimiser (lib/server/action.ts).

export const proposeDivisionAction = workshopAction({
  name: "proposeDivision",
  input: fields,
  schema: divisionSettingsSchema,
  run: (who, settings) => proposeDivision(who, settings),
});
