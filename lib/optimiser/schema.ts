// The facilitator's settings for "Propose a division of labour", as the form posts them (FormData
// strings), into the optimiser's settings. Messages are keys (messages/*.json).
import { z } from "zod";
import { checkbox } from "@/lib/validation/fields";
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
