"use server";

import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { localeCookie } from "@/lib/i18n/locales";
import { getLocale } from "@/lib/i18n/server";
import { invalid, type ActionResult } from "@/lib/server/result";
import { runAction } from "@/lib/server/run-action";
import { createUser, setUserLocale } from "./mutations";
import { localeSchema, signUpSchema } from "./schema";

export async function signUpAction(formData: FormData): Promise<ActionResult> {
  return runAction("signUp", async () => {
    const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error);
    await createUser({ ...parsed.data, locale: await getLocale() });
    return { ok: true };
  });
}

/** Kept per user in the database, and in a cookie for pages before sign-in. */
export async function setLocaleAction(locale: string): Promise<ActionResult> {
  return runAction("setLocale", async () => {
    const parsed = localeSchema.safeParse({ locale });
    if (!parsed.success) return invalid(parsed.error);
    const user = await getCurrentUser();
    if (user) await setUserLocale(user.id, parsed.data.locale);
    (await cookies()).set(localeCookie, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return { ok: true };
  });
}
