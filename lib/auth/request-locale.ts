import "server-only";
import { cookies, headers } from "next/headers";
import { isLocale, localeCookie, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translate";
import { getCurrentUser } from "./session";

// The language of this request. It lives with the session (it reads the signed-in user) rather
// than in lib/i18n, which stays below lib/auth: lib/auth uses its locales, never the reverse.

/** The user's saved choice, else the cookie (signed-out pages), else the browser's languages. */
export async function getLocale(): Promise<Locale> {
  const user = await getCurrentUser();
  if (user) return user.locale;
  const cookie = (await cookies()).get(localeCookie)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

export async function getTranslator(): Promise<Translate> {
  return createTranslator(await getLocale());
}
