"use server";

import { cookies } from "next/headers";
import { localeCookie } from "@/lib/i18n/locales";
import { getLocale } from "@/lib/auth/request-locale";
import { fields, publicAction, userAction } from "@/lib/server/action";
import { requestAddress } from "@/lib/server/client-address";
import { changePassword, createUser, renameUser, setUserLocale } from "./mutations";
import { requestPasswordReset, resetPassword } from "./reset-mutations";
import {
  accountNameSchema,
  localeSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signUpSchema,
} from "./schema";

// Declared actions (lib/server/action.ts) anyone may call, signed in or not.

export const signUpAction = publicAction({
  name: "signUp",
  input: fields,
  schema: signUpSchema,
  run: async (_user, account) => {
    await createUser({ ...account, locale: await getLocale() });
  },
});

/** Kept per user in the database, and in a cookie for pages before sign-in. */
export const setLocaleAction = publicAction({
  name: "setLocale",
  input: (locale: string) => ({ locale }),
  schema: localeSchema,
  run: async (user, { locale }) => {
    if (user) await setUserLocale(user.id, locale);
    (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  },
});

// Forgotten passwords: anyone may ask for a link (the answer never says whether the account
// exists), and whoever holds a valid link sets a new password.

export const requestPasswordResetAction = publicAction({
  name: "requestPasswordReset",
  input: fields,
  schema: passwordResetRequestSchema,
  run: async (_user, { email }) => requestPasswordReset(email, await requestAddress()),
});

export const resetPasswordAction = publicAction({
  name: "resetPassword",
  input: (token: string, form: FormData) => ({ ...fields(form), token }),
  schema: passwordResetSchema,
  run: (_user, { token, password }) => resetPassword(token, password),
});

// A signed-in user's own account (account settings).

export const renameAccountAction = userAction({
  name: "renameAccount",
  input: fields,
  schema: accountNameSchema,
  run: (user, { name }) => renameUser(user.id, name),
});

export const changePasswordAction = userAction({
  name: "changePassword",
  input: fields,
  schema: passwordChangeSchema,
  run: (user, change) => changePassword(user.id, change, user.sessionId),
});
