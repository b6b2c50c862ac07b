// Notifications as three people live them: Heilongjiang's lead wants ballot reminders in the app
// only; the facilitator opens a ballot (both leads' bells ring without a reload) and sets it to
// close in half an hour; within moments each lead is reminded in the app, and Jilin's lead by
// email too; she opens the reminder (read, on the ballot), then stops those emails with the
// one-click link from the message, and her settings show it. The ballot's closing time reaches
// her calendar, as a download and through her private feed (read with a real iCalendar parser).
import { expect, test, type Page } from "@playwright/test";
import ical, { type VEvent } from "node-ical";
import { screenshot } from "./support/app";
import { createBallot, openBrands, proposeBrand, setVoting, type Brand } from "./support/ballots";
import { en } from "./support/i18n";
import { linkInMailbox, mailCount } from "./support/mail";
import { setUpTwoDelegations } from "./support/plans";

const RICE: Brand = { en: "Northeast Rice", zh: "东北大米", industry: { query: "13", code: "13" } };
const SNOW: Brand = { en: "Ice and Snow", zh: "冰雪", industry: { query: "13", code: "13" } };

const bell = (page: Page) => page.getByTestId("notification-bell");

/** A property's text: node-ical gives a parameterised property as { val, params }. */
const valueOf = (value: unknown) => (typeof value === "string" ? value : (value as { val: string }).val);

function eventsIn(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === "VEVENT");
}

/** "YYYY-MM-DDTHH:MM" in the browsers' zone (Asia/Shanghai, playwright.config.ts), `minutes` from now. */
function shanghaiInput(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);
}

test("ballot notifications reach the bell live, reminders follow each lead's channels, one click unsubscribes, the calendar has the time", async ({
  browser,
}) => {
  const room = await setUpTwoDelegations(browser);
  const f = room.facilitator.page;
  const a = room.leadA.page;
  const b = room.leadB.page;

  // Heilongjiang's lead: ballot reminders in the app, not by email.
  await b.goto("/account");
  const settings = b.getByRole("form", { name: en("notifications.settings") });
  await settings
    .getByRole("checkbox", { name: `${en("notifications.kinds.BALLOT_CLOSING")}: ${en("notifications.prefs.email")}` })
    .uncheck();
  await settings.getByRole("button", { name: en("notifications.prefs.save") }).click();
  await expect(settings.getByRole("status")).toHaveText(en("notifications.prefs.saved"));
  await screenshot(b, "en-account-notifications");

  // Both leads wait on the workshop's pages; the facilitator opens a ballot.
  await openBrands(a, room.slug);
  await openBrands(b, room.slug);
  await expect(bell(a)).toHaveAttribute("data-unread", "0");
  await openBrands(f, room.slug);
  await proposeBrand(f, RICE, [room.a.name]);
  await proposeBrand(f, SNOW, [room.b.name]);
  const title = `Regional brand ${Date.now().toString(36)}`;
  await createBallot(f, { title, brands: [RICE, SNOW], method: "PLURALITY", resultsVisibility: "LIVE", secret: true });
  await setVoting(f, "OPEN");
  for (const page of [a, b]) {
    await expect(bell(page)).toHaveAttribute("data-unread", "1");
    await expect(bell(page)).toHaveAccessibleName(en("notifications.bell", { count: 1 }));
  }

  // Closing in half an hour: within everyone's lead time (60 minutes by default).
  const closing = f.getByRole("form", { name: en("ballots.closingTime") });
  const closesAt = shanghaiInput(30);
  await closing.getByLabel(en("ballots.fields.closesAt")).fill(closesAt);
  await closing.getByRole("button", { name: en("ballots.setClosingTime") }).click();
  for (const page of [a, b]) await expect(bell(page)).toHaveAttribute("data-unread", "2", { timeout: 20_000 });

  await bell(a).click();
  await a.waitForURL("/notifications");
  const reminder = a
    .getByTestId("notification")
    .filter({ hasText: new RegExp(`“${title}” closes in (29|30) minutes`) });
  await expect(reminder).toHaveAttribute("data-read", "false");
  await expect(a.getByTestId("notification").filter({ hasText: `Voting is open: “${title}”` })).toBeVisible();
  await a.setViewportSize({ width: 390, height: 844 });
  await screenshot(a, "phone-notifications");
  await reminder.getByRole("link").click();
  await a.waitForURL((url) => url.pathname.includes("/ballots/"));
  await expect(bell(a)).toHaveAttribute("data-unread", "1");

  // The ballot's closing time in a calendar, parsed by a real iCalendar parser: the instant the
  // facilitator typed in Shanghai time.
  const closingInstant = new Date(`${closesAt}:00+08:00`).toISOString();
  const download = await a.request.get((await a.getByTestId("ballot-ics").getAttribute("href"))!);
  const [item] = eventsIn(await download.text());
  expect(valueOf(item!.summary)).toBe(en("calendar.votingCloses", { ballot: title }));
  expect(item!.start.toISOString()).toBe(closingInstant);

  // By email: Jilin's lead got the reminder; Heilongjiang's lead, who asked for none, did not.
  const subject = new RegExp(`closes in (29|30) minutes`);
  const reminderMails = async (address: string) => {
    await b.goto("/dev/mailbox");
    return b.getByTestId("mailbox-message").filter({ hasText: address }).filter({ hasText: subject }).count();
  };
  await expect.poll(() => reminderMails(room.leadA.account.email)).toBe(1);
  expect(await reminderMails(room.leadB.account.email)).toBe(0);
  expect(await mailCount(b, room.leadB.account.email)).toBeGreaterThan(0); // the "voting is open" one

  // One click from the message stops those emails.
  const unsubscribe = await linkInMailbox(a, room.leadA.account.email, `[`, "/unsubscribe/");
  await a.goto(unsubscribe);
  await expect(
    a.getByText(en("notifications.unsubscribe.question", { kind: en("notifications.kinds.BALLOT_CLOSING") })),
  ).toBeVisible();
  await a.getByRole("button", { name: en("notifications.unsubscribe.confirm") }).click();
  await expect(a.getByRole("status")).toHaveText(en("notifications.unsubscribe.done"));
  await a.goto("/account");
  await expect(
    a.getByRole("checkbox", {
      name: `${en("notifications.kinds.BALLOT_CLOSING")}: ${en("notifications.prefs.email")}`,
    }),
  ).not.toBeChecked();

  // The facilitator plans a plenary in two hours, for 45 minutes.
  await f.goto(`/w/${room.slug}/session`);
  await f.getByText(en("session.agenda.add"), { exact: true }).first().click();
  const agendaForm = f.getByRole("form", { name: en("session.agenda.add") });
  await agendaForm.getByLabel(en("session.agenda.fields.title")).fill("Plenary");
  await agendaForm.getByLabel(en("session.agenda.fields.plannedMinutes")).fill("45");
  const plenary = shanghaiInput(120);
  await agendaForm.getByLabel(en("session.agenda.fields.startsAt")).fill(plenary);
  await agendaForm.getByRole("button", { name: en("session.agenda.add") }).click();
  await expect(f.getByTestId("agenda")).toContainText("Plenary");
  await expect(f.getByTestId("agenda-ics")).toBeVisible();
  await screenshot(f, "en-session-agenda-planned");

  // Her private calendar link: every workshop's agenda and ballot times, read as a calendar app would.
  await a.getByRole("button", { name: en("calendar.create") }).click();
  const feedUrl = await a.getByTestId("calendar-link").inputValue();
  const feed = await a.context().request.get(feedUrl);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const feedEvents = eventsIn(await feed.text());
  const voting = feedEvents.find((event) => valueOf(event.summary).includes(title));
  expect(voting?.start.toISOString()).toBe(closingInstant);
  const agenda = feedEvents.find((event) => valueOf(event.summary) === en("calendar.agendaItem", { item: "Plenary" }));
  const plenaryStart = new Date(`${plenary}:00+08:00`).getTime();
  expect([agenda?.start.getTime(), agenda?.end?.getTime()]).toEqual([plenaryStart, plenaryStart + 45 * 60_000]);
  // Replaced, the old link stops working.
  await a.getByRole("button", { name: en("calendar.replace") }).click();
  await expect(a.getByTestId("calendar-link")).not.toHaveValue(feedUrl);
  expect((await a.context().request.get(feedUrl)).status()).toBe(404);
  await room.close();
});
