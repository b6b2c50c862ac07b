// The public ballot board of a verifiable ballot: everything anyone needs to check the result
// offline and nothing that names a voter. `npm run --silent recount -- x.board.json` runs
// `verifyBoard` (scripts/recount.ts); the app publishes the same document. Format: the zod schema
// below, published as JSON Schema in docs/ballot-board.schema.json; protocol: docs/ballots.md.
import { z } from "zod";
import { ballotContext, trackerOf, verifyBallot } from "./ballot";
import { encodes, combineShares, type Ciphertext } from "./elgamal";
import { encodingFor, VERIFIABLE_METHODS, type Encoding } from "./encoding";
import { EncodingError, pointFromHex, type Point } from "./group";
import { verifyDecryption, verifyKey } from "./proofs";
import { countFromSums, groupsByDelegation, REGION_WIDE_METHODS, tallyGroups, type EncryptedCount } from "./tally";
import { decryptionContext, trusteeContext } from "./trustee";
import { fromCiphertext, hex32, toSchnorrProof, wireCiphertext, wireEncryptedBallot, wireSchnorrProof } from "./wire";

export const BOARD_FORMAT = "roundtable.ballot-board/1";

const rankEntry = z.strictObject({ option: z.string(), rank: z.number().int().min(1), value: z.number().optional() });

export const boardSchema = z.strictObject({
  format: z.literal(BOARD_FORMAT),
  ballot: z.strictObject({
    id: z.string().min(1),
    title: z.string(),
    method: z.enum(VERIFIABLE_METHODS),
    weighting: z.enum(["per-voter", "per-delegation"]),
    /** "Backed by the whole region" (plurality and approval only): who must back, and how much. */
    regionWide: z
      .strictObject({ threshold: z.number().gt(0).max(1), delegations: z.array(z.string().min(1)).min(1) })
      .optional(),
    options: z.array(z.strictObject({ id: z.string().min(1), label: z.string() })).min(2),
  }),
  trustees: z
    .array(z.strictObject({ id: z.string().min(1), name: z.string(), publicShare: hex32, proof: wireSchnorrProof }))
    .min(1),
  publicKey: hex32,
  ballots: z.array(
    z.strictObject({
      tracker: z.string().regex(/^[0-9a-f]{64}$/),
      /** Only when each delegation weighs the same: the count needs it, nothing else does. */
      delegation: z.string().min(1).optional(),
      /** The tracker of the same voter's later ballot, which counts instead of this one. */
      replacedBy: z.string().optional(),
      ballot: wireEncryptedBallot,
    }),
  ),
  tally: z
    .strictObject({
      groups: z.array(
        z.strictObject({
          delegation: z.string().nullable(),
          voters: z.number().int().min(0),
          sums: z.array(wireCiphertext),
          values: z.array(z.number().int().min(0)),
          decryptions: z.array(
            z.strictObject({
              trustee: z.string(),
              shares: z.array(z.strictObject({ share: hex32, proof: wireSchnorrProof })),
            }),
          ),
        }),
      ),
      result: z.strictObject({
        winners: z.array(z.string()),
        tie: z.boolean(),
        ranking: z.array(rankEntry).nullable(),
        working: z.unknown(),
        /** With the rule: each delegation's support, what qualifies, and the result without it. */
        regionWide: z.unknown().optional(),
      }),
    })
    .nullable(),
});

export type Board = z.infer<typeof boardSchema>;
export type BoardBallot = Board["ballots"][number];

/** What a verified board tells: the ballots counted and, once tallied, the result (option ids). */
export type BoardVerdict = {
  ballots: number;
  counted: number;
  replaced: number;
  result: EncryptedCount | null;
};

class BoardError extends Error {}
const fail = (message: string): never => {
  throw new BoardError(message);
};
const short = (tracker: string) => tracker.slice(0, 12);

function decodePoint(hex: string, where: string): Point {
  try {
    return pointFromHex(hex);
  } catch (error) {
    return fail(`${where}: ${error instanceof EncodingError ? error.message : "cannot be decoded"}`);
  }
}

/** Checks every claim of the board in order and stops at the first that fails. */
export function verifyBoard(board: Board): { ok: true; verdict: BoardVerdict } | { ok: false; error: string } {
  try {
    return { ok: true, verdict: check(board) };
  } catch (error) {
    if (error instanceof BoardError) return { ok: false, error: error.message };
    throw error;
  }
}

function check(board: Board): BoardVerdict {
  const { ballot } = board;
  const options = ballot.options.map((option) => option.id);
  if (new Set(options).size !== options.length) fail("ballot.options: an option id is listed twice");
  if (ballot.regionWide && !REGION_WIDE_METHODS.includes(ballot.method)) {
    fail(`ballot.regionWide: the rule is not defined on encrypted ${ballot.method} ballots`);
  }
  const encoding = encodingFor(ballot.method, options.length);
  const trusteeKeys = checkTrustees(board);
  const publicKey = decodePoint(board.publicKey, "publicKey");
  const combined = [...trusteeKeys.values()].reduce((sum, share) => sum.add(share));
  if (!combined.equals(publicKey)) fail("publicKey: it is not the sum of the trustees' public shares");
  const counted = checkBallots(board, encoding, publicKey);
  if (board.tally === null)
    return {
      ballots: board.ballots.length,
      counted: counted.length,
      replaced: board.ballots.length - counted.length,
      result: null,
    };
  const groups = tallyGroups(encoding, groupsByDelegation(ballot.weighting, ballot.regionWide), counted);
  const { tally } = board;
  if (tally.groups.length !== groups.length)
    fail(`tally.groups: expected ${groups.length} groups, found ${tally.groups.length}`);
  groups.forEach((expected, g) => checkGroup(board, encoding, publicKey, trusteeKeys, expected, g));
  const result = countFromSums(encoding, options, ballot.weighting, tally.groups, ballot.regionWide);
  if (JSON.stringify(result.winners) !== JSON.stringify(tally.result.winners) || result.tie !== tally.result.tie) {
    fail(
      `tally.result: the board says ${JSON.stringify(tally.result.winners)} won, the sums say ${JSON.stringify(result.winners)}`,
    );
  }
  return {
    ballots: board.ballots.length,
    counted: counted.length,
    replaced: board.ballots.length - counted.length,
    result,
  };
}

function checkTrustees(board: Board): Map<string, Point> {
  const keys = new Map<string, Point>();
  board.trustees.forEach((trustee, i) => {
    const where = `trustees[${i}] (${trustee.id})`;
    if (keys.has(trustee.id)) fail(`${where}: the trustee is listed twice`);
    const share = decodePoint(trustee.publicShare, `${where}.publicShare`);
    const proof = decodeSchnorr(trustee.proof, `${where}.proof`);
    if (!verifyKey(trusteeContext(board.ballot.id, trustee.id), share, proof)) {
      fail(`${where}: the proof that the trustee holds the secret of their public share does not hold`);
    }
    keys.set(trustee.id, share);
  });
  return keys;
}

function decodeSchnorr(proof: Board["trustees"][number]["proof"], where: string) {
  try {
    return toSchnorrProof(proof);
  } catch (error) {
    return fail(`${where}: ${error instanceof Error ? error.message : "cannot be decoded"}`);
  }
}

function checkBallots(board: Board, encoding: Encoding, publicKey: Point) {
  const context = ballotContext(board.ballot.id, publicKey);
  const trackers = new Set<string>();
  // Ballots name their delegation exactly when the count groups by delegation.
  const perDelegation = groupsByDelegation(board.ballot.weighting, board.ballot.regionWide);
  const counted: Array<{ delegation: string | null; ciphertexts: Ciphertext[] }> = [];
  board.ballots.forEach((entry, i) => {
    const where = `ballots[${i}] (tracker ${short(entry.tracker)}…)`;
    if (trackerOf(entry.ballot) !== entry.tracker) fail(`${where}: the tracker is not the hash of the ballot`);
    if (trackers.has(entry.tracker)) fail(`${where}: the same ballot is on the board twice`);
    trackers.add(entry.tracker);
    if (perDelegation !== (entry.delegation !== undefined)) {
      fail(
        `${where}: ${perDelegation ? "names no delegation, which this count needs" : "names a delegation, which this count must not"}`,
      );
    }
    const verified = verifyBallot(encoding, context, publicKey, entry.ballot);
    if (!verified.ok) {
      const { defect } = verified;
      fail(
        `${where}: ${
          defect.kind === "entryProof"
            ? `the proof that entry ${defect.entry} encrypts 0–${encoding.entryMax} does not hold`
            : defect.kind === "sumProof"
              ? `the proof of sum rule ${defect.rule} (entries ${encoding.sums[defect.rule]?.entries.join(", ")} add up to ${encoding.sums[defect.rule]?.min}–${encoding.sums[defect.rule]?.max}) does not hold`
              : defect.detail
        }`,
      );
    }
    if (verified.ok && entry.replacedBy === undefined) {
      counted.push({ delegation: entry.delegation ?? null, ciphertexts: verified.ciphertexts });
    }
  });
  board.ballots.forEach((entry, i) => {
    if (entry.replacedBy === undefined) return;
    const later = board.ballots.findIndex((other) => other.tracker === entry.replacedBy);
    if (later <= i)
      fail(`ballots[${i}] (tracker ${short(entry.tracker)}…): replacedBy names no later ballot on the board`);
    if (perDelegation && board.ballots[later]?.delegation !== entry.delegation) {
      fail(`ballots[${i}] (tracker ${short(entry.tracker)}…): replaced by a ballot of another delegation`);
    }
  });
  return counted;
}

function checkGroup(
  board: Board,
  encoding: Encoding,
  publicKey: Point,
  trusteeKeys: ReadonlyMap<string, Point>,
  expected: ReturnType<typeof tallyGroups>[number],
  g: number,
) {
  const group = board.tally!.groups[g]!;
  const where = `tally.groups[${g}]`;
  if (group.delegation !== expected.delegation)
    fail(`${where}.delegation: expected ${JSON.stringify(expected.delegation)}`);
  if (group.voters !== expected.voters)
    fail(`${where}.voters: ${expected.voters} ballots count in this group, not ${group.voters}`);
  if (group.sums.length !== expected.sums.length || group.values.length !== expected.sums.length) {
    fail(`${where}: expected ${expected.sums.length} sums and values`);
  }
  expected.sums.forEach((sum, k) => {
    const wire = fromCiphertext(sum);
    if (group.sums[k]?.alpha !== wire.alpha || group.sums[k]?.beta !== wire.beta) {
      fail(`${where}.sums[${k}]: it is not the product of the counted ballots' ciphertexts`);
    }
  });
  const byTrustee = new Map(group.decryptions.map((d) => [d.trustee, d]));
  if (byTrustee.size !== group.decryptions.length || byTrustee.size !== trusteeKeys.size) {
    fail(`${where}.decryptions: expected one decryption from each of the ${trusteeKeys.size} trustees`);
  }
  const shares: Point[][] = expected.sums.map(() => []);
  for (const [trustee, publicShare] of trusteeKeys) {
    const decryption = byTrustee.get(trustee) ?? fail(`${where}.decryptions: trustee ${trustee} has not decrypted`);
    if (decryption.shares.length !== expected.sums.length)
      fail(`${where}.decryptions (${trustee}): expected ${expected.sums.length} shares`);
    const context = decryptionContext(board.ballot.id, publicKey, trustee);
    decryption.shares.forEach(({ share, proof }, k) => {
      const at = `${where}.decryptions (${trustee}).shares[${k}]`;
      const point = decodePoint(share, at);
      if (!verifyDecryption(context, publicShare, expected.sums[k]!, point, decodeSchnorr(proof, `${at}.proof`))) {
        fail(`${at}: the proof that the share was made with the trustee's key does not hold`);
      }
      shares[k]!.push(point);
    });
  }
  expected.sums.forEach((sum, k) => {
    if (!encodes(combineShares(sum, shares[k]!), group.values[k]!)) {
      fail(`${where}.values[${k}]: the decrypted sum is not ${group.values[k]}`);
    }
  });
}
