// The group every verifiable ballot lives in: ristretto255 (RFC 9496), a prime-order group built on
// Curve25519, through @noble/curves (audited, MIT). This file is the only place that touches the
// library: the rest of lib/verifiable speaks in Point, Scalar, and their hex encodings. No curve
// arithmetic is written here, only calls.
import { ristretto255, ristretto255_hasher } from "@noble/curves/ed25519.js";
import { bytesToNumberLE } from "@noble/curves/utils.js";
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from "@noble/hashes/utils.js";

export const Point = ristretto255.Point;
export type Point = InstanceType<typeof ristretto255.Point>;
export type Scalar = bigint;

const Fn = Point.Fn;
/** The base point, with the library's largest fixed-base table (built once, about 10 ms): every
 * encryption and proof multiplies it several times. */
export const G: Point = Point.BASE.precompute(8, false);
export const IDENTITY: Point = Point.ZERO;
/** The group's order ℓ = 2^252 + 27742317777372353535851937790883648493. */
export const ORDER: bigint = Fn.ORDER;

export const add = (a: Scalar, b: Scalar): Scalar => Fn.add(a, b);
export const sub = (a: Scalar, b: Scalar): Scalar => Fn.sub(a, b);
export const mul = (a: Scalar, b: Scalar): Scalar => Fn.mul(a, b);
export const scalar = (n: number | bigint): Scalar => Fn.create(BigInt(n));

/** A uniformly random scalar: 64 random bytes reduced modulo ℓ (bias below 2^-250). */
export const randomScalar = (): Scalar => Fn.create(bytesToNumberLE(randomBytes(64)));

/** m·G for a small non-negative message (0 is the identity, which multiply() refuses). */
export const encodeMessage = (m: number | bigint): Point => (BigInt(m) === 0n ? IDENTITY : G.multiply(BigInt(m)));

/**
 * k·P for public data (verification, and the prover's simulated branches whose values are
 * published): variable-time, about twice as fast. Secrets go through `P.multiply`.
 */
export const times = (P: Point, k: Scalar): Point => P.multiplyUnsafe(k);

/**
 * Marks a point that many multiplications will use (a ballot's public key) for the library's
 * fixed-base tables: computed once (about 10 ms), then each multiplication by it is 3–8 times
 * faster. Returns the same point.
 */
export const fixedBase = (P: Point): Point => P.precompute(8, false);

/**
 * Encodings already known, by point: a proof's transcript encodes the ciphertext and public key
 * it is about, which were just decoded from (or will be published as) the same hex. Encoding costs
 * as much as a third of a multiplication; points are immutable, so the cache cannot go stale.
 */
const encodings = new WeakMap<Point, string>();

export function pointToHex(P: Point): string {
  let hex = encodings.get(P);
  if (hex === undefined) {
    hex = P.toHex();
    encodings.set(P, hex);
  }
  return hex;
}
export const scalarToHex = (k: Scalar): string => bytesToHex(Fn.toBytes(k));

/** Thrown for an encoding that is not a canonical group element or scalar. */
export class EncodingError extends Error {}

const HEX32 = /^[0-9a-f]{64}$/;

export function pointFromHex(hex: string): Point {
  if (!HEX32.test(hex)) throw new EncodingError("not 32 bytes of lower-case hex");
  try {
    const P = Point.fromHex(hex);
    encodings.set(P, hex);
    return P;
  } catch {
    throw new EncodingError("not a ristretto255 point");
  }
}

export function scalarFromHex(hex: string): Scalar {
  if (!HEX32.test(hex)) throw new EncodingError("not 32 bytes of lower-case hex");
  const k = bytesToNumberLE(hexToBytes(hex));
  if (k >= ORDER) throw new EncodingError("not a canonical scalar (≥ ℓ)");
  return k;
}

/**
 * The Fiat–Shamir challenge: RFC 9380 hash-to-scalar (SHA-512, expand_message_xmd) of the parts,
 * each length-prefixed so that no two different transcripts hash the same bytes.
 */
export function challenge(domain: string, parts: readonly string[]): Scalar {
  const chunks = parts.map((part) => utf8ToBytes(part));
  const length = chunks.reduce((sum, chunk) => sum + 4 + chunk.length, 0);
  const message = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    new DataView(message.buffer).setUint32(at, chunk.length);
    message.set(chunk, at + 4);
    at += 4 + chunk.length;
  }
  return ristretto255_hasher.hashToScalar(message, { DST: `roundtable-v1-${domain}` });
}
