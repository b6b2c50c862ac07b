// The published forms of keys, ciphertexts, proofs and ballots: JSON with 32-byte values as
// lower-case hex (points in RFC 9496 encoding, scalars little-endian below ℓ). Parsing checks the
// shape with zod; decoding (`toCiphertext`, …) checks that every value is a canonical group element
// or scalar and throws EncodingError otherwise.
import { z } from "zod";
import type { Ciphertext } from "./elgamal";
import { pointFromHex, pointToHex, scalarFromHex, scalarToHex } from "./group";
import type { DecryptionProof, RangeProof, SchnorrProof } from "./proofs";

export const hex32 = z.string().regex(/^[0-9a-f]{64}$/, "32 bytes as 64 lower-case hex digits");

export const wireCiphertext = z.strictObject({ alpha: hex32, beta: hex32 });
export const wireRangeProof = z.strictObject({ challenges: z.array(hex32).min(1), responses: z.array(hex32).min(1) });
export const wireSchnorrProof = z.strictObject({ challenge: hex32, response: hex32 });

export const wireEncryptedBallot = z.strictObject({
  /** One ciphertext per entry of the method's encoding (lib/verifiable/encoding.ts). */
  ciphertexts: z.array(wireCiphertext).min(1),
  /** Per entry: it encrypts 0..entryMax. */
  entryProofs: z.array(wireRangeProof),
  /** Per sum rule of the encoding: the product of its entries encrypts min..max. */
  sumProofs: z.array(wireRangeProof),
});

export type WireCiphertext = z.infer<typeof wireCiphertext>;
export type WireRangeProof = z.infer<typeof wireRangeProof>;
export type WireSchnorrProof = z.infer<typeof wireSchnorrProof>;
export type WireEncryptedBallot = z.infer<typeof wireEncryptedBallot>;

export const fromCiphertext = (c: Ciphertext): WireCiphertext => ({
  alpha: pointToHex(c.alpha),
  beta: pointToHex(c.beta),
});
export const toCiphertext = (c: WireCiphertext): Ciphertext => ({
  alpha: pointFromHex(c.alpha),
  beta: pointFromHex(c.beta),
});

export const fromRangeProof = (p: RangeProof): WireRangeProof => ({
  challenges: p.challenges.map(scalarToHex),
  responses: p.responses.map(scalarToHex),
});
export const toRangeProof = (p: WireRangeProof): RangeProof => ({
  challenges: p.challenges.map(scalarFromHex),
  responses: p.responses.map(scalarFromHex),
});

export const fromSchnorrProof = (p: SchnorrProof | DecryptionProof): WireSchnorrProof => ({
  challenge: scalarToHex(p.challenge),
  response: scalarToHex(p.response),
});
export const toSchnorrProof = (p: WireSchnorrProof): SchnorrProof => ({
  challenge: scalarFromHex(p.challenge),
  response: scalarFromHex(p.response),
});
