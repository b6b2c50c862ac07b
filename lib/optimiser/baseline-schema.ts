// One industry of a delegation's economic base, as a form or a CSV row gives it. Messages are keys.
import { z } from "zod";
import { isIndustryCode } from "@/lib/industries/classification";
import { emptyToUndefined } from "@/lib/validation/fields";

const amount = z.preprocess(
  emptyToUndefined,
  z.coerce.number({ message: "errors.number" }).min(0, "errors.outOfRange").max(1e15, "errors.outOfRange").optional(),
);

export const baselineRowSchema = z.object({
  industryCode: z.string().trim().min(1, "errors.required").refine(isIndustryCode, "errors.unknownIndustry"),
  /** Persons employed. */
  employment: z.preprocess(
    emptyToUndefined,
    z
      .any()
      .refine((value) => value !== undefined, "errors.required")
      .pipe(
        z.coerce
          .number({ message: "errors.number" })
          .int("errors.wholeNumber")
          .min(0, "errors.outOfRange")
          .max(1_000_000_000, "errors.outOfRange"),
      ),
  ),
  output: amount,
  exports: amount,
  source: z.string().trim().max(200, "errors.tooLong").default(""),
  year: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "errors.number" })
      .int("errors.wholeNumber")
      .min(1900, "errors.outOfRange")
      .max(2100, "errors.outOfRange")
      .optional(),
  ),
});
export type BaselineRow = z.output<typeof baselineRowSchema>;
