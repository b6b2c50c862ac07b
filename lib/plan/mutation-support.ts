import "server-only";
import type { NegotiationMember } from "./policy";
import type { Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<NegotiationMember>;

/** Another domain's actor acting on the plan (a cost-sharing clause, a division of labour's
 * clauses): the plan's mutations and policy read the member's user id from the membership. */
export function asPlanActor(actor: BaseActor<Omit<NegotiationMember, "userId">>): Actor {
  return { userId: actor.userId, workshopId: actor.workshopId, member: { ...actor.member, userId: actor.userId } };
}
