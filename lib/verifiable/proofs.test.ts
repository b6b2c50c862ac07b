import { describe, expect, it } from "vitest";
import { combineShares, discreteLog, encrypt, encodes, partialDecryption, sumCiphertexts } from "./elgamal";
import {
  add,
  EncodingError,
  G,
  ORDER,
  pointFromHex,
  pointToHex,
  randomScalar,
  scalarFromHex,
  scalarToHex,
} from "./group";
import { proveDecryption, proveKey, proveRange, verifyDecryption, verifyKey, verifyRange } from "./proofs";

const keyPair = () => {
  const secret = randomScalar();
  return { secret, publicKey: G.multiply(secret) };
};
const bump = (k: bigint) => add(k, 1n);

describe("group encodings", () => {
  it("round-trips points and scalars and refuses non-canonical ones", () => {
    const { secret, publicKey } = keyPair();
    expect(pointFromHex(pointToHex(publicKey)).equals(publicKey)).toBe(true);
    expect(scalarFromHex(scalarToHex(secret))).toBe(secret);
    expect(() => pointFromHex("ff".repeat(32))).toThrow(EncodingError);
    expect(() => pointFromHex("00")).toThrow(EncodingError);
    const order = ORDER.toString(16).padStart(64, "0").match(/../g)!.reverse().join("");
    expect(() => scalarFromHex(order)).toThrow(EncodingError);
  });
});

describe("exponential ElGamal", () => {
  it("decrypts sums with every trustee's share, and not with one missing", () => {
    const trustees = [keyPair(), keyPair(), keyPair()];
    const publicKey = trustees.map((t) => t.publicKey).reduce((a, b) => a.add(b));
    const sum = sumCiphertexts([3, 0, 5, 1].map((m) => encrypt(publicKey, m).ciphertext));
    const shares = trustees.map((t) => partialDecryption(t.secret, sum));
    expect(discreteLog(combineShares(sum, shares), 20)).toBe(9);
    expect(encodes(combineShares(sum, shares), 9)).toBe(true);
    expect(discreteLog(combineShares(sum, shares.slice(1)), 1000)).toBeNull();
  });
});

describe("key proof", () => {
  it("accepts the owner's proof and refuses another context, key or tampered field", () => {
    const { secret, publicKey } = keyPair();
    const proof = proveKey("ctx", secret, publicKey);
    expect(verifyKey("ctx", publicKey, proof)).toBe(true);
    expect(verifyKey("other", publicKey, proof)).toBe(false);
    expect(verifyKey("ctx", keyPair().publicKey, proof)).toBe(false);
    expect(verifyKey("ctx", publicKey, { ...proof, challenge: bump(proof.challenge) })).toBe(false);
    expect(verifyKey("ctx", publicKey, { ...proof, response: bump(proof.response) })).toBe(false);
  });

  it("cannot be made for a rogue key (the sum minus the others) without its secret", () => {
    const honest = keyPair();
    const target = keyPair().publicKey;
    const rogue = target.subtract(honest.publicKey);
    // The attacker knows no secret for `rogue`; any secret they try proves another key.
    const attempt = proveKey("ctx", randomScalar(), rogue);
    expect(verifyKey("ctx", rogue, attempt)).toBe(false);
  });
});

describe("range proof", () => {
  const { publicKey } = keyPair();
  it.each([
    [0, 0, 1],
    [1, 0, 1],
    [3, 0, 5],
    [1, 1, 1],
  ])("proves %i in [%i, %i]", (m, min, max) => {
    const { ciphertext, r } = encrypt(publicKey, m);
    const proof = proveRange("ctx", publicKey, ciphertext, m, r, min, max);
    expect(verifyRange("ctx", publicKey, ciphertext, min, max, proof)).toBe(true);
    expect(verifyRange("other", publicKey, ciphertext, min, max, proof)).toBe(false);
  });

  it("refuses to prove a message outside the range", () => {
    const { ciphertext, r } = encrypt(publicKey, 2);
    expect(() => proveRange("ctx", publicKey, ciphertext, 2, r, 0, 1)).toThrow(RangeError);
  });

  it("does not verify when the ciphertext encrypts something else than the proof was made for", () => {
    // A cheating prover: a proof for 1 attached to an encryption of 2 (same randomness).
    const { ciphertext: two, r } = encrypt(publicKey, 2);
    const { ciphertext: one } = encrypt(publicKey, 1, r);
    const proof = proveRange("ctx", publicKey, one, 1, r, 0, 1);
    expect(verifyRange("ctx", publicKey, two, 0, 1, proof)).toBe(false);
  });

  it("rejects every tampered challenge and response, and a wrong range", () => {
    const { ciphertext, r } = encrypt(publicKey, 1);
    const proof = proveRange("ctx", publicKey, ciphertext, 1, r, 0, 2);
    for (let k = 0; k < 3; k += 1) {
      const challenges = proof.challenges.map((c, i) => (i === k ? bump(c) : c));
      const responses = proof.responses.map((z, i) => (i === k ? bump(z) : z));
      expect(verifyRange("ctx", publicKey, ciphertext, 0, 2, { ...proof, challenges })).toBe(false);
      expect(verifyRange("ctx", publicKey, ciphertext, 0, 2, { ...proof, responses })).toBe(false);
    }
    expect(verifyRange("ctx", publicKey, ciphertext, 0, 1, proof)).toBe(false);
    expect(verifyRange("ctx", publicKey, { ...ciphertext, beta: ciphertext.beta.add(G) }, 0, 2, proof)).toBe(false);
  });
});

describe("decryption proof", () => {
  it("accepts an honest share and refuses a wrong share, key or ciphertext", () => {
    const { secret, publicKey } = keyPair();
    const { ciphertext } = encrypt(publicKey, 4);
    const share = partialDecryption(secret, ciphertext);
    const proof = proveDecryption("ctx", secret, publicKey, ciphertext, share);
    expect(verifyDecryption("ctx", publicKey, ciphertext, share, proof)).toBe(true);
    expect(verifyDecryption("ctx", publicKey, ciphertext, share.add(G), proof)).toBe(false);
    expect(verifyDecryption("ctx", keyPair().publicKey, ciphertext, share, proof)).toBe(false);
    expect(verifyDecryption("ctx", publicKey, encrypt(publicKey, 4).ciphertext, share, proof)).toBe(false);
    expect(verifyDecryption("ctx", publicKey, ciphertext, share, { ...proof, response: bump(proof.response) })).toBe(
      false,
    );
  });
});
