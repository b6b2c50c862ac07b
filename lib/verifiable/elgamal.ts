// Exponential ElGamal over ristretto255: a message m is encrypted as (r·G, m·G + r·Y) under the
// public key Y. Ciphertexts add (componentwise), so the product of ballots encrypts the sum of
// their messages: the tally is computed without opening any ballot. Decryption yields m·G, and m is
// recovered by search because it is small (at most the number of voters times the largest entry).
import { add, encodeMessage, G, IDENTITY, randomScalar, type Point, type Scalar } from "./group";

export type Ciphertext = { alpha: Point; beta: Point };

export const ZERO_CIPHERTEXT: Ciphertext = { alpha: IDENTITY, beta: IDENTITY };

export function encrypt(
  publicKey: Point,
  m: number,
  r: Scalar = randomScalar(),
): { ciphertext: Ciphertext; r: Scalar } {
  return { ciphertext: { alpha: G.multiply(r), beta: encodeMessage(m).add(publicKey.multiply(r)) }, r };
}

export const combine = (a: Ciphertext, b: Ciphertext): Ciphertext => ({
  alpha: a.alpha.add(b.alpha),
  beta: a.beta.add(b.beta),
});

export const sumCiphertexts = (list: readonly Ciphertext[]): Ciphertext => list.reduce(combine, ZERO_CIPHERTEXT);

export const sumRandomness = (list: readonly Scalar[]): Scalar => list.reduce(add, 0n);

/** A trustee's share of the decryption of `ciphertext`: x_i·α. */
export const partialDecryption = (secret: Scalar, ciphertext: Ciphertext): Point => ciphertext.alpha.multiply(secret);

/** β − Σ shares = m·G once every trustee's share is in. */
export const combineShares = (ciphertext: Ciphertext, shares: readonly Point[]): Point =>
  shares.reduce((rest, share) => rest.subtract(share), ciphertext.beta);

/** Whether `encoded` is m·G: how a verifier checks a published total without searching. */
export const encodes = (encoded: Point, m: number): boolean => encoded.equals(encodeMessage(m));

/** The m in [0, max] with m·G = encoded, or null. */
export function discreteLog(encoded: Point, max: number): number | null {
  let current = IDENTITY;
  for (let m = 0; m <= max; m += 1) {
    if (current.equals(encoded)) return m;
    current = current.add(G);
  }
  return null;
}
