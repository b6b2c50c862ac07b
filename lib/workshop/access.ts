import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/server/result";
import { findMembership, findWorkshopBySlug, type WorkshopRecord } from "./data";
import { can, type WorkshopAction } from "./policy";

export interface MemberContext {
  user: CurrentUser;
  workshop: WorkshopRecord;
  member: NonNullable<Awaited<ReturnType<typeof findMembership>>>;
}

/** For pages: non-members get a 404 (a workshop's existence is not disclosed), members without
 * the right a 403 page. */
export async function requireMember(slug: string, action: WorkshopAction = "workshop.view"): Promise<MemberContext> {
  const user = await requireUser();
  const workshop = await findWorkshopBySlug(slug);
  const member = workshop ? await findMembership(workshop.id, user.id) : null;
  if (!workshop || !member) notFound();
  if (!can(member, action)) forbidden();
  return { user, workshop, member };
}

/** For server actions (lib/server/action.ts): the same checks for a signed-in user, as typed
 * failures the form can show. */
export async function memberOf(user: CurrentUser, slug: string, action: WorkshopAction): Promise<MemberContext> {
  const workshop = await findWorkshopBySlug(slug);
  const member = workshop ? await findMembership(workshop.id, user.id) : null;
  if (!workshop || !member) throw new DomainError("errors.notFound");
  if (!can(member, action)) throw new DomainError("errors.forbidden");
  return { user, workshop, member };
}

/** For route handlers (streams, exports): a Response to return, or the member. */
export async function memberForRoute(slug: string): Promise<MemberContext | Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const workshop = await findWorkshopBySlug(slug);
  const member = workshop ? await findMembership(workshop.id, user.id) : null;
  if (!workshop || !member) return new Response("Not found", { status: 404 });
  return { user, workshop, member };
}
