import { z } from "zod";
import { id, version } from "@/lib/validation/fields";
import { isIndustryCode } from "@/lib/industries/classification";
import { checkConsensusRule, consensusRuleFields, whenRuleValid } from "@/lib/workshop/schema";

const text = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.tooLong");
const idList = z.array(z.string().min(1).max(64)).max(50);

export const clauseSchema = z.object({
  sectionId: z.string().min(1, "errors.required"),
  title: text(200),
  text: text(20_000),
  horizon: z.enum(["MEDIUM", "LONG", "BOTH"], { message: "errors.horizon" }),
  industryCodes: z.array(z.string().refine(isIndustryCode, "errors.unknownIndustry")).max(97).default([]),
  clusterIds: idList.default([]),
  objectiveIds: idList.default([]),
});
export type ClauseInput = z.infer<typeof clauseSchema>;

export const amendmentSchema = z.object({
  clauseId: id,
  /** The version the amendment was written against (shown in its diff). */
  baseVersion: version,
  text: text(20_000),
  rationale: z.string().trim().max(4000, "errors.tooLong").default(""),
});
export type AmendmentInput = z.infer<typeof amendmentSchema>;

export const stanceSchema = z.object({
  clauseId: id,
  amendmentId: id.optional(),
  delegationId: id,
  position: z.enum(["SUPPORT", "OBJECT", "ABSTAIN"], { message: "errors.position" }),
  reason: z.string().trim().max(2000, "errors.tooLong").default(""),
  /** official: the lead records it; proposed: a delegate proposes it; private: caucus draft. */
  mode: z.enum(["official", "proposed", "private"]),
});
export type StanceInput = z.infer<typeof stanceSchema>;

export const statusChangeSchema = z.object({
  clauseId: id,
  status: z.enum(["PROPOSED", "UNDER_DISCUSSION", "AGREED", "PARKED", "WITHDRAWN"]),
  /** Required to reopen an agreed clause, or to mark one agreed without consensus. */
  reason: z.string().trim().max(2000, "errors.tooLong").default(""),
  override: z.boolean().default(false),
});
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

export const commentSchema = z.object({
  clauseId: id,
  amendmentId: id.optional(),
  parentId: id.optional(),
  body: text(4000),
  alignment: z.enum(["IN_FAVOUR", "AGAINST", "NEUTRAL"]).optional(),
});
export type CommentInput = z.infer<typeof commentSchema>;

// The facilitator's plan settings: sections, strategy objectives and the consensus rule.

export const sectionTitleSchema = z.object({ title: text(200) });
export const sectionRenameSchema = sectionTitleSchema.extend({ sectionId: z.string().min(1) });
export const sectionMoveSchema = z.object({
  sectionId: id,
  direction: z.enum(["up", "down"], { message: "errors.invalid" }),
});
export type SectionMoveInput = z.infer<typeof sectionMoveSchema>;

export const objectiveSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "errors.required")
    .max(16, "errors.tooLong")
    .regex(/^[\p{L}\p{N}._-]+$/u, "errors.objectiveCode"),
  title: text(300),
  description: z.string().trim().max(4000, "errors.tooLong").default(""),
});
export type ObjectiveInput = z.infer<typeof objectiveSchema>;
export const objectiveUpdateSchema = objectiveSchema.extend({ objectiveId: id });

/** The consensus rule as the facilitator changes it, against the workshop version they saw. */
export const ruleChangeSchema = z
  .object({ ...consensusRuleFields, version })
  .superRefine(checkConsensusRule, { when: whenRuleValid });
export type RuleChangeInput = z.infer<typeof ruleChangeSchema>;
