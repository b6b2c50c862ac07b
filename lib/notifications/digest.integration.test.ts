// Digests against real PostgreSQL: due once a period, with the counts of what happened in the
// person's workshops and never another delegation's private events; nothing sent when nothing
// happened; two rounds racing send one; the digest's own unsubscribe link turns it off.
import { describe, expect, it } from "vitest";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { call, identityOf } from "@/test/sweep-fixture";
import { appendEvent } from "@/lib/live/events";
import { unsubscribeAction } from "./actions";
import { runDueDigests } from "./digest-mutations";

const HOUR = 3600_000;

describe("digests", () => {
  it("count what happened since the last one, keep private events private, and send once", async () => {
    const w = await ballotWorkshop();
    const reader = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const quiet = await actorFor(w.workshopId, "DELEGATE", w.alpha.id);
    const lastDigest = new Date(Date.now() - 25 * HOUR);
    await prisma.user.update({ where: { id: reader.userId }, data: { digest: "DAILY", digestSentAt: lastDigest } });
    await prisma.user.update({ where: { id: quiet.userId }, data: { digest: "NEVER" } });
    const options = [await brand(w.chair, "One", [w.alpha.id]), await brand(w.chair, "Two", [w.beta.id])];
    await ballot(
      w.chair,
      options.map((o) => o.id),
    );
    // Beta's private caucus: never in Alpha's reader's digest.
    await prisma.$transaction((tx) =>
      appendEvent(tx, {
        workshopId: w.workshopId,
        actorId: w.facilitator.id,
        type: "caucus.published",
        payload: { delegationId: w.beta.id, published: 1 },
        audienceDelegationId: w.beta.id,
      }),
    );

    const now = new Date();
    const [first, second] = await Promise.all([runDueDigests(now), runDueDigests(now)]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const reader_ = await prisma.user.findUniqueOrThrow({ where: { id: reader.userId } });
    const mails = await prisma.outboxMessage.findMany({ where: { to: reader_.email, kind: "digest" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Your daily Roundtable digest");
    expect(mails[0]!.text).toContain("Test workshop: ");
    expect(mails[0]!.text).toContain("2 brands proposed");
    expect(mails[0]!.text).toContain("1 ballot opened");
    const events = await prisma.event.count({
      where: { workshopId: w.workshopId, createdAt: { gt: lastDigest }, audienceDelegationId: null },
    });
    const named = 2 + 1; // two brands proposed, one ballot opened
    expect(mails[0]!.text).toContain(`${events - named} other changes`);
    const quietUser = await prisma.user.findUniqueOrThrow({ where: { id: quiet.userId } });
    expect(await prisma.outboxMessage.count({ where: { to: quietUser.email, kind: "digest" } })).toBe(0);

    // Not due again within the day; a day later with nothing new, nothing is sent.
    await runDueDigests(new Date(now.getTime() + HOUR));
    await runDueDigests(new Date(now.getTime() + 25 * HOUR));
    expect(await prisma.outboxMessage.count({ where: { to: reader_.email, kind: "digest" } })).toBe(1);

    const token = mails[0]!.unsubscribeUrl!.split("/").pop()!;
    expect(await call(unsubscribeAction, identityOf(null), token)).toEqual({ ok: true, target: "DIGEST" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: reader.userId } })).digest).toBe("NEVER");
  });
});
