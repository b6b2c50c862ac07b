import { z } from "zod";
import { emptyToUndefined } from "@/lib/validation/fields";
import { whenValid } from "@/lib/validation/cross-field";
import { isIndustryCode } from "./classification";

// Shared by the entry form, the CSV import and the server. Messages are keys (messages/*.json).

export const horizons = ["MEDIUM", "LONG"] as const;
export type Horizon = (typeof horizons)[number];

const optionalAmount = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ message: "errors.number" })
    .nonnegative("errors.nonNegative")
    .max(1e15, "errors.tooLarge")
    .optional(),
);
const optionalShortText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, "errors.tooLong").optional());

/** Cities arrive as one text ("Changchun, Jilin" or "长春、吉林"); stored as a list. */
const cityListSchema = (maxCities: number) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/[,;，；、\n]/)
            .map((city) => city.trim())
            .filter(Boolean)
        : value,
    z.array(z.string().max(60, "errors.cityTooLong")).max(maxCities, "errors.tooManyCities"),
  );

export const hubCitiesSchema = cityListSchema(12);

export const planEntrySchema = z
  .object({
    industryCode: z
      .string({ message: "errors.required" })
      .trim()
      .min(1, "errors.required")
      .refine(isIndustryCode, "errors.unknownIndustry"),
    horizon: z.enum(horizons, { message: "errors.horizon" }),
    targetValue: optionalAmount,
    targetUnit: optionalShortText(40),
    investmentAmount: optionalAmount,
    investmentCurrency: z.preprocess(
      (value) => (typeof value === "string" ? emptyToUndefined(value.trim().toUpperCase()) : value),
      z
        .string()
        .regex(/^[A-Z]{3}$/, "errors.currency")
        .optional(),
    ),
    hubCities: hubCitiesSchema,
    priority: z.coerce
      .number({ message: "errors.priority" })
      .int("errors.priority")
      .min(1, "errors.priority")
      .max(5, "errors.priority"),
    rationale: z.string().max(4000, "errors.tooLong").default(""),
    clusterId: optionalShortText(64),
  })
  .superRefine(
    (value, ctx) => {
      if (value.targetValue !== undefined && !value.targetUnit)
        ctx.addIssue({ code: "custom", path: ["targetUnit"], message: "errors.unitRequired" });
      if (value.investmentAmount !== undefined && !value.investmentCurrency)
        ctx.addIssue({ code: "custom", path: ["investmentCurrency"], message: "errors.currencyRequired" });
    },
    { when: whenValid("targetValue", "targetUnit", "investmentAmount", "investmentCurrency") },
  );

export type PlanEntryInput = z.infer<typeof planEntrySchema>;

/** Checkbox groups and multi-selects post one value per ticked box. */
const codeList = z.array(z.string().refine(isIndustryCode, "errors.unknownIndustry")).max(97);

export const clusterSchema = z.object({
  name: z.string().trim().min(1, "errors.required").max(80, "errors.tooLong"),
  coreCity: z.string().trim().min(1, "errors.required").max(60, "errors.cityTooLong"),
  memberCities: cityListSchema(40),
  industryCodes: codeList,
  description: z.string().trim().max(2000, "errors.tooLong").default(""),
});
export type ClusterInput = z.infer<typeof clusterSchema>;

export const referenceSchema = z.object({
  industryCode: z.string().trim().min(1, "errors.required").refine(isIndustryCode, "errors.unknownIndustry"),
  horizon: z.preprocess(emptyToUndefined, z.enum(horizons, { message: "errors.horizon" }).optional()),
  value: z.coerce.number({ message: "errors.number" }).positive("errors.positive").max(1e15, "errors.tooLarge"),
  unit: z.string().trim().min(1, "errors.required").max(40, "errors.tooLong"),
  note: z.string().trim().max(300, "errors.tooLong").default(""),
});
export type ReferenceInput = z.infer<typeof referenceSchema>;
