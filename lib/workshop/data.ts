import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";

export type WorkshopRecord = NonNullable<Awaited<ReturnType<typeof findWorkshopBySlug>>>;

export const findWorkshopBySlug = cache((slug: string) => prisma.workshop.findUnique({ where: { slug } }));

export const findMembership = cache((workshopId: string, userId: string) =>
  prisma.membership.findUnique({
    where: { workshopId_userId: { workshopId, userId } },
    select: { id: true, role: true, delegationId: true, userId: true, workshopId: true },
  }),
);

export function listWorkshopsOf(userId: string) {
  return prisma.membership.findMany({
    where: { userId },
    orderBy: { workshop: { updatedAt: "desc" } },
    select: {
      role: true,
      delegation: { select: { name: true } },
      workshop: {
        select: {
          id: true,
          slug: true,
          title: true,
          region: true,
          phase: true,
          _count: { select: { delegations: true, memberships: true } },
        },
      },
    },
  });
}

export function listDelegations(workshopId: string) {
  return prisma.delegation.findMany({ where: { workshopId }, orderBy: [{ createdAt: "asc" }, { name: "asc" }] });
}

export function listMembers(workshopId: string) {
  return prisma.membership.findMany({
    where: { workshopId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      role: true,
      delegationId: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}

export function listInvitations(workshopId: string) {
  return prisma.invitation.findMany({
    where: { workshopId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      role: true,
      note: true,
      expiresAt: true,
      revokedAt: true,
      acceptedAt: true,
      createdAt: true,
      email: true,
      delegation: { select: { name: true } },
      acceptedBy: { select: { name: true } },
      // The latest message is the one that carries the working link.
      messages: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { status: true, attempts: true, lastError: true, sentAt: true },
      },
    },
  });
}

export function findInvitationByTokenHash(tokenHash: string) {
  return prisma.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      role: true,
      expiresAt: true,
      revokedAt: true,
      acceptedAt: true,
      workshop: { select: { id: true, slug: true, title: true, region: true } },
      delegation: { select: { name: true } },
    },
  });
}
