// The workshop the authorisation sweep and the action fuzz test attack: every role, and one object
// of every kind owned by someone else (delegation Beta, or the facilitators), each created through
// its declared action as its rightful owner, so the objects are exactly what the app makes.
import type { CurrentUser } from "@/lib/auth/session";
import * as accounts from "@/lib/accounts/actions";
import * as ballots from "@/lib/ballots/actions";
import * as calendar from "@/lib/calendar/actions";
import * as costs from "@/lib/costs/actions";
import * as glossary from "@/lib/glossary/actions";
import * as industries from "@/lib/industries/actions";
import * as plan from "@/lib/plan/actions";
import * as planSettings from "@/lib/plan/settings-actions";
import * as optimiser from "@/lib/optimiser/actions";
import * as ratify from "@/lib/ratify/actions";
import type { DeclaredAction, Identity } from "@/lib/server/action";
import type { ActionResult } from "@/lib/server/result";
import * as notifications from "@/lib/notifications/actions";
import * as session from "@/lib/session/actions";
import * as verifiable from "@/lib/verifiable/actions";
import * as workshop from "@/lib/workshop/actions";
import { addMember, createUser, createWorkshopFixture, prisma } from "./db";

/** Every module of declared actions; the sweep fails on an export that is not declared. */
export const actionModules = {
  accounts,
  ballots,
  calendar,
  costs,
  glossary,
  industries,
  notifications,
  optimiser,
  plan,
  planSettings,
  ratify,
  session,
  verifiable,
  workshop,
};

export const roles = [
  "facilitator",
  "coFacilitator",
  "lead",
  "delegate",
  "observer",
  "nonMember",
  "signedOut",
] as const;
export type SweepRole = (typeof roles)[number];

/** FormData as a form posts it: arrays become repeated fields. */
export function form(values: Record<string, string | number | boolean | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, String(item));
  }
  return data;
}

export const identityOf =
  (user: { id: string; name: string; email: string } | null): Identity =>
  async () =>
    user ? ({ ...user, locale: "en" } satisfies CurrentUser) : null;

type AnyAction = DeclaredAction<never[], object>;

/** Runs a declared action as `who`, through the same builder as a request (lib/server/action.ts). */
export async function call(action: unknown, who: Identity, ...args: unknown[]) {
  return (action as AnyAction).declaration.execute(who, args);
}

async function must<T extends object = object>(result: Promise<ActionResult<object>>): Promise<T> {
  const outcome = await result;
  if (!outcome.ok) throw new Error(`fixture step failed: ${JSON.stringify(outcome)}`);
  return outcome as unknown as T;
}

export async function sweepWorkshop() {
  const base = await createWorkshopFixture();
  const workshopId = base.workshop.id;
  const slug = base.workshop.slug;
  const [alpha, beta] = base.delegations;
  const users = {
    facilitator: base.facilitator,
    coFacilitator: await addMember(workshopId, "CO_FACILITATOR"),
    lead: await addMember(workshopId, "LEAD_DELEGATE", alpha.id),
    delegate: await addMember(workshopId, "DELEGATE", alpha.id),
    observer: await addMember(workshopId, "OBSERVER"),
    nonMember: await createUser("Outsider"),
    betaLead: await addMember(workshopId, "LEAD_DELEGATE", beta.id),
    betaDelegate: await addMember(workshopId, "DELEGATE", beta.id),
  };
  const as = {
    facilitator: identityOf(users.facilitator),
    coFacilitator: identityOf(users.coFacilitator),
    lead: identityOf(users.lead),
    delegate: identityOf(users.delegate),
    observer: identityOf(users.observer),
    nonMember: identityOf(users.nonMember),
    signedOut: identityOf(null),
    betaLead: identityOf(users.betaLead),
    betaDelegate: identityOf(users.betaDelegate),
  };
  const chair = as.facilitator;

  // Beta's plan: an entry, then everything the later phases build on.
  const entry = await must<{ id: string }>(
    call(
      industries.createEntryAction,
      as.betaLead,
      slug,
      beta.id,
      form({ industryCode: "36", horizon: "MEDIUM", priority: 3, hubCities: "Jilin" }),
    ),
  );
  await must(
    call(
      industries.saveReferenceAction,
      chair,
      slug,
      form({ industryCode: "36", horizon: "MEDIUM", value: 10, unit: "bn CNY" }),
    ),
  );
  const reference = await prisma.regionalReference.findFirstOrThrow({ where: { workshopId } });
  await must(
    call(
      industries.saveClusterAction,
      chair,
      slug,
      form({ name: "Hub", coreCity: "Changchun", memberCities: "", industryCodes: ["36"] }),
    ),
  );
  const cluster = await prisma.cityCluster.findFirstOrThrow({ where: { workshopId } });
  const section = await must<{ id: string }>(
    call(planSettings.addSectionAction, chair, slug, form({ title: "Spare" })),
  );
  const objective = await must<{ id: string }>(
    call(planSettings.addObjectiveAction, chair, slug, form({ code: "O1", title: "Objective" })),
  );
  const planSection = await prisma.planSection.findFirstOrThrow({
    where: { workshopId },
    orderBy: { position: "asc" },
  });
  const clause = await must<{ id: string }>(
    call(
      plan.proposeClauseAction,
      as.betaLead,
      slug,
      form({ sectionId: planSection.id, title: "Beta's clause", text: "Text", horizon: "MEDIUM" }),
    ),
  );
  const amendment = await must<{ id: string }>(
    call(
      plan.proposeAmendmentAction,
      as.betaLead,
      slug,
      form({ clauseId: clause.id, baseVersion: 1, text: "Better text" }),
    ),
  );
  const draftStance = await must<{ id: string }>(
    call(
      plan.recordStanceAction,
      as.betaDelegate,
      slug,
      form({ clauseId: clause.id, delegationId: beta.id, position: "SUPPORT", mode: "proposed" }),
    ),
  );
  const service = await must<{ id: string }>(
    call(
      costs.createServiceAction,
      chair,
      slug,
      form({
        name: "Lab",
        currency: "CNY",
        annualCost: "100",
        "components.0.basis": "EQUAL",
        "components.0.weight": "100",
      }),
    ),
  );
  const brand = await must<{ id: string }>(
    call(ballots.proposeBrandAction, as.betaLead, slug, form({ nameEn: "Beta brand", industryCode: "36" })),
  );
  const freeBrand = await must<{ id: string }>(
    call(ballots.proposeBrandAction, as.betaLead, slug, form({ nameEn: "Beta's second brand", industryCode: "36" })),
  );
  const otherBrand = await must<{ id: string }>(
    call(
      ballots.proposeBrandAction,
      chair,
      slug,
      form({ nameEn: "Chair brand", industryCode: "36", sponsorIds: [alpha.id] }),
    ),
  );
  const ballotForm = {
    title: "Which brand",
    method: "PLURALITY",
    weighting: "PER_VOTER",
    resultsVisibility: "LIVE",
    tieBreak: "NONE",
    optionIds: [brand.id, otherBrand.id],
  };
  const draftBallot = await must<{ id: string }>(call(ballots.createBallotAction, chair, slug, form(ballotForm)));
  const openBallot = await must<{ id: string }>(
    call(ballots.createBallotAction, chair, slug, form({ ...ballotForm, title: "Open" })),
  );
  await must(call(ballots.openBallotAction, chair, slug, openBallot.id));
  const item = await must<{ id: string }>(
    call(session.addAgendaItemAction, chair, slug, form({ title: "Opening", plannedMinutes: 10 })),
  );
  const question = await must<{ id: string }>(
    call(session.askQuestionAction, as.betaLead, slug, form({ body: "Why?" })),
  );
  await must(call(session.raiseHandAction, as.betaLead, slug));
  const betaLeadMember = await prisma.membership.findUniqueOrThrow({
    where: { workshopId_userId: { workshopId, userId: users.betaLead.id } },
  });
  const { code } = await must<{ code: string }>(call(session.rotateJoinCodeAction, chair, slug));
  const applicant = await createUser("Applicant");
  await must(call(session.requestToJoinAction, identityOf(applicant), form({ code })));
  const joinRequest = await prisma.joinRequest.findFirstOrThrow({ where: { workshopId } });
  await must(call(workshop.createInvitationAction, chair, slug, form({ role: "OBSERVER", expiresInDays: 7 })));
  const invitation = await prisma.invitation.findFirstOrThrow({ where: { workshopId } });
  const frozen = await must<{ number: number; hash: string }>(call(ratify.freezePlanAction, chair, slug));
  const version = await prisma.planVersion.findFirstOrThrow({ where: { workshopId, number: frozen.number } });
  const rule = await prisma.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { version: true } });

  return {
    slug,
    workshopId,
    /** A valid plan file: refused for its destination, never for its content. */
    csv: "industry_code,industry_name,horizon,target_value,target_unit,investment_amount,investment_currency,hub_cities,priority,rationale,cluster\r\n36,,MEDIUM,,,,,Jilin,1,,\r\n",
    alpha,
    beta,
    as,
    users,
    ids: {
      entry: entry.id,
      reference: reference.id,
      cluster: cluster.id,
      section: section.id,
      planSection: planSection.id,
      objective: objective.id,
      clause: clause.id,
      amendment: amendment.id,
      draftStance: draftStance.id,
      service: service.id,
      brand: brand.id,
      freeBrand: freeBrand.id,
      draftBallot: draftBallot.id,
      openBallot: openBallot.id,
      item: item.id,
      question: question.id,
      betaLeadMember: betaLeadMember.id,
      joinRequest: joinRequest.id,
      invitation: invitation.id,
      workshopVersion: rule.version,
      planVersion: version.id,
      planHash: version.hash,
    },
  };
}
export type Sweep = Awaited<ReturnType<typeof sweepWorkshop>>;

/** A digest of every table's rows: equal before and after means the call wrote nothing. Two
 * exceptions by design: a wrong guess is counted to throttle the next ones (a join code in
 * SignInFailure, a current password in ThrottleHit); and Presence is written by the live streams' heartbeat (which also expires other
 * instances' stale rows), never by an action, at any moment a stream's process is alive. */
export async function databaseDigest(): Promise<string> {
  const tables = await prisma.$queryRaw<Array<{ name: string }>>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'SignInFailure', 'ThrottleHit', 'Presence')
    ORDER BY tablename`;
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${name}" x`,
  );
  const rows = await prisma.$queryRawUnsafe<Array<{ t: string; h: string }>>(parts.join(" UNION ALL "));
  // UNION ALL returns its parts in no set order (a parallel append reorders them): sort them.
  return rows
    .map((row) => `${row.t}:${row.h}`)
    .sort()
    .join(",");
}
