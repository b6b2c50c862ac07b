"use server";

import { getLocale } from "@/lib/i18n/server";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import * as mutations from "./mutations";
import { figuresSchema, serviceFormValues, serviceRefSchema, serviceSchema } from "./schema";

/** Every cost action runs as a member of the workshop; the mutations check the cost policy
 * (a lead's usage, the facilitators' services) against the membership read from the database. */
async function actor(slug: string): Promise<mutations.Actor> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member };
}

export async function createServiceAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("createService", async () => {
    const who = await actor(slug);
    const parsed = serviceSchema.safeParse(serviceFormValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.createService(who, parsed.data);
    return { ok: true };
  });
}

export type UpdateServiceResult = ActionResult<{ version: number; amended: boolean }>;

/** The form posts the version it was opened on; the result carries the new one. */
export async function updateServiceAction(slug: string, formData: FormData): Promise<UpdateServiceResult> {
  return runAction("updateService", async (): Promise<UpdateServiceResult> => {
    const who = await actor(slug);
    const ref = serviceRefSchema.safeParse(Object.fromEntries(formData));
    const parsed = serviceSchema.safeParse(serviceFormValues(formData));
    if (!ref.success) return invalid(ref.error);
    if (!parsed.success) return invalid(parsed.error);
    const saved = await mutations.updateService(
      who,
      ref.data.serviceId,
      ref.data.version,
      parsed.data,
      await getLocale(),
    );
    return { ok: true, version: saved.version, amended: saved.amendmentId !== null };
  });
}

export async function deleteServiceAction(slug: string, serviceId: string, version: number): Promise<ActionResult> {
  return runAction("deleteService", async () => {
    const ref = serviceRefSchema.safeParse({ serviceId, version });
    if (!ref.success) return invalid(ref.error);
    await mutations.deleteService(await actor(slug), ref.data.serviceId, ref.data.version);
    return { ok: true };
  });
}

/** A lead's form posts `usage` only; the facilitator's posts `usage` and `customWeight`. */
export async function saveFiguresAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("saveServiceFigures", async () => {
    const who = await actor(slug);
    const parsed = figuresSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.saveFigures(who, parsed.data);
    return { ok: true };
  });
}

export async function proposeServiceClauseAction(
  slug: string,
  serviceId: string,
  version: number,
): Promise<ActionResult> {
  return runAction("proposeServiceClause", async () => {
    const ref = serviceRefSchema.safeParse({ serviceId, version });
    if (!ref.success) return invalid(ref.error);
    await mutations.proposeServiceClause(await actor(slug), ref.data.serviceId, ref.data.version, await getLocale());
    return { ok: true };
  });
}

export async function proposeServiceAmendmentAction(
  slug: string,
  serviceId: string,
  version: number,
): Promise<ActionResult> {
  return runAction("proposeServiceAmendment", async () => {
    const ref = serviceRefSchema.safeParse({ serviceId, version });
    if (!ref.success) return invalid(ref.error);
    await mutations.proposeServiceAmendment(await actor(slug), ref.data.serviceId, ref.data.version, await getLocale());
    return { ok: true };
  });
}
