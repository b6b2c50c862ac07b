// The facilitator's settings for "Propose a division of labour", as the form posts them (FormData
// strings), into the optimiser's settings. Messages are keys (messages/*.json).
import { z } from "zod";
import { checkbox, emptyToUndefined, id } from "@/lib/validation/fields";
const number = (min: number, max: number) =>
  z.coerce.number({ message: "errors.number" }).min(min, "errors.outOfRange").max(max, "errors.outOfRange");

export const divisionSettingsSchema = z.object({
  redundancyPenalty: number(0, 100),
  partners: checkbox,
  /** A percentage in the form, a share in the settings. */
  fairnessFloor: number(0, 100).transform((percent) => Math.round(percent * 10) / 1000),
  alternatives: z.coerce
    .number({ message: "errors.number" })
    .int("errors.outOfRange")
    .min(1, "errors.outOfRange")
    .max(5, "errors.outOfRange"),
});
export type DivisionSettings = z.output<typeof divisionSettingsSchema>;

/** A delegation's stance on one of its planned industries, as the position form posts it. */
export const STANCES = ["keep", "lead", "cede"] as const;
export type Stance = (typeof STANCES)[number];
/** The form names each stance field `stance.<industry code>`. */
export const STANCE_FIELD = "stance.";

const pillarCount = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ message: "errors.number" })
    .int("errors.outOfRange")
    .min(0, "errors.outOfRange")
    .max(200, "errors.outOfRange")
    .optional(),
);

/** The position form: the delegation, a stance per planned industry, how many pillars it wants.
 * Problems are reported on the form's own field names (`stance.36`, `maxPillars`). */
const envelopeAmount = z.preprocess(
  emptyToUndefined,
  z.coerce.number({ message: "errors.number" }).min(0, "errors.outOfRange").max(1e15, "errors.outOfRange").optional(),
);

export const positionSchema = z
  .object({
    delegationId: id,
    minPillars: pillarCount,
    maxPillars: pillarCount,
    envelopeMedium: envelopeAmount,
    envelopeLong: envelopeAmount,
    stances: z.record(z.string(), z.unknown()),
  })
  .superRefine((p, ctx) => {
    const codes = Object.keys(p.stances);
    if (codes.length > 200) ctx.addIssue({ code: "custom", message: "errors.invalid", path: ["stances"] });
    for (const code of codes) {
      const stance = p.stances[code];
      if (!/^\d{2}$/.test(code)) {
        ctx.addIssue({ code: "custom", message: "errors.unknownIndustry", path: [`${STANCE_FIELD}${code}`] });
      } else if (!STANCES.includes(stance as Stance)) {
        ctx.addIssue({ code: "custom", message: "errors.invalid", path: [`${STANCE_FIELD}${code}`] });
      }
    }
    if (p.minPillars !== undefined && p.maxPillars !== undefined && p.minPillars > p.maxPillars) {
      ctx.addIssue({ code: "custom", message: "errors.minAboveMax", path: ["maxPillars"] });
    }
  })
  .transform((p) => ({ ...p, stances: p.stances as Record<string, Stance> }));
export type PositionInput = z.output<typeof positionSchema>;

/** The form's fields, with the stance fields gathered into one record. */
export function positionFields(form: FormData): Record<string, unknown> {
  const stances: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [name, value] of form) {
    if (name.startsWith(STANCE_FIELD)) stances[name.slice(STANCE_FIELD.length)] = value;
    else rest[name] = value;
  }
  return { ...rest, stances };
}

/** Which alternative of which proposal goes into the plan. */
export const adoptionSchema = z.object({
  number: z
    .number({ message: "errors.invalid" })
    .int("errors.invalid")
    .min(1, "errors.invalid")
    .max(1_000_000, "errors.invalid"),
  rank: z
    .number({ message: "errors.invalid" })
    .int("errors.invalid")
    .min(1, "errors.invalid")
    .max(10, "errors.invalid"),
});
