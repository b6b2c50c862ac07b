import { z } from "zod";
import { notificationKinds, reminderLeadMinutes } from "./kinds";

// The notification settings form: two checkboxes per kind (a checkbox posts "on", or nothing).
const checked = z
  .literal("on", { message: "errors.invalid" })
  .optional()
  .transform((value) => value === "on");

export const preferencesSchema = z
  .object({
    ...Object.fromEntries(
      notificationKinds.flatMap((kind) => [
        [`inApp.${kind}`, checked],
        [`email.${kind}`, checked],
      ]),
    ),
    reminderLeadMinutes: z.coerce
      .number({ message: "errors.invalid" })
      .refine((n) => (reminderLeadMinutes as readonly number[]).includes(n), "errors.invalid"),
    digest: z.enum(["NEVER", "DAILY", "WEEKLY"], { message: "errors.invalid" }),
  })
  .transform((value) => {
    const fields = value as unknown as Record<string, boolean | undefined>;
    return {
      kinds: notificationKinds.map((kind) => ({
        kind,
        inApp: fields[`inApp.${kind}`] ?? false,
        email: fields[`email.${kind}`] ?? false,
      })),
      reminderLeadMinutes: value.reminderLeadMinutes,
      digest: value.digest,
    };
  });
export type PreferencesInput = z.infer<typeof preferencesSchema>;
