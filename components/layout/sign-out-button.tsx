"use client";

import { signOut } from "next-auth/react";
import { useT } from "@/components/i18n/i18n-provider";

export function SignOutButton() {
  const t = useT();
  return (
    <button type="button" className="button button-small" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
      {t("auth.signOut")}
    </button>
  );
}
