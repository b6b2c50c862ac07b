import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { NotificationBell } from "@/components/notifications/bell";
import { unreadCount } from "@/lib/notifications/data";
import { FocusKeeper } from "@/components/ui/focus-keeper";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/auth/request-locale";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [t, unread] = await Promise.all([getTranslator(), unreadCount(user.id)]);
  return (
    <div className="app-shell">
      <header className="app-header">
        <IntentLink href="/workshops" className="brand">
          {t("app.name")}
        </IntentLink>
        <nav aria-label={t("nav.main")}>
          <IntentLink href="/workshops">{t("nav.workshops")}</IntentLink>
        </nav>
        <div className="header-tools">
          <IntentLink
            href="/account"
            className="muted visually-hidden-on-phone"
            aria-label={`${t("nav.signedInAs")}: ${user.name}. ${t("account.link")}`}
          >
            {user.name}
          </IntentLink>
          <NotificationBell rendered={{ unread }} />
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="app-main">
        {children}
      </main>
      <FocusKeeper />
    </div>
  );
}
