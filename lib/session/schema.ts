import { z } from "zod";
import { checkbox, id, version } from "@/lib/validation/fields";
import { Phase, Role } from "@/lib/db/generated/enums";
import { whenValid } from "@/lib/validation/cross-field";
import { localDateTime, timezoneOffset, toInstant } from "@/lib/validation/local-date-time";
import { checkRoleDelegation } from "@/lib/workshop/schema";

// The live session's forms, shared by the forms and the server. Messages are keys.

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const agendaLinks = ["NONE", "PHASE", "CLAUSE", "ANALYSIS", "BALLOT"] as const;
export const MAX_PLANNED_MINUTES = 600;

export const agendaItemSchema = z
  .object({
    title: z.string({ message: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
    plannedMinutes: z.coerce
      .number({ message: "errors.number" })
      .int("errors.wholeMinutes")
      .min(1, "errors.minutesRange")
      .max(MAX_PLANNED_MINUTES, "errors.minutesRange"),
    linkKind: z.enum(agendaLinks, { message: "errors.invalid" }).default("NONE"),
    linkPhase: z.preprocess(emptyToUndefined, z.enum(Phase, { message: "errors.invalid" }).optional()),
    linkId: z.preprocess(emptyToUndefined, id.optional()),
    /** When it is planned to start, if the facilitator says (calendars show it). */
    startsAt: localDateTime,
    timezoneOffset,
  })
  .superRefine(
    (value, ctx) => {
      // Reported on `link`, the one select of the form that carries kind, phase and id.
      if (value.linkKind === "PHASE" && !value.linkPhase)
        ctx.addIssue({ code: "custom", path: ["link"], message: "errors.required" });
      if ((value.linkKind === "CLAUSE" || value.linkKind === "BALLOT") && !value.linkId)
        ctx.addIssue({ code: "custom", path: ["link"], message: "errors.required" });
    },
    { when: whenValid("linkKind", "linkPhase", "linkId") },
  )
  .transform(({ startsAt, timezoneOffset: offset, ...value }) => ({
    ...value,
    startsAt: startsAt ? toInstant(startsAt, offset) : null,
    // Only the field the kind uses is kept.
    linkPhase: value.linkKind === "PHASE" ? (value.linkPhase ?? null) : null,
    linkId: value.linkKind === "CLAUSE" || value.linkKind === "BALLOT" ? (value.linkId ?? null) : null,
  }));
export type AgendaItemInput = z.output<typeof agendaItemSchema>;

/**
 * The agenda form posts `link` as one select value: "NONE", "ANALYSIS", "PHASE:<phase>",
 * "CLAUSE:<id>" or "BALLOT:<id>"; the schema reads kind, phase and id apart.
 */
export function agendaFormValues(formData: FormData) {
  const { link, ...rest } = Object.fromEntries(formData);
  const [linkKind = "NONE", ref] = String(link ?? "NONE").split(":");
  return {
    ...rest,
    linkKind,
    linkPhase: linkKind === "PHASE" ? ref : undefined,
    linkId: linkKind === "PHASE" ? undefined : ref,
  };
}

export const itemRefSchema = z.object({ itemId: id, version });

export const extendSchema = z.object({ itemId: id, minutes: z.union([z.literal(1), z.literal(5)]) });

export const spotlightSchema = z.object({
  kind: z.enum(["CLAUSE", "ANALYSIS", "BALLOT", "DIVISION"], { message: "errors.invalid" }),
  targetId: z.preprocess(emptyToUndefined, id.optional()),
});
export type SpotlightInput = z.infer<typeof spotlightSchema>;

export const speakingLimitSchema = z.object({
  seconds: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "errors.number" })
      .int("errors.number")
      .min(10, "errors.speakingLimit")
      .max(3600, "errors.speakingLimit")
      .optional(),
  ),
});

export const questionSchema = z.object({
  body: z.string({ message: "errors.required" }).trim().min(1, "errors.required").max(500, "errors.tooLong"),
  anonymous: checkbox,
});
export type QuestionInput = z.infer<typeof questionSchema>;

export const joinSchema = z.object({
  code: z.string({ message: "errors.required" }).trim().min(1, "errors.required").max(20, "errors.joinCode"),
});

export const admissionSchema = z
  .object({
    requestId: id,
    role: z.enum(Role, { message: "errors.invalid" }).refine((role) => role !== "FACILITATOR", "errors.invalid"),
    delegationId: z.preprocess(emptyToUndefined, id.optional()),
  })
  .superRefine(checkRoleDelegation, { when: whenValid("role", "delegationId") });
export type AdmissionInput = z.infer<typeof admissionSchema>;
