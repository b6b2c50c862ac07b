// A trustee's part: generate a key share (in their own browser), and later decrypt the tally's
// sums with a proof for each. The ballot's public key is the sum of the public shares, so opening
// anything takes every trustee (n of n); no share alone, and no set missing one, learns a thing.
import { partialDecryption, type Ciphertext } from "./elgamal";
import { G, pointToHex, randomScalar, type Point, type Scalar } from "./group";
import { proveDecryption, proveKey } from "./proofs";
import { fromSchnorrProof, type WireSchnorrProof } from "./wire";

/** What a trustee's key proof is bound to: the ballot and the trustee. */
export const trusteeContext = (ballotId: string, trusteeId: string): string => `${ballotId}|trustee|${trusteeId}`;

/** What a decryption proof is bound to: the ballot, its public key, and the trustee. */
export const decryptionContext = (ballotId: string, publicKey: Point, trusteeId: string): string =>
  `${ballotId}|${pointToHex(publicKey)}|decryption|${trusteeId}`;

export type KeyShare = { secret: Scalar; publicShare: Point; proof: WireSchnorrProof };

export function generateKeyShare(ballotId: string, trusteeId: string): KeyShare {
  const secret = randomScalar();
  const publicShare = G.multiply(secret);
  return {
    secret,
    publicShare,
    proof: fromSchnorrProof(proveKey(trusteeContext(ballotId, trusteeId), secret, publicShare)),
  };
}

export const combinePublicShares = (shares: readonly Point[]): Point => shares.reduce((sum, share) => sum.add(share));

export type WireShare = { share: string; proof: WireSchnorrProof };

/** The trustee's share of each sum, with its proof. */
export function decryptShares(context: string, secret: Scalar, ciphertexts: readonly Ciphertext[]): WireShare[] {
  const publicShare = G.multiply(secret);
  return ciphertexts.map((c) => {
    const share = partialDecryption(secret, c);
    return {
      share: pointToHex(share),
      proof: fromSchnorrProof(proveDecryption(context, secret, publicShare, c, share)),
    };
  });
}
