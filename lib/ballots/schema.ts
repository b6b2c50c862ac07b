import { z } from "zod";
import { localDateTime, timezoneOffset, toInstant } from "@/lib/validation/local-date-time";
import type { ErrorCode } from "@/lib/server/result";
import { checkbox, emptyToUndefined, id, version } from "@/lib/validation/fields";
import { isIndustryCode } from "@/lib/industries/classification";
import { whenValid } from "@/lib/validation/cross-field";
import { MAX_ENCRYPTED_OPTIONS } from "@/lib/verifiable/schema";

// Brand proposals, ballot settings and votes, shared by the forms and the server. Messages are keys
// (messages/*.json). Forms post FormData; `*FormValues` turn it into the objects parsed here.

const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, "errors.tooLong").optional());

export const proposalSchema = z
  .object({
    nameEn: optionalText(120),
    nameZh: optionalText(120),
    industryCode: z.string({ message: "errors.required" }).refine(isIndustryCode, "errors.unknownIndustry"),
    description: z.string().trim().max(4000, "errors.tooLong").default(""),
    clusterId: z.preprocess(emptyToUndefined, id.optional()),
    /** Facilitators choose the sponsors; a delegate's proposal is sponsored by their delegation. */
    sponsorIds: z.array(id).max(100).default([]),
  })
  .superRefine((value, ctx) => {
    if (!value.nameEn && !value.nameZh) ctx.addIssue({ code: "custom", path: ["nameEn"], message: "errors.brandName" });
  });
export type ProposalInput = z.infer<typeof proposalSchema>;

export function proposalFormValues(formData: FormData) {
  return { ...Object.fromEntries(formData), sponsorIds: formData.getAll("sponsorIds") };
}

export const proposalRefSchema = z.object({ proposalId: id, version });

export const methods = ["PLURALITY", "APPROVAL", "SCORE", "BORDA", "IRV", "SCHULZE"] as const;
export type BallotMethod = (typeof methods)[number];
export const rankedMethods: readonly BallotMethod[] = ["BORDA", "IRV", "SCHULZE"];

/** A percentage typed in a form (e.g. "50" or "66.7"), as a share from 0 to 1 with 3 decimals. */
const percent = (min: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: "errors.number" })
      .min(min, "errors.percentRange")
      .max(100, "errors.percentRange")
      .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, "errors.percentOneDecimal")
      .transform((value) => Math.round(value * 10) / 1000)
      .optional(),
  );

export const ballotSchema = z
  .object({
    title: z.string({ message: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
    method: z.enum(methods, { message: "errors.ballotMethod" }),
    weighting: z.enum(["PER_VOTER", "PER_DELEGATION"], { message: "errors.invalid" }),
    secret: checkbox,
    resultsVisibility: z.enum(["LIVE", "AFTER_CLOSE"], { message: "errors.invalid" }),
    opensAt: localDateTime,
    closesAt: localDateTime,
    timezoneOffset,
    quorum: percent(1),
    regionWide: checkbox,
    regionWideThreshold: percent(1),
    conflictOfInterest: checkbox,
    tieBreak: z.enum(["NONE", "EARLIEST_PROPOSAL"], { message: "errors.invalid" }),
    encrypted: checkbox,
    optionIds: z.array(id).max(100).default([]),
  })
  .superRefine(
    (value, ctx) => {
      if (new Set(value.optionIds).size < 2)
        ctx.addIssue({ code: "custom", path: ["optionIds"], message: "errors.ballotOptions" });
    },
    { when: whenValid("optionIds") },
  )
  .superRefine(
    (value, ctx) => {
      if (!value.encrypted) return;
      // What an encrypted ballot cannot do (docs/ballots.md, "Verifiable ballots"), said on the
      // setting that conflicts with it.
      const refuse = (path: string, message: ErrorCode) => ctx.addIssue({ code: "custom", path: [path], message });
      if (value.method === "IRV") refuse("method", "errors.encryptedIrv");
      if (!value.secret) refuse("secret", "errors.encryptedSecret");
      if (value.resultsVisibility === "LIVE") refuse("resultsVisibility", "errors.encryptedLive");
      // Support is a sum of encoded entries only for plurality and approval (lib/verifiable/tally.ts).
      if (value.regionWide && value.method !== "PLURALITY" && value.method !== "APPROVAL")
        refuse("regionWide", "errors.encryptedRegionWide");
      if (value.conflictOfInterest) refuse("conflictOfInterest", "errors.encryptedConflict");
      if (new Set(value.optionIds).size > MAX_ENCRYPTED_OPTIONS) refuse("optionIds", "errors.encryptedOptions");
    },
    {
      when: whenValid(
        "method",
        "secret",
        "resultsVisibility",
        "regionWide",
        "conflictOfInterest",
        "optionIds",
        "encrypted",
      ),
    },
  )
  .superRefine(
    (value, ctx) => {
      if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt)
        ctx.addIssue({ code: "custom", path: ["closesAt"], message: "errors.closesBeforeOpens" });
    },
    { when: whenValid("opensAt", "closesAt") },
  )
  .transform(({ timezoneOffset, regionWide, regionWideThreshold, opensAt, closesAt, ...rest }) => ({
    ...rest,
    optionIds: [...new Set(rest.optionIds)],
    opensAt: opensAt ? toInstant(opensAt, timezoneOffset) : null,
    closesAt: closesAt ? toInstant(closesAt, timezoneOffset) : null,
    quorum: rest.quorum ?? null,
    // The usual rule: half of every delegation's voters, unless the facilitator sets another share.
    regionWideThreshold: regionWide ? (regionWideThreshold ?? 0.5) : null,
  }));
export type BallotInput = z.output<typeof ballotSchema>;

export function ballotFormValues(formData: FormData) {
  return { ...Object.fromEntries(formData), optionIds: formData.getAll("optionIds") };
}

export const ballotRefSchema = z.object({ ballotId: id, version });

export const closingTimeSchema = z.object({
  ballotId: id,
  closesAt: localDateTime,
  timezoneOffset,
});

/** A vote as cast, by proposal id; which field is used depends on the ballot's method. */
export type VoteContent =
  { choice: string } | { approvals: string[] } | { scores: Record<string, number> } | { ranking: string[] };

/**
 * Reads a vote from the voting form: `choice` (plurality), `approvals` (approval, repeated),
 * `score:<proposalId>` (score), `ranking` (ranked methods, repeated, most preferred first).
 * Shape only; the options and ranges are checked against the ballot by `checkVote`.
 */
export function voteFromForm(method: BallotMethod, formData: FormData): VoteContent {
  const strings = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
  switch (method) {
    case "PLURALITY":
      return { choice: strings("choice")[0] ?? "" };
    case "APPROVAL":
      return { approvals: strings("approvals") };
    case "SCORE": {
      const scores: Record<string, number> = {};
      for (const [key, value] of formData) {
        if (key.startsWith("score:") && typeof value === "string" && value !== "") scores[key.slice(6)] = Number(value);
      }
      return { scores };
    }
    default:
      return { ranking: strings("ranking") };
  }
}

/** Field errors for a vote on a ballot with these options; empty when the vote is valid. */
export function checkVote(method: BallotMethod, optionIds: readonly string[], vote: VoteContent): ErrorCode | null {
  const known = new Set(optionIds);
  const listOk = (list: readonly string[]) => list.every((o) => known.has(o)) && new Set(list).size === list.length;
  if ("choice" in vote) return method === "PLURALITY" && known.has(vote.choice) ? null : "errors.voteChoice";
  if ("approvals" in vote) return method === "APPROVAL" && listOk(vote.approvals) ? null : "errors.invalid";
  if ("scores" in vote) {
    if (method !== "SCORE") return "errors.invalid";
    const entries = Object.entries(vote.scores);
    const ok = entries.every(([o, s]) => known.has(o) && Number.isInteger(s) && s >= 0 && s <= 5);
    return ok ? null : "errors.voteScore";
  }
  if (!rankedMethods.includes(method) || !listOk(vote.ranking)) return "errors.invalid";
  return vote.ranking.length === 0 ? "errors.voteRanking" : null;
}
