import "server-only";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, localeCookie, negotiateLocale, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

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
