// Helpers for integration tests: the real database of the run (see test/integration-global-setup.ts)
// and small factories. No mocks: everything goes through PostgreSQL.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { createWorkshop } from "@/lib/workshop/mutations";
import type { Role } from "@/lib/db/generated/enums";
import { delegationSchema, invitationSchema } from "@/lib/workshop/schema";

/** Inputs go through the same zod schemas as the forms. */
export const delegationInput = (name: string, code: string, colour = "#000000") =>
  delegationSchema.parse({ name, code, colour });
export const invitationInput = (role: Role, delegationId?: string, expiresInDays = 7) =>
  invitationSchema.parse({ role, delegationId, expiresInDays, note: "" });

export { prisma };

export async function createUser(name = "User") {
  return prisma.user.create({
    data: { email: `${randomUUID()}@test.example`, name, passwordHash: "scrypt$unused" },
    select: { id: true, name: true, email: true },
  });
}

/** A workshop with a facilitator and two delegations, as the facilitator would set it up. */
export async function createWorkshopFixture() {
  const facilitator = await createUser("Facilitator");
  const { slug } = await createWorkshop(facilitator.id, {
    title: "Test workshop",
    region: "Test region",
    description: "",
    mediumFrom: 2026,
    mediumTo: 2030,
    longFrom: 2026,
    longTo: 2040,
    consensusRule: "UNANIMITY",
    minSupport: 1,
    majorityShare: undefined,
    doubleMajority: false,
  });
  const workshop = await prisma.workshop.findUniqueOrThrow({ where: { slug } });
  const [a, b] = await Promise.all(
    ["Alpha", "Beta"].map((name) =>
      prisma.delegation.create({
        data: { workshopId: workshop.id, name, code: name.slice(0, 2).toUpperCase(), colour: "#123456" },
      }),
    ),
  );
  return { workshop, facilitator, delegations: [a!, b!] as const };
}

export async function addMember(workshopId: string, role: Role, delegationId: string | null = null) {
  const user = await createUser(role);
  await prisma.membership.create({ data: { workshopId, userId: user.id, role, delegationId } });
  return user;
}
