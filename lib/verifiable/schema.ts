// What the browser sends for an encrypted ballot: a trustee's public share with its proof, an
// encrypted ballot, a trustee's decryption shares. Each arrives as a JSON string (a server action's
// arguments are strings), bounded in size before it is parsed, and is checked here for shape only;
// the mutations (./mutations.ts) check the mathematics. Messages are keys (messages/*.json).
import { z } from "zod";
import { id } from "@/lib/validation/fields";
import { hex32, wireEncryptedBallot, wireSchnorrProof } from "./wire";

/** The largest encrypted ballot a form may send: a 10-option Schulze ballot is about 54 KB. */
const MAX_BALLOT_BYTES = 200_000;
/** The most options an encrypted ballot may have (its ballots and their proofs grow with n²). */
export const MAX_ENCRYPTED_OPTIONS = 10;

/** A JSON string parsed into `schema`; any failure is the one message `message`. */
const json = <T extends z.ZodType>(schema: T, maxBytes: number, message: string) =>
  z
    .string({ message })
    .max(maxBytes, message)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
    })
    .pipe(
      z.unknown().transform((value, ctx) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) return parsed.data as z.output<T>;
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }),
    );

export const trusteeKeySchema = z.object({
  ballotId: id,
  publicShare: hex32.or(
    z.string().transform((_, ctx) => {
      ctx.addIssue({ code: "custom", message: "errors.trusteeKeyInvalid" });
      return z.NEVER;
    }),
  ),
  proof: json(wireSchnorrProof, 1_000, "errors.trusteeKeyInvalid"),
});
export type TrusteeKeyInput = z.output<typeof trusteeKeySchema>;

export const encryptedVoteSchema = z.object({
  ballotId: id,
  ballot: json(wireEncryptedBallot, MAX_BALLOT_BYTES, "errors.encryptedBallotInvalid"),
});
export type EncryptedVoteInput = z.output<typeof encryptedVoteSchema>;

const wireShares = z.array(z.array(z.strictObject({ share: hex32, proof: wireSchnorrProof })).max(200)).max(100);

export const decryptionSchema = z.object({
  ballotId: id,
  /** Per group, per sum (in the order the page gave them): the share and its proof. */
  shares: json(wireShares, 2_000_000, "errors.decryptionInvalid"),
});
export type DecryptionInput = z.output<typeof decryptionSchema>;
