"use server";

import { z } from "zod";
import { id, version } from "@/lib/validation/fields";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { authorizeAction } from "@/lib/workshop/access";
import { clusterNameIndex, parsePlanCsv } from "./csv";
import { listClusters } from "./data";
import { MAX_CSV_BYTES } from "./csv-limits";
import * as mutations from "./mutations";
import { clusterSchema, planEntrySchema, referenceSchema } from "./schema";

const versionSchema = z.object({ entryId: id, version });

/** Every plan action runs as a member of the workshop; the mutation checks the plan policy
 * against the delegation row it locks. */
async function actor(slug: string): Promise<mutations.Actor> {
  const { user, workshop, member } = await authorizeAction(slug, "workshop.view");
  return { userId: user.id, workshopId: workshop.id, member };
}

function entryFields(formData: FormData) {
  return { ...Object.fromEntries(formData), hubCities: String(formData.get("hubCities") ?? "") };
}

export async function createEntryAction(slug: string, delegationId: string, formData: FormData): Promise<ActionResult> {
  return runAction("createPlanEntry", async () => {
    const who = await actor(slug);
    const parsed = planEntrySchema.safeParse(entryFields(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.createEntry(who, String(delegationId), parsed.data);
    return { ok: true };
  });
}

export async function updateEntryAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("updatePlanEntry", async () => {
    const who = await actor(slug);
    const ids = versionSchema.safeParse(Object.fromEntries(formData));
    const parsed = planEntrySchema.safeParse(entryFields(formData));
    if (!ids.success) return invalid(ids.error);
    if (!parsed.success) return invalid(parsed.error);
    await mutations.updateEntry(who, ids.data.entryId, ids.data.version, parsed.data);
    return { ok: true };
  });
}

export async function deleteEntryAction(slug: string, entryId: string, version: number): Promise<ActionResult> {
  return runAction("deletePlanEntry", async () => {
    const ids = versionSchema.safeParse({ entryId, version });
    if (!ids.success) return invalid(ids.error);
    await mutations.deleteEntry(await actor(slug), ids.data.entryId, ids.data.version);
    return { ok: true };
  });
}

export async function submitListAction(slug: string, delegationId: string): Promise<ActionResult> {
  return runAction("submitPlanList", async () => {
    await mutations.submitList(await actor(slug), String(delegationId));
    return { ok: true };
  });
}

export async function reopenListAction(slug: string, delegationId: string): Promise<ActionResult> {
  return runAction("reopenPlanList", async () => {
    await mutations.reopenList(await actor(slug), String(delegationId));
    return { ok: true };
  });
}

export type ImportResult = ActionResult<{ created: number; removed: number }>;
const importModeSchema = z.enum(["replace", "append"], { message: "errors.invalid" });

/** CSV import: every row is validated first; any error means nothing is written. */
export async function importCsvAction(slug: string, delegationId: string, formData: FormData): Promise<ImportResult> {
  return runAction("importPlanCsv", async (): Promise<ImportResult> => {
    const who = await actor(slug);
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0)
      return { ok: false, code: "errors.checkFields", fieldErrors: { file: "errors.csvFileRequired" } };
    if (file.size > MAX_CSV_BYTES)
      return { ok: false, code: "errors.checkFields", fieldErrors: { file: "errors.csvTooLarge" } };
    const mode = importModeSchema.safeParse(formData.get("mode") ?? "replace");
    if (!mode.success) return invalid(mode.error);
    const clusters = await listClusters(who.workshopId);
    const parsed = parsePlanCsv(await file.text(), { clusters: clusterNameIndex(clusters) });
    if (!parsed.ok) {
      return {
        ok: false,
        code: "errors.csvInvalid",
        rowErrors: parsed.rowErrors,
        fileErrors: parsed.fileErrors,
        detail: { ...parsed.detail, count: parsed.omittedRowErrors },
      };
    }
    const counts = await mutations.importEntries(who, String(delegationId), parsed.rows, mode.data);
    return { ok: true, ...counts };
  });
}

export async function saveClusterAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("saveCluster", async () => {
    const who = await actor(slug);
    const parsed = clusterSchema.safeParse({
      ...Object.fromEntries(formData),
      memberCities: String(formData.get("memberCities") ?? ""),
      industryCodes: formData.getAll("industryCodes").map(String),
    });
    if (!parsed.success) return invalid(parsed.error);
    const id = formData.get("clusterId");
    const version = Number(formData.get("version"));
    await mutations.saveCluster(who, parsed.data, typeof id === "string" && id ? { id, version } : undefined);
    return { ok: true };
  });
}

export async function deleteClusterAction(slug: string, clusterId: string): Promise<ActionResult> {
  return runAction("deleteCluster", async () => {
    await mutations.deleteCluster(await actor(slug), String(clusterId));
    return { ok: true };
  });
}

export async function saveReferenceAction(slug: string, formData: FormData): Promise<ActionResult> {
  return runAction("saveReference", async () => {
    const who = await actor(slug);
    const parsed = referenceSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await mutations.saveReference(who, parsed.data);
    return { ok: true };
  });
}

export async function deleteReferenceAction(slug: string, referenceId: string): Promise<ActionResult> {
  return runAction("deleteReference", async () => {
    await mutations.deleteReference(await actor(slug), String(referenceId));
    return { ok: true };
  });
}
