"use server";

import { fields, noInput, workshopAction } from "@/lib/server/action";
import { freezePlan, signPlan } from "./mutations";
import { signatureSchema } from "./schema";

// Declared actions (lib/server/action.ts); the mutations check the ratification policy.

export const freezePlanAction = workshopAction({ name: "freezePlan", ...noInput, run: (who) => freezePlan(who) });

export const signPlanAction = workshopAction({
  name: "signPlan",
  input: fields,
  schema: signatureSchema,
  run: (who, signature, user) => signPlan(who, signature, user.name),
});
