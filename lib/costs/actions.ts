"use server";

import { z } from "zod";
import { fields, workshopAction } from "@/lib/server/action";
import * as mutations from "./mutations";
import { figuresSchema, serviceFormValues, serviceRefSchema, serviceSchema } from "./schema";

// Declared actions (lib/server/action.ts): every one runs as a member of the workshop; the
// mutations check the cost policy (a lead's usage, the facilitators' services) against the
// membership read from the database. Clause text a service proposes is written in the proposer's
// language.

export const createServiceAction = workshopAction({
  name: "createService",
  input: (form: FormData) => serviceFormValues(form),
  schema: serviceSchema,
  run: (who, service) => mutations.createService(who, service),
});

/** The form posts the version it was opened on; the result carries the new one. */
export const updateServiceAction = workshopAction({
  name: "updateService",
  input: (form: FormData) => ({ ...fields(form), ...serviceFormValues(form) }),
  schema: z.intersection(serviceRefSchema, serviceSchema),
  run: async (who, { serviceId, version, ...service }, user) => {
    const saved = await mutations.updateService(who, serviceId, version, service, user.locale);
    return { version: saved.version, amended: saved.amendmentId !== null };
  },
});

export const deleteServiceAction = workshopAction({
  name: "deleteService",
  input: (serviceId: string, version: number) => ({ serviceId, version }),
  schema: serviceRefSchema,
  run: (who, ref) => mutations.deleteService(who, ref.serviceId, ref.version),
});

/** A lead's form posts `usage` only; the facilitator's posts `usage` and `customWeight`. */
export const saveFiguresAction = workshopAction({
  name: "saveServiceFigures",
  input: fields,
  schema: figuresSchema,
  run: (who, figures) => mutations.saveFigures(who, figures),
});

export const proposeServiceClauseAction = workshopAction({
  name: "proposeServiceClause",
  input: (serviceId: string, version: number) => ({ serviceId, version }),
  schema: serviceRefSchema,
  run: (who, ref, user) => mutations.proposeServiceClause(who, ref.serviceId, ref.version, user.locale),
});

export const proposeServiceAmendmentAction = workshopAction({
  name: "proposeServiceAmendment",
  input: (serviceId: string, version: number) => ({ serviceId, version }),
  schema: serviceRefSchema,
  run: (who, ref, user) => mutations.proposeServiceAmendment(who, ref.serviceId, ref.version, user.locale),
});
