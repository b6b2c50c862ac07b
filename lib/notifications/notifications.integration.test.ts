// Notifications against real PostgreSQL: a ballot's opening tells its voters; reminders before a
// ballot closes come at each person's lead time, once (two rounds racing write one), in the app
// and by email as each person chose, with a one-click unsubscribe that only the signed link can
// use; settings saved through the declared action, with field errors.
import { describe, expect, it } from "vitest";
import { actorFor, ballot, ballotWorkshop, brand } from "@/test/ballots";
import { prisma } from "@/test/db";
import { call, form, identityOf } from "@/test/sweep-fixture";
import { markNotificationReadAction, saveNotificationPreferencesAction, unsubscribeAction } from "./actions";
import { runDueReminders } from "./reminder-mutations";

const MINUTE = 60_000;

async function room({ open = true } = {}) {
  const w = await ballotWorkshop();
  const lead = await actorFor(w.workshopId, "LEAD_DELEGATE", w.alpha.id);
  const delegate = await actorFor(w.workshopId, "DELEGATE", w.beta.id);
  const observer = await actorFor(w.workshopId, "OBSERVER");
  await prisma.user.update({ where: { id: delegate.userId }, data: { reminderLeadMinutes: 15 } });
  const options = [await brand(w.chair, "One", [w.alpha.id]), await brand(w.chair, "Two", [w.beta.id])];
  const ballotId = await ballot(
    w.chair,
    options.map((o) => o.id),
    {},
    { open },
  );
  return { ...w, lead, delegate, observer, ballotId };
}

const notificationsOf = (userId: string, kind: "BALLOT_OPENING" | "BALLOT_OPENED" | "BALLOT_CLOSING") =>
  prisma.notification.findMany({ where: { userId, kind } });
const user = (userId: string) => prisma.user.findUniqueOrThrow({ where: { id: userId } });

describe("notifications", () => {
  it("tell the voters that a ballot opened, in the app and by email", async () => {
    const r = await room();
    for (const voter of [r.lead, r.delegate]) {
      const [told] = await notificationsOf(voter.userId, "BALLOT_OPENED");
      expect(told).toMatchObject({ path: `/w/${r.workshop.slug}/ballots/${r.ballotId}`, readAt: null });
      expect(told!.params).toEqual({ ballot: "Regional brand", workshop: "Test workshop" });
    }
    expect(await notificationsOf(r.observer.userId, "BALLOT_OPENED")).toHaveLength(0);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: (await user(r.lead.userId)).email } });
    expect(mail.subject).toBe("[Test workshop] Voting is open: “Regional brand”");
    expect(mail.unsubscribeUrl).toMatch(/\/api\/unsubscribe\/.+/);
  });

  it("remind each voter once at their own lead time before the ballot closes", async () => {
    const r = await room();
    const now = new Date();
    await prisma.ballot.update({
      where: { id: r.ballotId },
      data: { closesAt: new Date(now.getTime() + 50 * MINUTE) },
    });

    // 50 minutes left: within the lead's 60, not the delegate's 15. Two rounds racing: one each.
    await Promise.all([runDueReminders(now), runDueReminders(now)]);
    const reminded = await notificationsOf(r.lead.userId, "BALLOT_CLOSING");
    expect(reminded).toHaveLength(1);
    expect(reminded[0]!.params).toMatchObject({ ballot: "Regional brand", count: 50 });
    expect(await notificationsOf(r.delegate.userId, "BALLOT_CLOSING")).toHaveLength(0);
    expect(await notificationsOf(r.observer.userId, "BALLOT_CLOSING")).toHaveLength(0);
    const leadMail = await prisma.outboxMessage.findMany({
      where: { to: (await user(r.lead.userId)).email, subject: { contains: "closes in" } },
    });
    expect(leadMail.map((m) => m.subject)).toEqual(["[Test workshop] “Regional brand” closes in 50 minutes"]);

    // 10 minutes left: the delegate's turn; the lead is not reminded again.
    await runDueReminders(new Date(now.getTime() + 40 * MINUTE));
    expect(await notificationsOf(r.delegate.userId, "BALLOT_CLOSING")).toHaveLength(1);
    expect(await notificationsOf(r.lead.userId, "BALLOT_CLOSING")).toHaveLength(1);
  });

  it("remind before a scheduled opening too, and tell everyone when it opens by itself", async () => {
    const r = await room({ open: false });
    const now = new Date();
    await prisma.ballot.update({ where: { id: r.ballotId }, data: { opensAt: new Date(now.getTime() + 30 * MINUTE) } });
    await runDueReminders(now);
    const [soon] = await notificationsOf(r.lead.userId, "BALLOT_OPENING");
    expect(soon!.params).toMatchObject({ count: 30 });
    expect(await notificationsOf(r.delegate.userId, "BALLOT_OPENING")).toHaveLength(0);
    // Its time passes with nobody on its page: the round opens it, and its voters are told.
    await prisma.ballot.update({ where: { id: r.ballotId }, data: { opensAt: new Date(Date.now() - 1000) } });
    await runDueReminders(new Date());
    expect((await prisma.ballot.findUniqueOrThrow({ where: { id: r.ballotId } })).status).toBe("OPEN");
    expect(await notificationsOf(r.delegate.userId, "BALLOT_OPENED")).toHaveLength(1);
  });

  it("follow each person's channels, and one click stops a kind's emails", async () => {
    const r = await room();
    const leadEmail = (await user(r.lead.userId)).email;
    const delegateEmail = (await user(r.delegate.userId)).email;
    // The lead: no email for reminders; the delegate: none in the app.
    const prefs = (inApp: boolean, email: boolean, lead = "60") =>
      form({
        ...(inApp ? { "inApp.BALLOT_CLOSING": "on" } : {}),
        ...(email ? { "email.BALLOT_CLOSING": "on" } : {}),
        "inApp.BALLOT_OPENED": "on",
        reminderLeadMinutes: lead,
        digest: "NEVER",
      });
    expect(
      await call(saveNotificationPreferencesAction, identityOf(await user(r.lead.userId)), prefs(true, false)),
    ).toEqual({
      ok: true,
    });
    expect(
      await call(saveNotificationPreferencesAction, identityOf(await user(r.delegate.userId)), prefs(false, true, "7")),
    ).toMatchObject({ ok: false, fieldErrors: { reminderLeadMinutes: "errors.invalid" } });
    await call(saveNotificationPreferencesAction, identityOf(await user(r.delegate.userId)), prefs(false, true));
    const now = new Date();
    await prisma.ballot.update({
      where: { id: r.ballotId },
      data: { closesAt: new Date(now.getTime() + 30 * MINUTE) },
    });
    await runDueReminders(now);

    const [leadNote] = await notificationsOf(r.lead.userId, "BALLOT_CLOSING");
    expect(leadNote!.readAt).toBeNull();
    expect(await prisma.outboxMessage.count({ where: { to: leadEmail, subject: { contains: "closes in" } } })).toBe(0);
    const [delegateNote] = await notificationsOf(r.delegate.userId, "BALLOT_CLOSING");
    expect(delegateNote!.readAt).not.toBeNull();
    const delegateMail = await prisma.outboxMessage.findFirstOrThrow({
      where: { to: delegateEmail, subject: { contains: "closes in" } },
    });

    // Marking read: only one's own.
    expect(await call(markNotificationReadAction, identityOf(await user(r.delegate.userId)), leadNote!.id)).toEqual({
      ok: true,
    });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: leadNote!.id } })).readAt).toBeNull();

    // The one-click link: a forged or altered one does nothing; the real one stops that kind.
    const token = delegateMail.unsubscribeUrl!.split("/").pop()!;
    const signedOut = identityOf(null);
    const forged = token.replace(r.delegate.userId, r.lead.userId);
    expect(await call(unsubscribeAction, signedOut, forged)).toMatchObject({
      ok: false,
      code: "errors.unsubscribeInvalid",
    });
    expect(await call(unsubscribeAction, signedOut, token)).toEqual({ ok: true, target: "BALLOT_CLOSING" });
    const stored = await prisma.notificationPreference.findUniqueOrThrow({
      where: { userId_kind: { userId: r.delegate.userId, kind: "BALLOT_CLOSING" } },
    });
    expect([stored.inApp, stored.email]).toEqual([false, false]);
    expect(
      (
        await prisma.notificationPreference.findUnique({
          where: { userId_kind: { userId: r.lead.userId, kind: "BALLOT_CLOSING" } },
        })
      )?.email,
    ).toBe(false);
  });
});
