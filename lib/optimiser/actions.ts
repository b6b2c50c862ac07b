"use server";

import { fields, oneId, workshopAction } from "@/lib/server/action";
import { z } from "zod";
import { csvFile } from "@/lib/csv/upload";
import { allow } from "@/lib/server/actor";
import { DomainError } from "@/lib/server/result";
import { id } from "@/lib/validation/fields";
import { parseBaselineCsv } from "./baseline-csv";
import { baselineRowSchema } from "./baseline-schema";
import { adoptDivision, importBaseline, proposeDivision, saveBaselineRow } from "./mutations";
import { canWriteBaseline } from "./policy";
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

/** The economic base from a CSV file: every row is checked first; any problem means nothing is
 * written, and the problems come back located (line, column, value). A stranger's file is not
 * read. */
export const importBaselineCsvAction = workshopAction({
  name: "importBaselineCsv",
  input: (delegationId: string, form: FormData) => ({ delegationId, file: form.get("file") ?? undefined }),
  schema: z.object({ delegationId: id, file: csvFile }),
  run: async (who, { delegationId, file }) => {
    allow(canWriteBaseline(who.member, delegationId));
    const parsed = parseBaselineCsv(await file.text());
    if (!parsed.ok) {
      const { rowErrors, fileErrors } = parsed;
      const detail = { ...parsed.detail, count: parsed.omittedRowErrors };
      throw new DomainError("errors.csvInvalid", undefined, undefined, { rowErrors, fileErrors, detail });
    }
    return importBaseline(who, delegationId, parsed.rows);
  },
});

/** One industry of a delegation's economic base, from the form (field errors on its fields). */
export const saveBaselineRowAction = workshopAction({
  name: "saveBaselineRow",
  input: fields,
  schema: baselineRowSchema.extend({ delegationId: id }),
  run: (who, { delegationId, ...row }) => saveBaselineRow(who, delegationId, row),
});
