import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { findUserByEmail } from "@/lib/accounts/data";
import { endSession, forgiveSignInAttempt, reserveSignInAttempt, startSession } from "@/lib/accounts/mutations";
import { decoyHash, verifyPassword } from "@/lib/accounts/password";
import { resolveOidcUser, userOfIdentity } from "@/lib/accounts/oidc-mutations";
import { signInSchema } from "@/lib/accounts/schema";
import { clientAddress } from "@/lib/server/client-address";
import { log } from "@/lib/server/log";
import { emailVerified, nextAuthProviders, ssoProvider, type OidcProfile } from "./oidc-providers";
import { authSecret } from "./secret";

// Error codes the sign-in form knows how to translate. Anything else reads as "wrong".
export const SIGN_IN_RATE_LIMITED = "RateLimited";

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const forwarded = request?.headers?.["x-forwarded-for"];
        const address = clientAddress(Array.isArray(forwarded) ? forwarded.join(",") : forwarded);
        const attempt = await reserveSignInAttempt(email, address);
        if (!attempt) {
          log("warn", "sign-in rate limited", { email, address });
          throw new Error(SIGN_IN_RATE_LIMITED);
        }
        const user = await findUserByEmail(email);
        const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
        if (!user || !valid) {
          log("info", "sign-in failed", { email, address });
          return null;
        }
        await forgiveSignInAttempt(email, attempt);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...nextAuthProviders(),
  ],
  callbacks: {
    // Single sign-on: link or create the account (lib/accounts/oidc-mutations.ts), or send the
    // person back to the sign-in page with the reason.
    async signIn({ account, profile }) {
      if (account?.type !== "oauth") return true;
      const provider = ssoProvider(account.provider);
      if (!provider) return "/sign-in?error=SsoRefused";
      const claims = profile as OidcProfile | undefined;
      const outcome = await resolveOidcUser(
        {
          provider: provider.id,
          subject: account.providerAccountId,
          email: claims?.email,
          emailVerified: emailVerified(claims),
          name: claims?.name ?? claims?.preferred_username,
        },
        provider.allowSignUp,
      );
      if ("refused" in outcome) {
        log("info", "sso: refused", { provider: provider.id, reason: outcome.refused });
        return `/sign-in?error=${outcome.refused === "noAccount" ? "SsoNoAccount" : "SsoUnverified"}`;
      }
      return true;
    },
    // The cookie names a session row (lib/auth/session.ts checks it on every request), so that
    // signing out ends the session on the server, not only in this browser.
    async jwt({ token, user, account }) {
      if (user) {
        // A single sign-on's `user` is the provider's person: ours is the one its identity links to.
        const userId =
          account?.type === "oauth" ? await userOfIdentity(account.provider, account.providerAccountId) : user.id;
        if (!userId) throw new Error("sso: identity not linked");
        token.sub = userId;
        token.sid = await startSession(userId, SESSION_MAX_AGE);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        (session.user as { id?: string }).id = token.sub;
        (session as { sid?: unknown }).sid = token.sid;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
};
