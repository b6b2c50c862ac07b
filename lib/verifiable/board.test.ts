// Every claim on a board is checked: a board made by the real code verifies, and each tampered
// field is caught with a message that names it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trackerOf } from "./ballot";
import { verifyBoard, type Board } from "./board";
import { G, pointFromHex, pointToHex } from "./group";
import { recountBoard } from "./recount";
import { rehearse } from "./rehearse";

const { board } = rehearse({
  id: "board-test",
  title: "Regional brand",
  method: "plurality",
  weighting: "per-delegation",
  options: [
    { id: "rice", label: "Northeast Rice" },
    { id: "ice", label: "Harbin Ice and Snow" },
  ],
  trustees: [
    { id: "ln", name: "Liaoning" },
    { id: "jl", name: "Jilin" },
  ],
  ballots: [
    { delegation: "ln", choice: "ice", voter: "a" },
    { delegation: "ln", choice: "rice", voter: "a" },
    { delegation: "jl", choice: "rice" },
    { delegation: "jl", choice: "rice" },
  ],
});

const error = (tamper: (copy: Board) => void): string => {
  const copy = structuredClone(board);
  tamper(copy);
  const verified = verifyBoard(copy);
  return verified.ok ? "(verified)" : verified.error;
};
const otherPoint = pointToHex(G.multiply(7n));

describe("verifyBoard", () => {
  it("verifies a board made by the real code and counts the last ballot of each voter", () => {
    const verified = verifyBoard(board);
    expect(verified.ok && { ...verified.verdict, result: verified.verdict.result?.winners }).toEqual({
      ballots: 4,
      counted: 3,
      replaced: 1,
      result: ["rice"],
    });
  });

  it.each<[string, (copy: Board) => void, RegExp]>([
    [
      "a trustee's key proof",
      (b) => void (b.trustees[1]!.proof.response = b.trustees[0]!.proof.response),
      /trustees\[1\] \(jl\): the proof/,
    ],
    ["a trustee listed twice", (b) => void b.trustees.push(b.trustees[0]!), /listed twice/],
    ["the public key", (b) => void (b.publicKey = otherPoint), /publicKey: it is not the sum/],
    [
      "a public key that is not a point",
      (b) => void (b.publicKey = "ff".repeat(32)),
      /publicKey: not a ristretto255 point/,
    ],
    [
      "a tracker",
      (b) => void (b.ballots[2]!.tracker = b.ballots[3]!.tracker),
      /ballots\[2\].*the tracker is not the hash/,
    ],
    ["a ballot copied", (b) => void b.ballots.push(structuredClone(b.ballots[3]!)), /ballots\[4\].*on the board twice/],
    [
      "a ciphertext (tracker recomputed)",
      (b) => {
        const entry = b.ballots[2]!;
        entry.ballot.ciphertexts[0]!.beta = otherPoint;
        entry.tracker = trackerOf(entry.ballot);
      },
      /ballots\[2\].*entry 0 encrypts 0–1 does not hold/,
    ],
    [
      "a sum proof (tracker recomputed)",
      (b) => {
        const entry = b.ballots[2]!;
        entry.ballot.sumProofs = structuredClone(b.ballots[3]!.ballot.sumProofs);
        entry.tracker = trackerOf(entry.ballot);
      },
      /ballots\[2\].*sum rule 0 .* does not hold/,
    ],
    ["a missing delegation", (b) => void delete b.ballots[2]!.delegation, /names no delegation/],
    [
      "a replacement pointing backwards",
      (b) => void (b.ballots[1]!.replacedBy = b.ballots[0]!.tracker),
      /replacedBy names no later ballot/,
    ],
    [
      "a replaced ballot counted again",
      (b) => void delete b.ballots[0]!.replacedBy,
      /groups\[1\].voters: 2 ballots count in this group, not 1/,
    ],
    ["a group's sum", (b) => void (b.tally!.groups[0]!.sums[0]!.beta = otherPoint), /sums\[0\]: it is not the product/],
    [
      "a missing decryption",
      (b) => void b.tally!.groups[0]!.decryptions.pop(),
      /one decryption from each of the 2 trustees/,
    ],
    [
      "a share",
      (b) => void (b.tally!.groups[1]!.decryptions[0]!.shares[0]!.share = otherPoint),
      /groups\[1\].decryptions \(ln\).shares\[0\]: the proof/,
    ],
    [
      "a published total",
      (b) => void (b.tally!.groups[1]!.values[1]! += 1),
      /groups\[1\].values\[1\]: the decrypted sum is not/,
    ],
    ["the winner", (b) => void (b.tally!.result.winners = ["ice"]), /tally.result: the board says \["ice"\] won/],
  ])("catches %s", (_, tamper, message) => {
    expect(error(tamper)).toMatch(message);
  });

  it("a share for another trustee's key does not pass as theirs", () => {
    expect(
      error((b) => {
        const [ln, jl] = b.tally!.groups[0]!.decryptions;
        [ln!.trustee, jl!.trustee] = [jl!.trustee, ln!.trustee];
      }),
    ).toMatch(/the proof that the share was made with the trustee's key does not hold/);
    expect(pointFromHex(board.publicKey).equals(pointFromHex(board.trustees[0]!.publicShare))).toBe(false);
  });
});

describe("the region-wide rule on a board", () => {
  const rehearsal = {
    id: "region-wide",
    title: "Regional brand",
    method: "approval" as const,
    options: [
      { id: "rice", label: "Northeast Rice" },
      { id: "ice", label: "Harbin Ice and Snow" },
    ],
    trustees: [{ id: "ln", name: "Liaoning" }],
    regionWide: { threshold: 0.3, delegations: ["jl", "ln"] },
    ballots: [
      { delegation: "ln", approvals: ["ice"] },
      { delegation: "ln", approvals: ["ice"] },
      { delegation: "ln", approvals: ["rice", "ice"] },
      { delegation: "jl", approvals: ["rice"] },
    ],
  };

  it("names each ballot's delegation and counts among the options every delegation backs", () => {
    const { board: counted } = rehearse(rehearsal);
    expect(counted.ballots.every((b) => b.delegation !== undefined)).toBe(true);
    const verified = verifyBoard(counted);
    // Ice has the most approvals, none of them in Jilin: only Rice (a third of Liaoning, all of
    // Jilin) qualifies.
    expect(verified.ok && verified.verdict.result).toMatchObject({
      winners: ["rice"],
      regionWide: { qualifying: ["rice"], notBackedBy: { ice: ["jl"] }, unrestricted: { winners: ["ice"] } },
    });
  });

  it("is refused on a method whose support is not a sum of entries", () => {
    const { board: counted } = rehearse(rehearsal);
    const schulze = structuredClone(counted);
    schulze.ballot.method = "schulze";
    expect(verifyBoard(schulze)).toEqual({
      ok: false,
      error: "ballot.regionWide: the rule is not defined on encrypted schulze ballots",
    });
  });
});

describe("the example boards (test/fixtures/ballots)", () => {
  const directory = path.resolve(import.meta.dirname, "../../test/fixtures/ballots");
  const boards = readdirSync(directory).filter((file) => file.endsWith(".board.json") && !file.includes(".tampered."));
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(directory, file), "utf8"));

  it("has one per verifiable method", () => {
    const methods = boards.map((file) => (read(file) as Board).ballot.method).sort();
    expect(methods).toEqual(["approval", "borda", "plurality", "schulze", "score"]);
  });

  it.each(boards)("%s verifies and its tampered copy is rejected", (file) => {
    const good = recountBoard(read(file));
    expect(good.ok && good.output.result?.winners.length).toBeGreaterThan(0);
    const bad = recountBoard(read(file.replace(".board.json", ".tampered.board.json")));
    expect(bad.ok ? "(verified)" : bad.errors).toHaveLength(1);
  });
});
