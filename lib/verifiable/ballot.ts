// An encrypted ballot: the voter's browser encrypts the method's vector (./encoding.ts) entry by
// entry under the ballot's public key and proves, for each entry and each sum rule, that the
// plaintext is in range. The server (and anyone with the board) verifies the proofs before the
// ballot counts. The tracker, a hash of the ballot as published, is what the voter looks up on the
// board.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Ballot } from "@/lib/ballots/tally";
import { encrypt, sumCiphertexts, sumRandomness, type Ciphertext } from "./elgamal";
import { encodeBallot, type Encoding } from "./encoding";
import { fixedBase, pointToHex, type Point } from "./group";
import { proveRange, verifyRange } from "./proofs";
import {
  fromCiphertext,
  fromRangeProof,
  toCiphertext,
  toRangeProof,
  type WireEncryptedBallot,
  type WireRangeProof,
} from "./wire";

/** What every proof of one ballot is bound to: the ballot (vote) id and its public key. */
export const ballotContext = (ballotId: string, publicKey: Point): string => `${ballotId}|${pointToHex(publicKey)}`;

export function encryptBallot(
  encoding: Encoding,
  options: readonly string[],
  context: string,
  publicKey: Point,
  ballot: Ballot,
): WireEncryptedBallot {
  const vector = encodeBallot(encoding, options, ballot);
  fixedBase(publicKey);
  const encrypted = vector.map((m) => encrypt(publicKey, m));
  const entryProofs = encrypted.map(({ ciphertext, r }, k) =>
    fromRangeProof(proveRange(context, publicKey, ciphertext, vector[k] ?? 0, r, 0, encoding.entryMax)),
  );
  const sumProofs = encoding.sums.map((rule) => {
    const sum = sumCiphertexts(rule.entries.map((k) => encrypted[k]!.ciphertext));
    const m = rule.entries.reduce((total, k) => total + (vector[k] ?? 0), 0);
    const r = sumRandomness(rule.entries.map((k) => encrypted[k]!.r));
    return fromRangeProof(proveRange(context, publicKey, sum, m, r, rule.min, rule.max));
  });
  return { ciphertexts: encrypted.map(({ ciphertext }) => fromCiphertext(ciphertext)), entryProofs, sumProofs };
}

/** Why an encrypted ballot is not well-formed, or null when every proof holds. */
export type BallotDefect =
  | { kind: "shape"; detail: string }
  | { kind: "encoding"; detail: string }
  | { kind: "entryProof"; entry: number }
  | { kind: "sumProof"; rule: number };

export function verifyBallot(
  encoding: Encoding,
  context: string,
  publicKey: Point,
  ballot: WireEncryptedBallot,
): { ok: true; ciphertexts: Ciphertext[] } | { ok: false; defect: BallotDefect } {
  const { entries, entryMax, sums } = encoding;
  if (ballot.ciphertexts.length !== entries || ballot.entryProofs.length !== entries) {
    return { ok: false, defect: { kind: "shape", detail: `expected ${entries} ciphertexts and entry proofs` } };
  }
  if (ballot.sumProofs.length !== sums.length) {
    return { ok: false, defect: { kind: "shape", detail: `expected ${sums.length} sum proofs` } };
  }
  let ciphertexts: Ciphertext[];
  fixedBase(publicKey);
  try {
    ciphertexts = ballot.ciphertexts.map(toCiphertext);
    for (const c of ciphertexts) if (c.alpha.is0()) throw new Error("a ciphertext without randomness (α = identity)");
  } catch (error) {
    return { ok: false, defect: { kind: "encoding", detail: error instanceof Error ? error.message : String(error) } };
  }
  for (let k = 0; k < entries; k += 1) {
    const proof = decodeProof(ballot.entryProofs[k]!);
    if (proof === null || !verifyRange(context, publicKey, ciphertexts[k]!, 0, entryMax, proof)) {
      return { ok: false, defect: { kind: "entryProof", entry: k } };
    }
  }
  for (const [index, rule] of sums.entries()) {
    const proof = decodeProof(ballot.sumProofs[index]!);
    const sum = sumCiphertexts(rule.entries.map((k) => ciphertexts[k]!));
    if (proof === null || !verifyRange(context, publicKey, sum, rule.min, rule.max, proof)) {
      return { ok: false, defect: { kind: "sumProof", rule: index } };
    }
  }
  return { ok: true, ciphertexts };
}

function decodeProof(proof: WireEncryptedBallot["entryProofs"][number]) {
  try {
    return toRangeProof(proof);
  } catch {
    return null;
  }
}

/**
 * The ballot tracker: SHA-256 of the ballot's canonical JSON (keys in the order of the format,
 * whatever order a file had them in), hex. Two ballots share a tracker only if
 * they are the same bytes, which the board refuses.
 */
export function trackerOf(ballot: WireEncryptedBallot): string {
  const proof = ({ challenges, responses }: WireRangeProof) => ({ challenges, responses });
  const canonical = {
    ciphertexts: ballot.ciphertexts.map(({ alpha, beta }) => ({ alpha, beta })),
    entryProofs: ballot.entryProofs.map(proof),
    sumProofs: ballot.sumProofs.map(proof),
  };
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(canonical))));
}
