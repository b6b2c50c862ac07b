"use server";

import { z } from "zod";
import { fields, oneId, workshopAction } from "@/lib/server/action";
import { allow } from "@/lib/server/actor";
import { DomainError } from "@/lib/server/result";
import { emptyToUndefined, id, version } from "@/lib/validation/fields";
import { clusterNameIndex, parsePlanCsv } from "./csv";
import { csvFile } from "@/lib/csv/upload";
import { listClusters } from "./data";
import * as mutations from "./mutations";
import { canWriteList } from "./policy";
import { clusterSchema, planEntrySchema, referenceSchema } from "./schema";

// Declared actions (lib/server/action.ts): every one runs as a member of the workshop; the
// mutations check the plan policy against the delegation row they lock.

const entryRefSchema = z.object({ entryId: id, version });

function entryFields(form: FormData) {
  return { ...fields(form), hubCities: String(form.get("hubCities") ?? "") };
}

export const createEntryAction = workshopAction({
  name: "createPlanEntry",
  input: (delegationId: string, form: FormData) => ({ ...entryFields(form), delegationId }),
  schema: z.intersection(z.object({ delegationId: id }), planEntrySchema),
  run: (who, { delegationId, ...entry }) => mutations.createEntry(who, delegationId, entry),
});

export const updateEntryAction = workshopAction({
  name: "updatePlanEntry",
  input: (form: FormData) => entryFields(form),
  schema: z.intersection(entryRefSchema, planEntrySchema),
  run: (who, { entryId, version, ...entry }) => mutations.updateEntry(who, entryId, version, entry),
});

export const deleteEntryAction = workshopAction({
  name: "deletePlanEntry",
  input: (entryId: string, version: number) => ({ entryId, version }),
  schema: entryRefSchema,
  run: (who, ref) => mutations.deleteEntry(who, ref.entryId, ref.version),
});

export const submitListAction = workshopAction({ name: "submitPlanList", ...oneId, run: mutations.submitList });
export const reopenListAction = workshopAction({ name: "reopenPlanList", ...oneId, run: mutations.reopenList });

const importSchema = z.object({
  delegationId: id,
  file: csvFile,
  mode: z.enum(["replace", "append"], { message: "errors.invalid" }).default("replace"),
});

/** CSV import: every row is validated first; any error means nothing is written. */
export const importCsvAction = workshopAction({
  name: "importPlanCsv",
  input: (delegationId: string, form: FormData) => ({
    delegationId,
    file: form.get("file") ?? undefined,
    mode: form.get("mode") ?? undefined,
  }),
  schema: importSchema,
  run: async (who, { delegationId, file, mode }) => {
    allow(canWriteList(who.member, delegationId));
    const clusters = await listClusters(who.workshopId);
    const parsed = parsePlanCsv(await file.text(), { clusters: clusterNameIndex(clusters) });
    if (!parsed.ok) {
      const { rowErrors, fileErrors } = parsed;
      const detail = { ...parsed.detail, count: parsed.omittedRowErrors };
      throw new DomainError("errors.csvInvalid", undefined, undefined, { rowErrors, fileErrors, detail });
    }
    return mutations.importEntries(who, delegationId, parsed.rows, mode);
  },
});

/** A new cluster has no id; an edit carries the cluster's id and the version it was based on. */
const clusterRefSchema = z.object({
  clusterId: z.preprocess(emptyToUndefined, id.optional()),
  version: z.preprocess(emptyToUndefined, version.optional()),
});

export const saveClusterAction = workshopAction({
  name: "saveCluster",
  input: (form: FormData) => ({
    ...fields(form),
    memberCities: String(form.get("memberCities") ?? ""),
    industryCodes: form.getAll("industryCodes").map(String),
  }),
  schema: z.intersection(clusterRefSchema, clusterSchema),
  run: (who, { clusterId, version, ...cluster }) =>
    mutations.saveCluster(who, cluster, clusterId ? { id: clusterId, version: version ?? 0 } : undefined),
});

export const deleteClusterAction = workshopAction({ name: "deleteCluster", ...oneId, run: mutations.deleteCluster });

export const saveReferenceAction = workshopAction({
  name: "saveReference",
  input: fields,
  schema: referenceSchema,
  run: (who, reference) => mutations.saveReference(who, reference),
});

export const deleteReferenceAction = workshopAction({
  name: "deleteReference",
  ...oneId,
  run: mutations.deleteReference,
});
