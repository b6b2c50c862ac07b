// What the browser does for an encrypted ballot, as plain functions of strings: components load
// this module on first use (it brings the curve library), and nothing in it talks to the server.
// The secrets it makes (a trustee's key share, a ballot's randomness) never leave the device: the
// key share goes into a file the trustee keeps and into this browser's storage.
import { z } from "zod";
import type { Ballot } from "@/lib/ballots/tally";
import { ballotContext, encryptBallot } from "./ballot";
import { encodingFor, type VerifiableMethod } from "./encoding";
import { G, pointFromHex, pointToHex, scalarFromHex, scalarToHex } from "./group";
import { decryptionContext, decryptShares, generateKeyShare } from "./trustee";
import { toCiphertext, type WireCiphertext } from "./wire";

export const KEY_FILE_FORMAT = "roundtable.trustee-key/1";

const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  ballotId: z.string(),
  delegationId: z.string(),
  publicShare: z.string(),
  secret: z.string(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

const storageKey = (ballotId: string, delegationId: string) => `roundtable.trustee-key.${ballotId}.${delegationId}`;

/** A new key share: the file to keep, and what to publish (the public share and its proof). */
export function newKeyShare(ballotId: string, delegationId: string) {
  const share = generateKeyShare(ballotId, delegationId);
  const file: KeyFile = {
    format: KEY_FILE_FORMAT,
    ballotId,
    delegationId,
    publicShare: pointToHex(share.publicShare),
    secret: scalarToHex(share.secret),
  };
  return { file, publicShare: file.publicShare, proof: JSON.stringify(share.proof) };
}

export function rememberKey(file: KeyFile): void {
  try {
    localStorage.setItem(storageKey(file.ballotId, file.delegationId), JSON.stringify(file));
  } catch {
    // Storage full or disabled: the downloaded file is the key's home anyway.
  }
}

/**
 * The key for this ballot and delegation, from `text` (a chosen file) or this browser's storage;
 * null when there is none or it is not the one whose public share was published.
 */
export function findKey(ballotId: string, delegationId: string, publishedShare: string, text?: string): KeyFile | null {
  let raw: string | null = text ?? null;
  if (raw === null) {
    try {
      raw = localStorage.getItem(storageKey(ballotId, delegationId));
    } catch {
      raw = null;
    }
  }
  if (raw === null) return null;
  try {
    const file = keyFileSchema.parse(JSON.parse(raw));
    const matches =
      file.ballotId === ballotId &&
      file.delegationId === delegationId &&
      file.publicShare === publishedShare &&
      pointToHex(G.multiply(scalarFromHex(file.secret))) === publishedShare;
    return matches ? file : null;
  } catch {
    return null;
  }
}

/** The ballot, encrypted with its proofs, as the JSON string the cast action takes. */
export function encryptVote(
  method: VerifiableMethod,
  optionIds: readonly string[],
  ballotId: string,
  publicKeyHex: string,
  vote: Ballot,
): string {
  const publicKey = pointFromHex(publicKeyHex);
  const encoding = encodingFor(method, optionIds.length);
  return JSON.stringify(encryptBallot(encoding, optionIds, ballotContext(ballotId, publicKey), publicKey, vote));
}

/** This trustee's decryption shares of every group's sums, as the JSON string the action takes. */
export function decryptSums(
  key: KeyFile,
  publicKeyHex: string,
  groups: ReadonlyArray<readonly WireCiphertext[]>,
): string {
  const context = decryptionContext(key.ballotId, pointFromHex(publicKeyHex), key.delegationId);
  const secret = scalarFromHex(key.secret);
  return JSON.stringify(groups.map((sums) => decryptShares(context, secret, sums.map(toCiphertext))));
}
