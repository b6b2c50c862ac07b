// The zero-knowledge proofs of the protocol, all non-interactive (Fiat–Shamir, ./group.ts
// `challenge`) and bound to a context string (the ballot's id and public key) so that a proof made
// for one ballot does not verify for another:
// - `proveKey`: a trustee knows the secret of their public share (Schnorr). Without it, the last
//   trustee could publish Y − Σ others' shares and decrypt alone (a rogue-key attack).
// - `proveRange`: a ciphertext encrypts an integer in [min, max], and nothing more (the disjunctive
//   Chaum–Pedersen proof of Cramer, Damgård and Schoenmakers, as in Helios and Belenios).
// - `proveDecryption`: a trustee's share of a decryption uses the same secret as their public
//   share (Chaum–Pedersen equality of discrete logarithms).
// A proof is published as challenges and responses; the verifier recomputes the commitments.
import type { Ciphertext } from "./elgamal";
import {
  add,
  challenge,
  encodeMessage,
  G,
  IDENTITY,
  mul,
  pointToHex,
  randomScalar,
  scalar,
  sub,
  times,
  type Point,
  type Scalar,
} from "./group";

export type SchnorrProof = { challenge: Scalar; response: Scalar };
export type RangeProof = { challenges: Scalar[]; responses: Scalar[] };
export type DecryptionProof = { challenge: Scalar; response: Scalar };

const hex = pointToHex;
const ciphertextParts = (c: Ciphertext) => [hex(c.alpha), hex(c.beta)];

export function proveKey(context: string, secret: Scalar, publicShare: Point): SchnorrProof {
  const w = randomScalar();
  const c = challenge("key", [context, hex(publicShare), hex(G.multiply(w))]);
  return { challenge: c, response: add(w, mul(c, secret)) };
}

export function verifyKey(context: string, publicShare: Point, proof: SchnorrProof): boolean {
  if (publicShare.is0()) return false;
  const commitment = times(G, proof.response).subtract(times(publicShare, proof.challenge));
  return challenge("key", [context, hex(publicShare), hex(commitment)]) === proof.challenge;
}

/** k·P for a fixed base (G, or a ballot's precomputed public key), with k possibly 0. */
const fixed = (P: Point, k: Scalar): Point => (k === 0n ? IDENTITY : P.multiply(k));

/** (α, β − j·G): the ciphertext as if it encrypted 0 when m = j. */
const shifted = (c: Ciphertext, j: number): Point => c.beta.subtract(encodeMessage(j));

export function proveRange(
  context: string,
  publicKey: Point,
  c: Ciphertext,
  m: number,
  r: Scalar,
  min: number,
  max: number,
): RangeProof {
  if (!Number.isInteger(m) || m < min || m > max) throw new RangeError(`message ${m} outside [${min}, ${max}]`);
  const size = max - min + 1;
  const challenges: Scalar[] = new Array<Scalar>(size).fill(0n);
  const responses: Scalar[] = new Array<Scalar>(size).fill(0n);
  const commitments: string[] = [];
  const w = randomScalar();
  for (let k = 0; k < size; k += 1) {
    const j = min + k;
    if (j === m) {
      commitments.push(hex(G.multiply(w)), hex(publicKey.multiply(w)));
      continue;
    }
    // A simulated branch: pick the challenge and response, derive the commitments that verify,
    // z·G − c·α and z·Y − c·(β − j·G). The prover knows α = r·G and β − j·G = (m − j)·G + r·Y, so
    // both are computed from the two fixed bases alone, (z − c·r)·G and (z − c·r)·Y − c·(m − j)·G,
    // three times faster than multiplying the ciphertext's points (the verifier cannot do this).
    const ck = randomScalar();
    const zk = randomScalar();
    challenges[k] = ck;
    responses[k] = zk;
    const t = sub(zk, mul(ck, r));
    commitments.push(hex(fixed(G, t)), hex(fixed(publicKey, t).subtract(fixed(G, mul(ck, scalar(m - j))))));
  }
  const total = challenge("range", [context, hex(publicKey), ...ciphertextParts(c), `${min}..${max}`, ...commitments]);
  const real = m - min;
  challenges[real] = challenges.reduce((rest, ck, k) => (k === real ? rest : sub(rest, ck)), total);
  responses[real] = add(w, mul(challenges[real], r));
  return { challenges, responses };
}

export function verifyRange(
  context: string,
  publicKey: Point,
  c: Ciphertext,
  min: number,
  max: number,
  proof: RangeProof,
): boolean {
  const size = max - min + 1;
  if (proof.challenges.length !== size || proof.responses.length !== size) return false;
  const commitments: string[] = [];
  let sum = scalar(0);
  for (let k = 0; k < size; k += 1) {
    const ck = proof.challenges[k] ?? 0n;
    const zk = proof.responses[k] ?? 0n;
    sum = add(sum, ck);
    commitments.push(
      hex(times(G, zk).subtract(times(c.alpha, ck))),
      hex(times(publicKey, zk).subtract(times(shifted(c, min + k), ck))),
    );
  }
  return challenge("range", [context, hex(publicKey), ...ciphertextParts(c), `${min}..${max}`, ...commitments]) === sum;
}

export function proveDecryption(
  context: string,
  secret: Scalar,
  publicShare: Point,
  c: Ciphertext,
  share: Point,
): DecryptionProof {
  const w = randomScalar();
  const parts = [context, hex(publicShare), ...ciphertextParts(c), hex(share)];
  const ch = challenge("decryption", [...parts, hex(G.multiply(w)), hex(c.alpha.multiply(w))]);
  return { challenge: ch, response: add(w, mul(ch, secret)) };
}

export function verifyDecryption(
  context: string,
  publicShare: Point,
  c: Ciphertext,
  share: Point,
  proof: DecryptionProof,
): boolean {
  const a = times(G, proof.response).subtract(times(publicShare, proof.challenge));
  const b = times(c.alpha, proof.response).subtract(times(share, proof.challenge));
  const parts = [context, hex(publicShare), ...ciphertextParts(c), hex(share)];
  return challenge("decryption", [...parts, hex(a), hex(b)]) === proof.challenge;
}
