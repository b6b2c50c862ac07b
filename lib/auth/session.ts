import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { findUserById } from "@/lib/accounts/data";
import { fromDbLocale, type Locale } from "@/lib/i18n/locales";
import { safeCallbackUrl } from "./callback-url";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/** The signed-in user, re-read from the database (a deleted account loses its session at once). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await findUserById(id);
  return user ? { ...user, locale: fromDbLocale(user.locale) } : null;
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
