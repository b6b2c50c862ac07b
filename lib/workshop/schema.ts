import { z } from "zod";
import { id, version } from "@/lib/validation/fields";
import { ConsensusRule, Phase, Role } from "@/lib/db/generated/enums";
import { whenValid } from "@/lib/validation/cross-field";
import { locales } from "@/lib/i18n/locales";

// Forms post strings; these helpers turn "" into undefined and numbers into numbers.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((value) => (value ? value : undefined));
const requiredText = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.tooLong");
const year = z.coerce
  .number({ message: "errors.year" })
  .int("errors.year")
  .min(1900, "errors.year")
  .max(2200, "errors.year");
const optionalNumber = z
  .union([
    z.literal(""),
    z.coerce
      .number({ message: "errors.number" })
      .nonnegative("errors.nonNegative")
      // The columns are DECIMAL(18, 3): fifteen digits before the point.
      .lt(1e15, "errors.tooLarge"),
  ])
  .optional()
  .transform((value) => (value === "" || value === undefined ? undefined : value));
const optionalYear = z
  .union([z.literal(""), year])
  .optional()
  .transform((value) => (value === "" || value === undefined ? undefined : value));
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** The consensus rule's fields, shared by the creation form and the facilitator's rule form. */
export const consensusRuleFields = {
  consensusRule: z.enum(ConsensusRule, { message: "errors.invalid" }),
  minSupport: z.coerce
    .number({ message: "errors.number" })
    .int("errors.number")
    .min(1, "errors.minOne")
    .max(100, "errors.tooLarge")
    .default(1),
  majorityShare: z
    .union([
      z.literal(""),
      z.coerce.number({ message: "errors.number" }).gt(0.5, "errors.majorityShare").max(1, "errors.majorityShare"),
    ])
    .optional()
    .transform((value) => (value === "" || value === undefined ? undefined : value)),
  doubleMajority: checkbox,
};

/** A qualified majority needs its share. */
export function checkConsensusRule(
  value: { consensusRule: ConsensusRule; majorityShare?: number },
  ctx: z.RefinementCtx,
): void {
  if (value.consensusRule === "QUALIFIED_MAJORITY" && value.majorityShare === undefined)
    ctx.addIssue({ code: "custom", path: ["majorityShare"], message: "errors.required" });
}
export const whenRuleValid = whenValid("consensusRule", "majorityShare");

export const consensusRuleSchema = z
  .object(consensusRuleFields)
  .superRefine(checkConsensusRule, { when: whenRuleValid });
export type ConsensusRuleInput = z.infer<typeof consensusRuleSchema>;

export const workshopSchema = z
  .object({
    title: requiredText(120),
    region: requiredText(120),
    description: z.string().trim().max(4000, "errors.tooLong").default(""),
    mediumFrom: year,
    mediumTo: year,
    longFrom: year,
    longTo: year,
    ...consensusRuleFields,
  })
  .superRefine(
    (value, ctx) => {
      if (value.mediumTo < value.mediumFrom)
        ctx.addIssue({ code: "custom", path: ["mediumTo"], message: "errors.yearRange" });
      if (value.longTo < value.longFrom)
        ctx.addIssue({ code: "custom", path: ["longTo"], message: "errors.yearRange" });
      if (value.longTo <= value.mediumTo)
        ctx.addIssue({ code: "custom", path: ["longTo"], message: "errors.longAfterMedium" });
    },
    { when: whenValid("mediumFrom", "mediumTo", "longFrom", "longTo") },
  )
  .superRefine(checkConsensusRule, { when: whenRuleValid });
export type WorkshopInput = z.infer<typeof workshopSchema>;

export const phaseChangeSchema = z.object({
  phase: z.enum(Phase, { message: "errors.invalid" }),
  /** The phase the facilitator saw; a stale page gets a conflict instead of a surprise jump. */
  fromPhase: z.enum(Phase, { message: "errors.invalid" }),
});

export const delegationSchema = z.object({
  name: requiredText(80),
  code: z
    .string()
    .trim()
    .min(1, "errors.required")
    .max(8, "errors.tooLong")
    .regex(/^[A-Za-z0-9-]+$/, "errors.code")
    .transform((value) => value.toUpperCase()),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "errors.colour"),
  population: optionalNumber,
  populationUnit: optionalText(40),
  populationYear: optionalYear,
  gdp: optionalNumber,
  gdpUnit: optionalText(40),
  gdpYear: optionalYear,
});
export type DelegationInput = z.infer<typeof delegationSchema>;

export const delegationUpdateSchema = delegationSchema.extend({
  delegationId: id,
  version,
});

/** Delegates and lead delegates belong to a delegation; the other roles to none. */
export function checkRoleDelegation(value: { role: Role; delegationId?: string }, ctx: z.RefinementCtx): void {
  const needsDelegation = value.role === "DELEGATE" || value.role === "LEAD_DELEGATE";
  if (needsDelegation && !value.delegationId)
    ctx.addIssue({ code: "custom", path: ["delegationId"], message: "errors.delegationRequired" });
  if (!needsDelegation && value.delegationId)
    ctx.addIssue({ code: "custom", path: ["delegationId"], message: "errors.noDelegationForRole" });
}

export const invitationSchema = z
  .object({
    role: z.enum(Role, { message: "errors.invalid" }).refine((role) => role !== "FACILITATOR", "errors.invalid"),
    delegationId: optionalText(64),
    expiresInDays: z.coerce
      .number({ message: "errors.number" })
      .int("errors.number")
      .min(1, "errors.expiryDays")
      .max(30, "errors.expiryDays"),
    note: z.string().trim().max(200, "errors.tooLong").default(""),
  })
  .superRefine(checkRoleDelegation, { when: whenValid("role", "delegationId") });
export type InvitationInput = z.infer<typeof invitationSchema>;

const MAX_ADDRESSES = 100;
const oneAddress = z.email();

/** Addresses one per line or separated by commas, semicolons or spaces; each once, lower-cased. */
export const emailListSchema = z
  .string()
  .max(MAX_ADDRESSES * 256, "errors.tooLong")
  .transform((text, ctx) => {
    const addresses = [
      ...new Set(
        text
          .split(/[\s,;]+/)
          .map((address) => address.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const problem =
      addresses.length === 0
        ? "errors.required"
        : addresses.length > MAX_ADDRESSES
          ? "errors.emailListTooLong"
          : addresses.some((address) => address.length > 254 || !oneAddress.safeParse(address).success)
            ? "errors.emailList"
            : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return addresses;
  });

export const emailInvitationSchema = z
  .object({
    emails: emailListSchema,
    locale: z.enum(locales, { message: "errors.invalid" }),
    role: invitationSchema.shape.role,
    delegationId: optionalText(64),
    expiresInDays: invitationSchema.shape.expiresInDays,
    note: z.string().trim().max(200, "errors.tooLong").default(""),
  })
  .superRefine(checkRoleDelegation, { when: whenValid("role", "delegationId") });
export type EmailInvitationInput = z.infer<typeof emailInvitationSchema>;
