// The frozen plan: the canonical, versioned, machine-readable form of what the delegations ratify.
// A frozen version stores exactly this object; its hash is contentHash(content) (./canonical.ts).
// The schemas below are the one definition: the TypeScript types are inferred from them and the
// published JSON Schema, docs/plan.schema.json, is generated from them (`npm run schema`). Amounts
// are integers in minor units (fen), shares of cost to the cent; texts are as written (bilingual
// names carry both languages where given).
import { z } from "zod";
import { optimiserInputSchema } from "@/lib/optimiser/input";

export const PLAN_FORMAT = "roundtable-plan/1";

const code = z.string().describe("A delegation's code, e.g. LN.");
const isoTime = z.string().describe("An instant, ISO 8601 in UTC (Date.toISOString).");
const hash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe("SHA-256 of the canonical JSON of `content`, lower-case hex.");
const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe("A decimal number as written, exact.");
const minor = z.number().int().describe("An amount in minor units (fen for CNY).");
const optionName = z.object({ nameEn: z.string().nullable(), nameZh: z.string().nullable() });

const stanceSchema = z.object({
  delegation: code,
  position: z.enum(["SUPPORT", "OBJECT", "ABSTAIN", "NONE"]),
  reason: z.string(),
});

const amendmentSchema = z.object({
  baseVersion: z.number().int(),
  text: z.string(),
  rationale: z.string(),
  status: z.enum(["OPEN", "ACCEPTED", "REJECTED", "WITHDRAWN"]),
  proposedBy: code.nullable().describe("Delegation code of the proposer, or null for a facilitator."),
});

const clauseSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  horizon: z.enum(["MEDIUM", "LONG", "BOTH"]),
  status: z.string(),
  version: z.number().int(),
  proposedBy: code.nullable().describe("Delegation code of the proposer, or null for a facilitator."),
  industries: z.array(z.string()).describe("GB/T 4754-2017 codes."),
  stances: z.array(stanceSchema).describe("Every delegation's official stance on the clause's current version."),
  amendments: z.array(amendmentSchema),
});

const severity = z.enum(["none", "low", "medium", "high"]);

const divisionAssignmentSchema = z.object({
  industry: z.string().describe("GB/T 4754-2017 code."),
  lead: code.nullable(),
  partners: z.array(code),
  givenUp: z.array(code).describe("Delegations that planned it and no longer pursue it as a pillar."),
  lq: z.record(z.string(), z.number()).describe("Each planning delegation's location quotient (employment)."),
  leadHoldsAbove: z
    .number()
    .nullable()
    .optional()
    .describe(
      "Best alternative, contested industry: the lead's LQ above which it keeps the lead, other things equal; null when the positions require it.",
    ),
});

const divisionSchema = z
  .object({
    proposal: z.number().int().describe("The proposal's number in the workshop."),
    proposedAt: isoTime,
    adoptedAlternative: z
      .number()
      .int()
      .nullable()
      .describe("The alternative put in the plan as clauses; null when none was."),
    input: optimiserInputSchema.describe(
      "The optimiser's input exactly as solved, delegations named by code: `npm run optimise` on it reproduces the alternatives.",
    ),
    alternatives: z.array(
      z.object({
        rank: z.number().int(),
        objective: z.number(),
        minimumKept: z.number().nullable().describe("The smallest share of planned investment any delegation keeps."),
        assignments: z.array(divisionAssignmentSchema),
      }),
    ),
    conflict: z.array(z.string()).describe("When the positions could not all be met: the conflicting statements."),
  })
  .describe("Annex D: the division-of-labour proposal behind the plan's industry clauses (issue 16).");

export const planContentSchema = z
  .object({
    format: z.literal(PLAN_FORMAT),
    workshop: z.object({
      slug: z.string(),
      title: z.string(),
      region: z.string(),
      description: z.string(),
      horizons: z.object({
        medium: z.tuple([z.number().int(), z.number().int()]),
        long: z.tuple([z.number().int(), z.number().int()]),
      }),
      consensusRule: z.string(),
    }),
    version: z.number().int().describe("The version number; 0 on a draft."),
    frozenAt: isoTime,
    delegations: z.array(z.object({ code, name: z.string() })),
    sections: z
      .array(
        z.object({
          key: z
            .string()
            .nullable()
            .describe("Marks a default section, whose title documents translate (plan.sections.<key>)."),
          title: z.string(),
          clauses: z.array(clauseSchema),
        }),
      )
      .describe("Agreed clauses, by section in plan order."),
    notAgreed: z
      .array(clauseSchema.extend({ section: z.string() }))
      .describe("Clauses not agreed at the freeze (annex), with their status and section title."),
    costSharing: z.array(
      z.object({
        service: z.string(),
        description: z.string(),
        currency: z.string(),
        annualCostMinor: minor,
        rule: z.string(),
        shares: z.array(z.object({ delegation: code, shareMinor: minor })),
      }),
    ),
    industryPlans: z
      .array(
        z.object({
          delegation: code,
          industry: z.string().describe("GB/T 4754-2017 code."),
          nameEn: z.string(),
          nameZh: z.string(),
          horizon: z.enum(["MEDIUM", "LONG"]),
          priority: z.number().int(),
          targetValue: decimal.nullable(),
          targetUnit: z.string().nullable(),
          investmentAmount: decimal.nullable(),
          investmentCurrency: z.string().nullable(),
          hubCities: z.array(z.string()),
          rationale: z.string(),
        }),
      )
      .describe("Each delegation's submitted pillar-industry entries at the freeze (drafts never leave a delegation)."),
    ballots: z
      .array(
        z.object({
          title: z.string(),
          method: z.string(),
          weighting: z.string(),
          secret: z.boolean(),
          options: z.array(optionName),
          winner: optionName.nullable(),
          tie: z.boolean(),
          quorum: z
            .number()
            .nullable()
            .optional()
            .describe(
              "The quorum the ballot required, as a share of its eligible voters; null when it set none. Absent from documents frozen before it was recorded.",
            ),
          quorumMet: z.boolean().describe("Whether the quorum was reached; true when none was set."),
          voters: z.number().int(),
          eligible: z.number().int(),
          support: z
            .record(z.string(), z.array(z.number()))
            .describe("support[delegation code][option index]: share of the delegation's voters supporting it."),
        }),
      )
      .describe("Closed ballots and their results."),
    divisionOfLabour: divisionSchema
      .nullable()
      .optional()
      .describe(
        "The proposal put in the plan, or else the newest; null without one. Absent from documents frozen before it was recorded.",
      ),
    analysis: z.object({
      industries: z.number().int(),
      contested: z.number().int().describe("Industries planned by two or more delegations."),
      bySeverity: z.object({
        none: z.number().int(),
        low: z.number().int(),
        medium: z.number().int(),
        high: z.number().int(),
      }),
      overlaps: z
        .array(
          z.object({
            industry: z.string(),
            nameEn: z.string(),
            nameZh: z.string(),
            delegations: z.array(code),
            score: z.number().describe("Redundancy score, 0–100."),
            severity,
          }),
        )
        .describe("The contested industries, highest redundancy score first."),
    }),
  })
  .describe("The frozen plan: what the delegations ratify and what the hash covers.");

export const planSignatureSchema = z.object({
  delegation: code,
  signer: z.string(),
  signedAt: isoTime,
  kind: z.enum(["ENDORSEMENT", "RESERVATION"]),
  statement: z.string(),
  hash: hash.describe("The content hash this signature was given to."),
});

/** What the JSON export writes and `npm run verify -- plan.json` reads. */
export const planExportSchema = z
  .object({
    content: planContentSchema,
    hash,
    signatures: z.array(planSignatureSchema).optional().describe("Absent on a draft export (nothing signed)."),
    draft: z.literal(true).optional().describe("Present on an export of the current state, which nobody signed."),
  })
  .meta({ title: "Roundtable plan export (roundtable-plan/1)" });

export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanClause = z.infer<typeof clauseSchema>;
export type PlanDivision = z.infer<typeof divisionSchema>;
export type PlanStance = z.infer<typeof stanceSchema>;
export type PlanAmendment = z.infer<typeof amendmentSchema>;
export type PlanSignatureRecord = z.infer<typeof planSignatureSchema>;
export type PlanExport = z.infer<typeof planExportSchema>;
