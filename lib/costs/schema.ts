import { z } from "zod";
import { emptyToUndefined, id, version } from "@/lib/validation/fields";
import { whenValid } from "@/lib/validation/cross-field";
import { minorUnitDigits, parseMoney, type AllocationBasis, type AllocationRule } from "./allocation";

// Shared by the service forms and the server. Messages are keys (messages/*.json).

/** The bases in the order the forms offer them (a tuple, for z.enum). */
export const bases = ["EQUAL", "POPULATION", "GDP", "USAGE", "CUSTOM"] as const satisfies readonly AllocationBasis[];

/** Rows the rule editor offers: one per basis at most, so never more than there are bases. */
export const MAX_RULE_COMPONENTS = bases.length;

/** One row of the rule editor: a basis and its weight in percent; an all-empty row is unused. */
const componentSchema = z
  .object({
    basis: z.preprocess(emptyToUndefined, z.enum(bases, { message: "errors.basis" }).optional()),
    weight: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: "errors.number" })
        .positive("errors.positive")
        .max(100, "errors.percentMax")
        .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, "errors.percentDecimals")
        .optional(),
    ),
  })
  .superRefine(
    (row, ctx) => {
      if (row.basis && row.weight === undefined)
        ctx.addIssue({ code: "custom", path: ["weight"], message: "errors.required" });
      if (!row.basis && row.weight !== undefined)
        ctx.addIssue({ code: "custom", path: ["basis"], message: "errors.basisRequired" });
    },
    { when: whenValid("basis", "weight") },
  );

const money = z.string({ message: "errors.required" }).trim().min(1, "errors.required").max(40, "errors.money");

export const serviceSchema = z
  .object({
    name: z.string({ message: "errors.required" }).trim().min(1, "errors.required").max(120, "errors.tooLong"),
    description: z.string().trim().max(2000, "errors.tooLong").default(""),
    currency: z.preprocess(
      (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
      z.string({ message: "errors.currency" }).regex(/^[A-Z]{3}$/, "errors.currency"),
    ),
    annualCost: money,
    components: z.array(componentSchema).max(MAX_RULE_COMPONENTS, "errors.invalid"),
  })
  .superRefine(
    (value, ctx) => {
      if (parseMoney(value.annualCost, value.currency) === null)
        ctx.addIssue({
          code: "custom",
          path: ["annualCost"],
          message: minorUnitDigits(value.currency) === 0 ? "errors.moneyWhole" : "errors.money",
        });
    },
    { when: whenValid("currency", "annualCost") },
  )
  .superRefine(
    (value, ctx) => {
      const used = value.components.flatMap((row, index) => (row.basis ? [{ ...row, index }] : []));
      if (used.length === 0) {
        ctx.addIssue({ code: "custom", path: ["components"], message: "errors.ruleEmpty" });
        return;
      }
      const seen = new Set<string>();
      for (const row of used) {
        if (seen.has(row.basis!))
          ctx.addIssue({ code: "custom", path: ["components", row.index, "basis"], message: "errors.basisDuplicate" });
        seen.add(row.basis!);
      }
      // Hundredths of a percent are integers: the sum is checked exactly, not in floating point.
      const total = used.reduce((sum, row) => sum + Math.round((row.weight ?? 0) * 100), 0);
      if (total !== 10_000) ctx.addIssue({ code: "custom", path: ["components"], message: "errors.weightsSum" });
    },
    { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "components") },
  )
  .transform((value) => ({
    name: value.name,
    description: value.description,
    currency: value.currency,
    annualCostMinor: parseMoney(value.annualCost, value.currency) ?? 0,
    rule: value.components.flatMap((row) =>
      row.basis && row.weight !== undefined
        ? [{ basis: row.basis, weight: Math.round(row.weight * 100) / 10_000 }]
        : [],
    ) satisfies AllocationRule,
  }));
export type ServiceInput = z.output<typeof serviceSchema>;

/** The rule editor posts `components.<i>.basis` / `components.<i>.weight`; rows keep their index
 * so that errors land on the row the user typed in. */
export function serviceFormValues(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name"),
    description: text("description"),
    currency: text("currency"),
    annualCost: text("annualCost"),
    components: Array.from({ length: MAX_RULE_COMPONENTS }, (_, i) => ({
      basis: text(`components.${i}.basis`),
      weight: text(`components.${i}.weight`),
    })),
  };
}

/** A rule as stored (SharedService.rule); anything else reads as an empty, invalid rule. */
export const storedRuleSchema = z.array(z.object({ basis: z.enum(bases), weight: z.number().finite() }).strict());

export const serviceRefSchema = z.object({
  serviceId: id,
  version,
});

/** "" clears a figure; a figure absent from the form stays as it is (a lead posts usage only). */
const optionalFigure = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? null : value.trim()) : value),
    z.coerce
      .number({ message: "errors.number" })
      .nonnegative("errors.nonNegative")
      .max(max, "errors.tooLarge")
      .nullable()
      .optional(),
  );

export const figuresSchema = z.object({
  serviceId: id,
  delegationId: id,
  usage: optionalFigure(1e18),
  customWeight: optionalFigure(1e16),
});
export type FiguresInput = z.infer<typeof figuresSchema>;
