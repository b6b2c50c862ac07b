// The optimiser's input (issue 16): the delegations, the industries, each delegation's economic
// base and planned pillar industries, the positions it states, and the facilitator's settings.
// The same document is what `npm run --silent optimise -- input.json` reads and what the app will
// export beside each proposal. Every rule a document can break is checked here, each problem one
// located message. Pure.
import { z } from "zod";

export const INPUT_FORMAT = "roundtable.optimiser-input/1";

const code = z.string().min(1).max(40);
const amount = z.number().finite().min(0);

export const optimiserInputSchema = z.strictObject({
  format: z.literal(INPUT_FORMAT),
  delegations: z
    .array(z.strictObject({ id: code, name: z.string().min(1) }))
    .min(1)
    .max(40),
  industries: z
    .array(z.strictObject({ code, name: z.string().min(1) }))
    .min(1)
    .max(200),
  /** The economic base: employment (persons) and optionally output, per delegation and industry. */
  baseline: z.array(
    z.strictObject({ delegation: code, industry: code, employment: amount, output: amount.optional() }),
  ),
  /** Planned pillar industries with their planned investment (any one currency). */
  plans: z.array(
    z.strictObject({
      delegation: code,
      industry: code,
      investment: amount,
      /** The same investment by horizon, where known (needed for envelopes). */
      byHorizon: z.strictObject({ medium: amount.default(0), long: amount.default(0) }).optional(),
    }),
  ),
  positions: z.array(
    z.strictObject({
      delegation: code,
      /** Industries it must lead (keep as a pillar, as the lead). */
      mustLead: z.array(code).default([]),
      /** Planned industries it is willing to cede; every other planned industry it keeps, as lead or partner. */
      willingToCede: z.array(code).default([]),
      minPillars: z.number().int().min(0).optional(),
      maxPillars: z.number().int().min(0).optional(),
      /** The most planned investment it will fund per horizon in the pillars it keeps (partners
       * count half), in the plans' currency. */
      envelope: z.strictObject({ medium: amount.optional(), long: amount.optional() }).optional(),
    }),
  ),
  settings: z.strictObject({
    /** Subtracted from the objective for each partner: how strongly shared pillars are discouraged. */
    redundancyPenalty: z.number().finite().min(0).max(100).default(0.5),
    /** Whether an industry may have partners beside its lead. */
    partners: z.boolean().default(true),
    /** Every delegation keeps at least this share of its planned investment (partners count half). */
    fairnessFloor: z.number().min(0).max(1).default(0),
    /** How many distinct proposals to return, best first. */
    alternatives: z.number().int().min(1).max(10).default(3),
  }),
});

export type OptimiserInput = z.output<typeof optimiserInputSchema>;

/** Parses and checks a document; every problem is one line naming where it is. */
export function parseOptimiserInput(
  data: unknown,
): { ok: true; input: OptimiserInput } | { ok: false; errors: string[] } {
  const parsed = optimiserInputSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(input)"}: ${issue.message}`),
    };
  }
  const input = parsed.data;
  const errors: string[] = [];
  const delegations = new Set(input.delegations.map((d) => d.id));
  const industries = new Set(input.industries.map((i) => i.code));
  const unique = (list: string[], where: string) => {
    const seen = new Set<string>();
    list.forEach((value, k) => {
      if (seen.has(value)) errors.push(`${where}[${k}]: "${value}" is listed twice`);
      seen.add(value);
    });
  };
  unique(
    input.delegations.map((d) => d.id),
    "delegations",
  );
  unique(
    input.industries.map((i) => i.code),
    "industries",
  );
  const known = (where: string, delegation: string, industry?: string) => {
    if (!delegations.has(delegation)) errors.push(`${where}.delegation: unknown delegation "${delegation}"`);
    if (industry !== undefined && !industries.has(industry))
      errors.push(`${where}.industry: unknown industry "${industry}"`);
  };
  input.baseline.forEach((row, k) => known(`baseline[${k}]`, row.delegation, row.industry));
  unique(
    input.baseline.map((row) => `${row.delegation}/${row.industry}`),
    "baseline",
  );
  input.plans.forEach((row, k) => known(`plans[${k}]`, row.delegation, row.industry));
  unique(
    input.plans.map((row) => `${row.delegation}/${row.industry}`),
    "plans",
  );
  unique(
    input.positions.map((p) => p.delegation),
    "positions",
  );
  const planned = new Set(input.plans.map((row) => `${row.delegation}/${row.industry}`));
  input.positions.forEach((position, k) => {
    const where = `positions[${k}]`;
    known(where, position.delegation);
    for (const [field, list] of [
      ["mustLead", position.mustLead],
      ["willingToCede", position.willingToCede],
    ] as const) {
      list.forEach((industry, n) => {
        if (!planned.has(`${position.delegation}/${industry}`)) {
          errors.push(
            `${where}.${field}[${n}]: "${industry}" is not among ${position.delegation}'s planned industries`,
          );
        }
      });
    }
    if (
      position.minPillars !== undefined &&
      position.maxPillars !== undefined &&
      position.minPillars > position.maxPillars
    ) {
      errors.push(`${where}.minPillars: more than maxPillars`);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input };
}
