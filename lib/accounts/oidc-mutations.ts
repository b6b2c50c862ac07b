import "server-only";
import { randomBytes } from "node:crypto";
import { prisma, Prisma } from "@/lib/db/client";
import { normaliseEmail } from "./rate-limit";

// Who a single sign-on is, in Roundtable's terms. An identity already linked signs its user in.
// Otherwise the provider's email must be verified: it links to the account with that address
// (the provider vouches for the mailbox, as a password reset would), or creates one when the
// provider may create accounts. Without a verified email, nobody is signed in: an unverified
// address would let anyone who can set their email at a provider take over an account.

export interface OidcClaims {
  provider: string;
  subject: string;
  email?: string | null;
  emailVerified: boolean;
  name?: string | null;
}

export type OidcOutcome = { userId: string; created: boolean } | { refused: "emailNotVerified" | "noAccount" };

/** A stored password form that no password matches (lib/accounts/password.ts verifies only
 * "scrypt$…"): the account signs in through its provider, or after a password reset. */
const NO_PASSWORD = () => `sso$${randomBytes(16).toString("base64url")}`;

export async function resolveOidcUser(claims: OidcClaims, allowSignUp: boolean): Promise<OidcOutcome> {
  const key = { provider: claims.provider, subject: claims.subject };
  const linked = await prisma.userIdentity.findUnique({ where: { provider_subject: key }, select: { userId: true } });
  if (linked) return { userId: linked.userId, created: false };
  if (!claims.email || !claims.emailVerified) return { refused: "emailNotVerified" };
  const email = normaliseEmail(claims.email);
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (!existing && !allowSignUp) return { refused: "noAccount" as const };
      const user =
        existing ??
        (await tx.user.create({
          data: { email, name: claims.name?.trim().slice(0, 100) || email, passwordHash: NO_PASSWORD() },
          select: { id: true },
        }));
      await tx.userIdentity.create({ data: { ...key, userId: user.id } });
      return { userId: user.id, created: !existing };
    });
  } catch (error) {
    // The same person signing in twice at once: the other request linked (or created) first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.userIdentity.findUnique({
        where: { provider_subject: key },
        select: { userId: true },
      });
      if (winner) return { userId: winner.userId, created: false };
    }
    throw error;
  }
}

/** The user an identity signs in (after resolveOidcUser linked it). */
export async function userOfIdentity(provider: string, subject: string): Promise<string | null> {
  const identity = await prisma.userIdentity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { userId: true },
  });
  return identity?.userId ?? null;
}
