import "server-only";
import { Prisma, prisma } from "@/lib/db/client";
import { canManageAnalysisSettings, type PlanMember } from "@/lib/industries/policy";
import { appendEvent } from "@/lib/live/events";
import { allow, type Actor } from "@/lib/server/actor";
import { DomainError } from "@/lib/server/result";
import { divisionInput } from "./data";
import { parseOptimiserInput } from "./input";
import { describe } from "./proposal";
import type { DivisionSettings } from "./schema";
import { solve, SolverError } from "./solve";

/**
 * The facilitator proposes a division of labour: the optimiser runs on the workshop's submitted
 * plans and economic base with these settings, and the input and result are stored, numbered,
 * for everyone. The solver runs before any write (a time-out leaves the previous proposal as the
 * newest); the number is taken under the workshop's advisory lock.
 */
export async function proposeDivision(
  actor: Actor<PlanMember>,
  settings: DivisionSettings,
): Promise<{ number: number }> {
  allow(canManageAnalysisSettings(actor.member));
  const input = await divisionInput(actor.workshopId, settings);
  if (input.plans.length === 0) throw new DomainError("errors.nothingToDivide");
  const parsed = parseOptimiserInput(input);
  if (!parsed.ok) throw new Error(`the workshop's data made an invalid optimiser input: ${parsed.errors.join("; ")}`);
  let output;
  try {
    output = describe(parsed.input, await solve(parsed.input));
  } catch (error) {
    if (error instanceof SolverError) throw new DomainError("errors.solverStopped");
    throw error;
  }
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`division:${actor.workshopId}`}))`;
    const last = await tx.divisionProposal.findFirst({
      where: { workshopId: actor.workshopId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.divisionProposal.create({
      data: {
        workshopId: actor.workshopId,
        number,
        input: parsed.input as unknown as Prisma.InputJsonObject,
        output: output as unknown as Prisma.InputJsonObject,
        createdById: actor.userId,
      },
    });
    await appendEvent(tx, {
      workshopId: actor.workshopId,
      actorId: actor.userId,
      type: "division.proposed",
      payload: { number },
    });
    return { number };
  });
}
