import { z } from "zod";
import { id } from "@/lib/validation/fields";

export const signatureSchema = z
  .object({
    versionId: id,
    /** Whose signature this is meant to be: only the signer's own delegation is accepted. */
    delegationId: id.optional(),
    /** The hash the signer was shown: a newer freeze in between makes the signature fail. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, "errors.invalid"),
    kind: z.enum(["ENDORSEMENT", "RESERVATION"], { message: "errors.invalid" }),
    statement: z.string().trim().max(4000, "errors.tooLong").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "RESERVATION" && !value.statement)
      ctx.addIssue({ code: "custom", path: ["statement"], message: "errors.reservationText" });
  });
export type SignatureInput = z.infer<typeof signatureSchema>;
