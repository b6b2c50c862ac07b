import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
// The app's shared styles, in cascade order (later files refine earlier ones): tokens first, the
// phone's overrides last. Components newer than these keep their styles in a CSS module beside them.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/print.css";
import "./styles/analysis.css";
import "./styles/plan.css";
import "./styles/ballots.css";
import "./styles/projector.css";
import "./styles/session.css";
import "./styles/phone.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslator();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("common.skipToContent")}
        </a>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
