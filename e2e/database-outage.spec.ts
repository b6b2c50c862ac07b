// A database outage during a live vote (issue 23): while PostgreSQL is stopped, a voter who casts
// is told, in their language, that the database is unavailable and that the vote did not count;
// when PostgreSQL is back, the same page (no reload) casts again and shows pushed turnout again.
//
// The spec stops a database, so it runs on one of its own: a temporary embedded PostgreSQL with the
// demo seeded, served by an app instance of its own (e2e/support/instance.ts). The shared e2e
// server and its database are not touched.
import { expect, test } from "@playwright/test";
import { DEMO_SLUG, demo, screenshot, signedInAs, type Person } from "./support/app";
import { castVote, rankingButton, setVoting } from "./support/ballots";
import { t, type Lang } from "./support/i18n";
import { startDemoInstance, type DemoInstance } from "./support/demo-instance";

test.describe.configure({ mode: "serial" });

let demoInstance: DemoInstance | null = null;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demoInstance = await startDemoInstance("roundtable-outage-");
});

test.afterAll(async () => {
  await demoInstance?.dispose();
});

test.afterEach(async ({}, testInfo) => {
  if (demoInstance && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach("app-instance.log", { body: demoInstance.instance.output(), contentType: "text/plain" });
});

/** The demo ballot's page, and the voters' language: the Heilongjiang lead reads Chinese. */
async function prepareDemo(demo: DemoInstance): Promise<string> {
  await demo.query(`UPDATE "User" SET locale = 'zh_CN' WHERE email = $1`, [HEILONGJIANG_LEAD]);
  const [ballot] = await demo.query<{ id: string }>(
    `SELECT b.id FROM "Ballot" b JOIN "Workshop" w ON w.id = b."workshopId" WHERE w.slug = $1`,
    [DEMO_SLUG],
  );
  return `/w/${DEMO_SLUG}/ballots/${ballot!.id}`;
}

const LIAONING_LEAD = "liaoning.lead@roundtable.demo";
const HEILONGJIANG_LEAD = "heilongjiang.lead@roundtable.demo";

const voteForm = (person: Person, lang: Lang) => person.page.getByRole("form", { name: t(lang, "ballots.vote.title") });

/** How many have voted, from the page's turnout table (pushed, never re-rendered by the server). */
function votedIn(person: Person, delegation: string) {
  return person.page
    .getByTestId("turnout")
    .getByRole("row")
    .filter({ has: person.page.getByRole("rowheader", { name: delegation, exact: true }) })
    .getByRole("cell")
    .first();
}

test("with PostgreSQL stopped a vote is refused as not counted, in the voter's language; when it is back the same pages vote and update again without a reload", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const own = demoInstance!.instance;
  const database = demoInstance!.database;
  const path = await prepareDemo(demoInstance!);
  const facilitator = await signedInAs(browser, demo.facilitator.email, { baseURL: own.baseURL });
  await facilitator.page.goto(path);
  await setVoting(facilitator.page, "OPEN");

  const voters: Array<{ person: Person; lang: Lang; delegation: string; first: string }> = [
    {
      person: await signedInAs(browser, LIAONING_LEAD, { baseURL: own.baseURL }),
      lang: "en",
      delegation: "Liaoning",
      first: "Northeast Rice",
    },
    {
      person: await signedInAs(browser, HEILONGJIANG_LEAD, { baseURL: own.baseURL }),
      lang: "zh-CN",
      delegation: "Heilongjiang",
      first: "东北冰雪",
    },
  ];
  const other = await signedInAs(browser, demo.jilinLead.email, { baseURL: own.baseURL });
  for (const { person, lang } of [...voters, { person: other, lang: "en" as const }]) {
    await person.page.goto(path);
    await expect(person.page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
  }

  await test.step("a first vote counts", async () => {
    for (const { person, lang, first } of voters) {
      await person.page.evaluate(() => ((window as unknown as { marker: string }).marker = "no reload"));
      await rankingButton(person.page, "add", first, lang).click();
      await castVote(person.page, { lang });
    }
  });

  await test.step("PostgreSQL stops: a cast says, in the voter's language, that the vote did not count", async () => {
    await database.stop();
    for (const { person, lang } of voters) {
      await person.page.getByRole("button", { name: t(lang, "ballots.vote.change") }).click();
      await expect(voteForm(person, lang).getByRole("alert")).toHaveText(t(lang, "ballots.vote.notCounted"));
      // The earlier "recorded" does not stand beside it.
      await expect(person.page.getByTestId("vote-status")).toHaveText("");
      await screenshot(person.page, `database-outage-vote-${lang}`);
    }
    // A page that reconnects its stream meanwhile is told to retry, not given a server error.
    const stream = await voters[0]!.person.page.request.get(`${own.baseURL}/api/w/${DEMO_SLUG}/events`);
    expect(stream.status()).toBe(503);
  });

  await test.step("PostgreSQL is back: another delegate's vote reaches the pages, which vote again", async () => {
    await database.start();
    // The other delegate's page was open during the outage; its first cast after it may still
    // meet a connection the pool has not yet replaced.
    await rankingButton(other.page, "add", "Northeast Automobiles").click();
    await expect(async () => {
      await other.page.getByRole("button", { name: t("en", "ballots.vote.cast") }).click();
      await expect(other.page.getByTestId("vote-status")).toHaveText(t("en", "ballots.vote.recorded"), {
        timeout: 5_000,
      });
    }).toPass({ timeout: 60_000 });
    for (const { person, lang } of voters) {
      // The demo's names in the reader's language (its glossary).
      await expect(votedIn(person, lang === "en" ? "Jilin" : "吉林")).toHaveText("1", { timeout: 30_000 });
      await castVote(person.page, { change: true, lang });
      await expect(voteForm(person, lang).getByRole("alert")).toHaveCount(0);
      expect(await person.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("no reload");
    }
  });

  // Every acknowledged vote is there, once per voter.
  const [counted] = await demoInstance!.query<{ voters: number }>(
    `SELECT count(*)::int AS voters FROM "BallotParticipation" p JOIN "Ballot" b ON b.id = p."ballotId"
      JOIN "Workshop" w ON w.id = b."workshopId" WHERE w.slug = $1`,
    [DEMO_SLUG],
  );
  expect(counted!.voters).toBe(3);
  for (const person of [facilitator, other, ...voters.map((voter) => voter.person)]) await person.context.close();
});
