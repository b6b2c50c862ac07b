"use server";

import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import { freezePlan, signPlan, type Actor } from "./mutations";
import { signatureSchema } from "./schema";

async function actor(slug: string): Promise<Actor & { name: string }> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member, name: user.name };
}

export async function freezePlanAction(slug: string): Promise<ActionResult> {
  return runAction("freezePlan", async () => {
    await freezePlan(await actor(slug));
    return { ok: true };
  });
}

export async function signPlanAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("signPlan", async () => {
    const who = await actor(slug);
    const parsed = signatureSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await signPlan(who, parsed.data, who.name);
    return { ok: true };
  });
}
