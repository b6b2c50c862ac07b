import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getTranslator } from "@/lib/auth/request-locale";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslator();
  return (
    <div className="auth-shell">
      <header className="auth-header">
        <p className="brand">{t("app.name")}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-main">
        {children}
      </main>
    </div>
  );
}
