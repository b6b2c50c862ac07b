// Encrypted ballots against real PostgreSQL: the key ceremony, casting, re-voting, the trustees'
// decryption and the result, through the mutations the declared actions run, with the browser's
// part done by the same functions the browser runs (lib/verifiable/browser.ts).
import { describe, expect, it } from "vitest";
import { closeBallot, createBallot, openBallot } from "@/lib/ballots/ballot-mutations";
import { ballotView } from "@/lib/ballots/data";
import type { Actor } from "@/lib/ballots/mutation-support";
import { ballotSchema, type VoteContent } from "@/lib/ballots/schema";
import { tally } from "@/lib/ballots/tally";
import { castVote } from "@/lib/ballots/vote-mutations";
import { DomainError } from "@/lib/server/result";
import { actorFor, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { verifyBoard } from "./board";
import { decryptSums, encryptVote, findKey, newKeyShare, type KeyFile } from "./browser";
import { readBoard } from "./data";
import { castEncryptedVote, publishDecryption, publishTrusteeKey } from "./mutations";
import { decryptionSchema, encryptedVoteSchema, trusteeKeySchema } from "./schema";
import { keyHoldersView } from "./page-data";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "(accepted)",
    (error: unknown) => (error instanceof DomainError ? { code: error.code, fields: error.fieldErrors } : error),
  );

async function setup(method = "SCHULZE", weighting = "PER_VOTER", settings: Record<string, string> = {}) {
  const w = await ballotWorkshop();
  const options = [
    (await brand(w.chair, "Rice", [w.alpha.id])).id,
    (await brand(w.chair, "Ice", [w.beta.id])).id,
    (await brand(w.chair, "Steel", [w.gamma.id])).id,
  ];
  const { id } = await createBallot(
    w.chair,
    ballotSchema.parse({
      title: "Regional brand",
      method,
      weighting,
      resultsVisibility: "AFTER_CLOSE",
      tieBreak: "NONE",
      secret: "on",
      encrypted: "on",
      ...settings,
      optionIds: options,
    }),
  );
  const leads = {
    alpha: await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id),
    beta: await actorFor(w.workshopId, "LEAD_DELEGATE", w.beta.id),
    gamma: await actorFor(w.workshopId, "LEAD_DELEGATE", w.gamma.id),
  };
  return { ...w, id, options, leads };
}

/** A lead's browser: a new key share, published; the key file is what the lead keeps. */
async function ceremony(lead: Actor, ballotId: string): Promise<KeyFile> {
  const share = newKeyShare(ballotId, lead.member.delegationId!);
  await publishTrusteeKey(
    lead,
    trusteeKeySchema.parse({ ballotId, publicShare: share.publicShare, proof: share.proof }),
  );
  return share.file;
}

async function openWithKeys(w: Awaited<ReturnType<typeof setup>>) {
  const keys = [
    await ceremony(w.leads.alpha, w.id),
    await ceremony(w.leads.beta, w.id),
    await ceremony(w.leads.gamma, w.id),
  ];
  await openBallot(w.chair, w.id);
  return keys;
}

/** A voter's browser: the vote encrypted under the ballot's public key, then cast. */
async function cast(w: Awaited<ReturnType<typeof setup>>, voter: Actor, vote: VoteContent, method = "schulze") {
  const { publicKey } = await prisma.ballot.findUniqueOrThrow({ where: { id: w.id }, select: { publicKey: true } });
  const ballot = encryptVote(method as "schulze", w.options, w.id, publicKey!, vote);
  return castEncryptedVote(voter, encryptedVoteSchema.parse({ ballotId: w.id, ballot }));
}

async function decrypt(w: Awaited<ReturnType<typeof setup>>, lead: Actor, key: KeyFile) {
  const view = await keyHoldersView(
    w.workshopId,
    { id: w.id, status: "CLOSED", publicKey: await publicKeyOf(w.id) },
    lead.member,
  );
  const shares = decryptSums(key, view.publicKey!, view.sums!);
  return publishDecryption(lead, decryptionSchema.parse({ ballotId: w.id, shares }));
}

const publicKeyOf = async (id: string) =>
  (await prisma.ballot.findUniqueOrThrow({ where: { id }, select: { publicKey: true } })).publicKey;

describe("the key ceremony", () => {
  it("opens only when every delegation's lead has published a proven key share", async () => {
    const w = await setup();
    expect(await refusal(openBallot(w.chair, w.id))).toEqual({ code: "errors.trusteesMissing", fields: undefined });
    await ceremony(w.leads.alpha, w.id);
    await ceremony(w.leads.beta, w.id);
    // A delegate who is not the lead, and the facilitator, hold no key.
    const delegate = await actorFor(w.workshopId, "DELEGATE", w.gamma.id);
    expect(await refusal(ceremony(delegate, w.id))).toMatchObject({ code: "errors.forbidden" });
    expect(await refusal(ceremony(w.chair, w.id))).toMatchObject({ code: "errors.forbidden" });
    // A share proven for another delegation does not pass as Gamma's.
    const stolen = newKeyShare(w.id, w.alpha.id);
    expect(
      await refusal(
        publishTrusteeKey(
          w.leads.gamma,
          trusteeKeySchema.parse({ ballotId: w.id, publicShare: stolen.publicShare, proof: stolen.proof }),
        ),
      ),
    ).toEqual({ code: "errors.checkFields", fields: { publicShare: "errors.trusteeKeyInvalid" } });
    expect(await prisma.ballotTrustee.count({ where: { ballotId: w.id } })).toBe(2);
    expect(await refusal(openBallot(w.chair, w.id))).toMatchObject({ code: "errors.trusteesMissing" });

    await ceremony(w.leads.gamma, w.id);
    await openBallot(w.chair, w.id);
    const board = await readBoard(w.workshopId, w.id, "en");
    expect(board?.trustees).toHaveLength(3);
    expect(verifyBoard(board!).ok).toBe(true);
    // Once open, the key cannot change.
    expect(await refusal(ceremony(w.leads.alpha, w.id))).toMatchObject({ code: "errors.keyLocked" });
  });
});

describe("casting an encrypted ballot", () => {
  it("stores only a verified ballot, replaces a voter's earlier one, and refuses a plain vote", async () => {
    const w = await setup();
    await openWithKeys(w);
    const voter = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const [rice, ice, steel] = w.options as [string, string, string];
    const first = await cast(w, voter, { ranking: [rice, ice] });
    expect(first).toEqual({ tracker: expect.stringMatching(/^[0-9a-f]{64}$/), changed: false });
    const second = await cast(w, voter, { ranking: [steel] });
    expect(second.changed).toBe(true);

    // A ballot whose proof was made for other ciphertexts: refused, nothing written.
    const { publicKey } = await prisma.ballot.findUniqueOrThrow({ where: { id: w.id }, select: { publicKey: true } });
    const forged = JSON.parse(encryptVote("schulze", w.options, w.id, publicKey!, { ranking: [ice] })) as {
      ciphertexts: Array<{ alpha: string; beta: string }>;
    };
    [forged.ciphertexts[0], forged.ciphertexts[1]] = [forged.ciphertexts[1]!, forged.ciphertexts[0]!];
    const other = await actorFor(w.workshopId, "DELEGATE", w.beta.id);
    const before = await Promise.all([
      prisma.encryptedVote.count(),
      prisma.ballotParticipation.count(),
      prisma.event.count(),
    ]);
    expect(
      await refusal(
        castEncryptedVote(other, encryptedVoteSchema.parse({ ballotId: w.id, ballot: JSON.stringify(forged) })),
      ),
    ).toEqual({ code: "errors.checkFields", fields: { vote: "errors.encryptedBallotInvalid" } });
    expect(await refusal(castVote(other, w.id, { ranking: [ice] }))).toMatchObject({ code: "errors.checkFields" });
    expect(
      await Promise.all([prisma.encryptedVote.count(), prisma.ballotParticipation.count(), prisma.event.count()]),
    ).toEqual(before);
    // A malformed body never reaches the mutation: the schema says which field.
    expect(encryptedVoteSchema.safeParse({ ballotId: w.id, ballot: "{not json" }).error?.issues[0]).toMatchObject({
      path: ["ballot"],
      message: "errors.encryptedBallotInvalid",
    });

    const board = await readBoard(w.workshopId, w.id, "en");
    expect(board?.ballots.map((b) => [b.tracker, b.replacedBy])).toEqual([
      [first.tracker, second.tracker],
      [second.tracker, undefined],
    ]);
    expect(verifyBoard(board!)).toMatchObject({ ok: true, verdict: { counted: 1, replaced: 1 } });
  });
});

describe("what the database holds", () => {
  it("links a voter to ciphertexts only, by xmin or by a scan of every table, open and closed", async () => {
    const w = await setup("APPROVAL");
    await openWithKeys(w);
    const voters = [
      await actorFor(w.workshopId, "DELEGATE", w.alpha.id),
      await actorFor(w.workshopId, "DELEGATE", w.beta.id),
      await actorFor(w.workshopId, "DELEGATE", w.gamma.id),
    ];
    const [rice, ice] = w.options as [string, string, string];
    await cast(w, voters[0]!, { approvals: [rice] }, "approval");
    await cast(w, voters[1]!, { approvals: [ice, rice] }, "approval");
    await cast(w, voters[2]!, { approvals: [] }, "approval");
    await cast(w, voters[2]!, { approvals: [ice] }, "approval");
    const secrets = voters.flatMap((v) => [v.member.id, v.userId]);

    const scan = async () => {
      // The attack of the issue: rows written by one transaction share xmin. Here it joins a voter
      // to a row that holds ciphertexts and proofs, and no option.
      const joined = await prisma.$queryRaw<Array<{ membershipId: string; content: unknown }>>`
        SELECT p."membershipId", v."content" FROM "EncryptedVote" v
        JOIN "BallotParticipation" p ON p.xmin = v.xmin WHERE v."ballotId" = ${w.id}`;
      for (const { content } of joined) {
        expect(Object.keys(content as object).sort()).toEqual(["ciphertexts", "entryProofs", "sumProofs"]);
        for (const option of w.options) expect(JSON.stringify(content)).not.toContain(option);
      }
      const tables = await prisma.$queryRaw<Array<{ table_name: string }>>`
        SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
      const mentioning = new Set<string>();
      for (const { table_name } of tables) {
        const rows = await prisma.$queryRawUnsafe<Array<{ row: string }>>(
          `SELECT row_to_json(t)::text AS row FROM "${table_name}" t`,
        );
        for (const { row } of rows) {
          if (!secrets.some((s) => row.includes(s))) continue;
          mentioning.add(table_name);
          for (const option of w.options) expect(row).not.toContain(option);
        }
      }
      // The plain Vote table holds nothing for an encrypted ballot.
      expect(await prisma.vote.count({ where: { ballotId: w.id } })).toBe(0);
      return [...mentioning].sort();
    };
    expect(await scan()).toEqual(["BallotParticipation", "Membership", "User"]);
    await closeBallot(w.chair, w.id);
    expect(await scan()).toEqual(["BallotParticipation", "Membership", "User"]);
    expect(await prisma.encryptedVote.count({ where: { ballotId: w.id, NOT: { voterKey: null } } })).toBe(0);
  });
});

describe("decryption and the result", () => {
  it("counts when the last trustee decrypts, as the plain tally would, and the board verifies", async () => {
    const w = await setup("BORDA", "PER_DELEGATION");
    const keys = await openWithKeys(w);
    const [rice, ice, steel] = w.options as [string, string, string];
    const votes: Array<[string, VoteContent]> = [
      [w.alpha.id, { ranking: [rice, ice, steel] }],
      [w.alpha.id, { ranking: [ice] }],
      [w.beta.id, { ranking: [ice, steel] }],
      [w.gamma.id, { ranking: [steel, ice, rice] }],
      [w.gamma.id, { ranking: [ice, rice] }],
    ];
    for (const [delegationId, vote] of votes)
      await cast(w, await actorFor(w.workshopId, "DELEGATE", delegationId), vote, "borda");
    await closeBallot(w.chair, w.id);

    // The wrong key file (another delegation's) is refused, and nothing is stored.
    const wrong = findKey(w.id, w.alpha.id, keys[0]!.publicShare, JSON.stringify(keys[1]));
    expect(wrong).toBeNull();
    const alphaView = await keyHoldersView(
      w.workshopId,
      { id: w.id, status: "CLOSED", publicKey: await publicKeyOf(w.id) },
      w.leads.alpha.member,
    );
    const forged = decryptSums({ ...keys[1]!, delegationId: w.alpha.id }, alphaView.publicKey!, alphaView.sums!);
    expect(
      await refusal(publishDecryption(w.leads.alpha, decryptionSchema.parse({ ballotId: w.id, shares: forged }))),
    ).toEqual({
      code: "errors.checkFields",
      fields: { keyFile: "errors.decryptionInvalid" },
    });

    const honest = decryptSums(keys[0]!, alphaView.publicKey!, alphaView.sums!);
    const decryption = decryptionSchema.parse({ ballotId: w.id, shares: honest });
    expect(await publishDecryption(w.leads.alpha, decryption)).toEqual({ tallied: false });
    expect(await refusal(publishDecryption(w.leads.alpha, decryption))).toMatchObject({
      code: "errors.alreadyDecrypted",
    });
    expect((await ballotView(w.workshopId, w.id, w.chair.member, "en"))?.results).toBeNull();
    expect(await decrypt(w, w.leads.beta, keys[1]!)).toEqual({ tallied: false });
    expect(await decrypt(w, w.leads.gamma, keys[2]!)).toEqual({ tallied: true });

    const view = await ballotView(w.workshopId, w.id, w.chair.member, "en");
    const plain = tally({
      method: "borda",
      options: w.options,
      weighting: "per-delegation",
      ballots: votes.map(([delegation, vote]) => ({ ...vote, delegation })),
    });
    expect(view?.results?.count.winners).toEqual(plain.winners);
    expect(view?.results?.count.ranking).toEqual(plain.ranking);
    expect(view?.results).toMatchObject({
      voters: 5,
      breakdown: false,
      winner: plain.winners.length === 1 ? plain.winners[0] : null,
    });
    const board = await readBoard(w.workshopId, w.id, "en");
    expect(verifyBoard(board!)).toMatchObject({
      ok: true,
      verdict: { counted: 5, result: { winners: plain.winners } },
    });
  });
});

describe("the region-wide rule on an encrypted approval ballot", () => {
  it("is decided from each delegation's decrypted totals, on the page and on the board", async () => {
    const w = await setup("APPROVAL", "PER_VOTER", { regionWide: "on", regionWideThreshold: "50" });
    const keys = await openWithKeys(w);
    const [rice, ice] = w.options as [string, string, string];
    // Ice is approved most, but by nobody in Gamma; Rice by at least half of every delegation.
    const votes: Array<[string, VoteContent]> = [
      [w.alpha.id, { approvals: [rice, ice] }],
      [w.alpha.id, { approvals: [ice] }],
      [w.beta.id, { approvals: [ice, rice] }],
      [w.beta.id, { approvals: [ice] }],
      [w.gamma.id, { approvals: [rice] }],
    ];
    for (const [delegationId, vote] of votes)
      await cast(w, await actorFor(w.workshopId, "DELEGATE", delegationId), vote, "approval");
    await closeBallot(w.chair, w.id);
    await decrypt(w, w.leads.alpha, keys[0]!);
    await decrypt(w, w.leads.beta, keys[1]!);
    await decrypt(w, w.leads.gamma, keys[2]!);
    const view = await ballotView(w.workshopId, w.id, w.chair.member, "en");
    expect(view?.results?.count.winners).toEqual([rice]);
    expect(view?.results?.count.regionWide).toMatchObject({
      qualifying: [rice],
      notBackedBy: { [ice]: [w.gamma.id] },
      unrestricted: { winners: [ice] },
    });
    const board = await readBoard(w.workshopId, w.id, "en");
    expect(board?.ballot.regionWide?.delegations).toEqual([w.alpha.id, w.beta.id, w.gamma.id].sort());
    expect(verifyBoard(board!)).toMatchObject({ ok: true, verdict: { result: { winners: [rice] } } });
  });
});
