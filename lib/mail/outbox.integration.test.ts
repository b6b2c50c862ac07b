// The outbox against real PostgreSQL and real SMTP servers started here (smtp-server): an
// invitation by email is delivered once, in its language, with a link that works; a refusing or
// stopped server means retries and a later delivery, never a second copy, with two workers
// racing; a permanent refusal is a failure the facilitator sees; an expired claim is taken again.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, createUser, createWorkshopFixture, prisma } from "@/test/db";
import { call, form, identityOf } from "@/test/sweep-fixture";
import { acceptInvitation } from "@/lib/workshop/invitation-mutations";
import { inviteByEmailAction, resendInvitationAction } from "@/lib/workshop/actions";
import { startMailCatcher, type MailCatcher } from "./catcher";
import { claimDueMessages, enqueueMail, pruneSettled } from "./mutations";
import { createTransport, deliverDue } from "./worker";

const noWait = { baseMs: 0, maxMs: 0, maxAttempts: 5 };
let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-mail-")) });
});
afterAll(async () => {
  await catcher.stop();
  fs.rmSync(catcher.dir, { recursive: true, force: true });
});

/** What the catcher holds for these addresses, parsed. */
async function caughtFor(addresses: string[]): Promise<ParsedMail[]> {
  const parsed = await Promise.all(
    fs
      .readdirSync(catcher.dir)
      .filter((name) => name.endsWith(".eml"))
      .map((name) => simpleParser(fs.readFileSync(path.join(catcher.dir, name)))),
  );
  return parsed.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.some((a) => a.value.some((v) => addresses.includes(v.address ?? "")));
  });
}

/** Rounds until nothing is due (other files' undelivered messages go too: the table is shared). */
async function drain(...transports: ReturnType<typeof createTransport>[]): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const reports = await Promise.all(transports.map((t) => deliverDue(t, { retry: noWait })));
    if (reports.every((r) => r.claimed === 0)) return;
  }
}

async function enqueueMany(addresses: string[]): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const to of addresses)
      await enqueueMail(tx, {
        kind: "invitation",
        to,
        locale: "en",
        subject: `For ${to}`,
        text: "Hello",
        html: "<p>Hello</p>",
      });
  });
}

const linkIn = (text: string) => /https?:\/\/\S+\/invite\/([\w-]+)/.exec(text);

describe("invitations by email", () => {
  it("are delivered once, in the chosen language, with a single-use link that works", async () => {
    const { workshop, facilitator, delegations } = await createWorkshopFixture();
    const addresses = [`a-${randomUUID()}@example.cn`, `b-${randomUUID()}@example.cn`];
    const reply = await call(
      inviteByEmailAction,
      identityOf(facilitator),
      workshop.slug,
      form({
        emails: `${addresses[0]!.toUpperCase()},\n${addresses[1]}; ${addresses[0]}`,
        locale: "zh-CN",
        role: "DELEGATE",
        delegationId: delegations[0].id,
        expiresInDays: 7,
      }),
    );
    expect(reply).toEqual({ ok: true, emailed: addresses, members: [], pending: [] });
    const rows = await prisma.outboxMessage.findMany({ where: { to: { in: addresses } } });
    expect(rows.map((r) => r.status)).toEqual(["PENDING", "PENDING"]);

    const transport = createTransport(catcher.url);
    await drain(transport);
    await drain(transport);
    transport.close();

    const caught = await caughtFor(addresses);
    expect(caught).toHaveLength(2);
    for (const mail of caught) {
      expect(mail.subject).toBe("Facilitator 邀请您参加“Test workshop”");
      expect(mail.html).toContain('lang="zh-CN"');
      expect(mail.text).toContain("以Alpha代表团代表的身份参加");
    }
    // Delivered: the body with its secret link is gone from the database; an event per invitation.
    const sent = await prisma.outboxMessage.findMany({ where: { to: { in: addresses } } });
    expect(sent.map((r) => [r.status, r.attempts, r.text, r.html])).toEqual([
      ["SENT", 1, "", ""],
      ["SENT", 1, "", ""],
    ]);
    expect(await prisma.event.count({ where: { workshopId: workshop.id, type: "invitation.delivery" } })).toBe(2);

    const token = linkIn(caught[0]!.text ?? "")![1]!;
    const invitee = await createUser("Invitee");
    expect(await acceptInvitation(token, invitee.id)).toEqual({ slug: workshop.slug });
    await expect(acceptInvitation(token, invitee.id)).rejects.toThrow();
  });

  it("writes to someone who has an account in the language they chose", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const reader = await prisma.user.create({
      data: { email: `zh-${randomUUID()}@example.cn`, name: "Reader", passwordHash: "x", locale: "zh_CN" },
    });
    await call(
      inviteByEmailAction,
      identityOf(facilitator),
      workshop.slug,
      form({ emails: reader.email, locale: "en", role: "OBSERVER", expiresInDays: 3 }),
    );
    const message = await prisma.outboxMessage.findFirstOrThrow({ where: { to: reader.email } });
    expect([message.locale, message.subject]).toEqual(["zh_CN", "Facilitator 邀请您参加“Test workshop”"]);
  });

  it("leaves out members and pending invitations; a resend sends a new link and kills the old one", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const member = await addMember(workshop.id, "OBSERVER");
    const fresh = `c-${randomUUID()}@example.org`;
    const invite = () =>
      call(
        inviteByEmailAction,
        identityOf(facilitator),
        workshop.slug,
        form({ emails: `${fresh} ${member.email}`, locale: "en", role: "OBSERVER", expiresInDays: 3 }),
      );
    expect(await invite()).toEqual({ ok: true, emailed: [fresh], members: [member.email], pending: [] });
    expect(await invite()).toEqual({ ok: true, emailed: [], members: [member.email], pending: [fresh] });

    const invitation = await prisma.invitation.findFirstOrThrow({ where: { workshopId: workshop.id, email: fresh } });
    expect(await call(resendInvitationAction, identityOf(facilitator), workshop.slug, invitation.id)).toEqual({
      ok: true,
    });
    const transport = createTransport(catcher.url);
    await drain(transport);
    transport.close();
    const caught = await caughtFor([fresh]);
    expect(caught).toHaveLength(2);
    const [first, second] = caught.map((mail) => linkIn(mail.text ?? "")![1]!);
    expect(first).not.toBe(second);
    const user = await prisma.user.create({ data: { email: fresh, name: "Fresh", passwordHash: "x" } });
    const tokens = [first!, second!];
    const outcomes = await Promise.allSettled(tokens.map((token) => acceptInvitation(token, user.id)));
    // Exactly one of the two links works: the newer one.
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses bad addresses on the field, and writes nothing", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const before = await prisma.outboxMessage.count();
    for (const [emails, error] of [
      ["", "errors.required"],
      ["someone@example.org, not-an-address", "errors.emailList"],
      [Array.from({ length: 101 }, (_, i) => `p${i}@example.org`).join("\n"), "errors.emailListTooLong"],
    ] as const) {
      expect(
        await call(
          inviteByEmailAction,
          identityOf(facilitator),
          workshop.slug,
          form({ emails, locale: "en", role: "OBSERVER", expiresInDays: 3 }),
        ),
      ).toMatchObject({ ok: false, fieldErrors: { emails: error } });
    }
    expect(await prisma.outboxMessage.count()).toBe(before);
  });
});

describe("delivery", () => {
  it("retries when the server refuses or is down, and never sends twice with two workers racing", async () => {
    const received: string[] = [];
    let refuse = true;
    const start = (port = 0) => {
      const server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onData(stream, session, callback) {
          stream.resume();
          stream.on("end", () => {
            if (refuse) return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
            received.push(...session.envelope.rcptTo.map((r) => r.address));
            callback();
          });
        },
      });
      return new Promise<SMTPServer>((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
    };
    let server = await start();
    const port = (server.server.address() as { port: number }).port;
    const url = `smtp://127.0.0.1:${port}`;
    const workers = [createTransport(url), createTransport(url)];
    const addresses = Array.from({ length: 30 }, (_, i) => `r${i}-${randomUUID()}@example.org`);
    await enqueueMany(addresses);
    const ours = { to: { in: addresses } };

    // Refused (451): every message waits for another try, with the server's answer kept.
    await Promise.all(workers.map((t) => deliverDue(t, { retry: noWait })));
    const refused = await prisma.outboxMessage.findMany({ where: ours });
    expect(refused.every((m) => m.status === "PENDING" && m.attempts === 1)).toBe(true);
    expect(refused[0]!.lastError).toContain("Try again later");

    // Down: connection refused, still nothing lost.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all(workers.map((t) => deliverDue(t, { retry: noWait })));
    expect(await prisma.outboxMessage.count({ where: { ...ours, status: "PENDING", attempts: 2 } })).toBe(30);

    // Back and accepting: the two workers race over the same rows; each message arrives once.
    refuse = false;
    server = await start(port);
    await drain(...workers);
    expect(received.filter((a) => addresses.includes(a)).sort()).toEqual([...addresses].sort());
    expect(await prisma.outboxMessage.count({ where: { ...ours, status: "SENT" } })).toBe(30);
    await drain(...workers);
    expect(received.filter((a) => addresses.includes(a))).toHaveLength(30);
    for (const t of workers) t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("gives up at once on a permanent refusal, and the invitation shows it", async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const transport = createTransport(`smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`);
    const { workshop, facilitator } = await createWorkshopFixture();
    const address = `gone-${randomUUID()}@example.org`;
    await call(
      inviteByEmailAction,
      identityOf(facilitator),
      workshop.slug,
      form({ emails: address, locale: "en", role: "OBSERVER", expiresInDays: 3 }),
    );
    await drain(transport);
    const message = await prisma.outboxMessage.findFirstOrThrow({ where: { to: address } });
    expect([message.status, message.attempts, message.text]).toEqual(["FAILED", 1, ""]);
    expect(message.lastError).toContain("No such mailbox");
    const event = await prisma.event.findFirstOrThrow({
      where: { workshopId: workshop.id, type: "invitation.delivery" },
    });
    expect(event.payload).toMatchObject({ status: "FAILED" });
    transport.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("forgets settled messages after a month, never waiting ones", async () => {
    const old = new Date(Date.now() - 40 * 24 * 3600_000);
    const base = { kind: "notification", locale: "en" as const, subject: "Old", text: "", html: "", createdAt: old };
    const sent = await prisma.outboxMessage.create({
      data: { ...base, to: `old-${randomUUID()}@x.org`, status: "SENT" },
    });
    const waiting = await prisma.outboxMessage.create({ data: { ...base, to: `wait-${randomUUID()}@x.org` } });
    expect(await pruneSettled()).toBeGreaterThanOrEqual(1);
    expect(await prisma.outboxMessage.count({ where: { id: sent.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { id: waiting.id } })).toBe(1);
    await prisma.outboxMessage.delete({ where: { id: waiting.id } });
  });

  it("takes a claim again once its lease has run out (an instance died mid-send)", async () => {
    const address = `lease-${randomUUID()}@example.org`;
    await enqueueMany([address]);
    const first = await claimDueMessages(1000, 50);
    expect(first.some((m) => m.to === address)).toBe(true);
    // Within the lease, nobody else gets it.
    expect((await claimDueMessages(1000, 50)).some((m) => m.to === address)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const again = await claimDueMessages(1000, 60_000);
    expect(again.find((m) => m.to === address)?.attempts).toBe(2);
  });
});
