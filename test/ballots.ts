// Factories for the ballot integration tests: members as mutation actors, brand proposals and
// ballots created through the same schemas and mutations as the forms.
import { createBallot, openBallot } from "@/lib/ballots/ballot-mutations";
import { proposeBrand } from "@/lib/ballots/brand-mutations";
import type { Actor } from "@/lib/ballots/mutation-support";
import { ballotSchema, proposalSchema } from "@/lib/ballots/schema";
import type { Role } from "@/lib/db/generated/enums";
import { addMember, createWorkshopFixture, prisma } from "./db";

export async function actorFor(workshopId: string, role: Role, delegationId: string | null = null): Promise<Actor> {
  const user = await addMember(workshopId, role, delegationId);
  const member = await prisma.membership.findUniqueOrThrow({
    where: { workshopId_userId: { workshopId, userId: user.id } },
    select: { id: true, role: true, delegationId: true, userId: true },
  });
  return { userId: user.id, workshopId, member };
}

/** A workshop with three delegations (Alpha, Beta, Gamma), a facilitator actor and a lead of each. */
export async function ballotWorkshop() {
  const fixture = await createWorkshopFixture();
  const workshopId = fixture.workshop.id;
  const gamma = await prisma.delegation.create({ data: { workshopId, name: "Gamma", code: "GA", colour: "#654321" } });
  const [alpha, beta] = fixture.delegations;
  const chairMember = await prisma.membership.findUniqueOrThrow({
    where: { workshopId_userId: { workshopId, userId: fixture.facilitator.id } },
    select: { id: true, role: true, delegationId: true, userId: true },
  });
  const chair: Actor = { userId: fixture.facilitator.id, workshopId, member: chairMember };
  return { ...fixture, workshopId, alpha, beta, gamma, chair };
}

export async function brand(actor: Actor, nameEn: string, sponsorIds: string[] = []) {
  return proposeBrand(actor, proposalSchema.parse({ nameEn, industryCode: "36", sponsorIds }));
}

/** A ballot as the form would post it (FormData values), created and optionally opened. */
export async function ballot(
  chair: Actor,
  optionIds: string[],
  settings: Record<string, string> = {},
  { open = true }: { open?: boolean } = {},
) {
  const input = ballotSchema.parse({
    title: "Regional brand",
    method: "SCHULZE",
    weighting: "PER_VOTER",
    resultsVisibility: "LIVE",
    tieBreak: "NONE",
    secret: "on",
    ...settings,
    optionIds,
  });
  const { id } = await createBallot(chair, input);
  if (open) await openBallot(chair, id);
  return id;
}
