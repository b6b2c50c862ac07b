import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { findUserByEmail } from "@/lib/accounts/data";
import { endSession, forgiveSignInAttempt, reserveSignInAttempt, startSession } from "@/lib/accounts/mutations";
import { decoyHash, verifyPassword } from "@/lib/accounts/password";
import { signInSchema } from "@/lib/accounts/schema";
import { clientAddress } from "@/lib/server/client-address";
import { log } from "@/lib/server/log";
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
  ],
  callbacks: {
    // The cookie names a session row (lib/auth/session.ts checks it on every request), so that
    // signing out ends the session on the server, not only in this browser.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await startSession(user.id, SESSION_MAX_AGE);
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
