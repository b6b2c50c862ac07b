import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { findUserBySession } from "@/lib/accounts/data";
import { fromDbLocale, type Locale } from "@/lib/i18n/locales";
import { safeCallbackUrl } from "./callback-url";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  /** The session this request is signed in with (absent for a test's chosen user). */
  sessionId?: string;
}

/** The signed-in user, re-read from the database with their session: a session ended by signing
 * out, or a deleted account, is signed out at once, whatever cookie the request carries. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (!id || typeof sid !== "string") return null;
  const user = await findUserBySession(id, sid);
  return user ? { ...user, locale: fromDbLocale(user.locale), sessionId: sid } : null;
});

/** Signed out, to /sign-in, with the page that was asked for to come back to (set by proxy.ts). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const back = safeCallbackUrl((await headers()).get("x-request-path") ?? undefined, "/");
    redirect(back === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  return user;
}
