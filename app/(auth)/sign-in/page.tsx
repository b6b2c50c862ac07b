import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButtons } from "@/components/auth/sso-buttons";
import { ssoProviders } from "@/lib/auth/oidc-providers";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/auth/request-locale";
import { demoAccounts, DEMO_PASSWORD } from "@/prisma/seed/demo-data";

const ssoErrors: Record<string, MessageKey> = {
  SsoNoAccount: "auth.sso.noAccount",
  SsoUnverified: "auth.sso.unverified",
};

export async function generateMetadata() {
  return { title: (await getTranslator())("auth.signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslator();
  // next-auth sends a refused or failed single sign-on back here with ?error=.
  const ssoError = typeof query.error === "string" ? (ssoErrors[query.error] ?? "auth.sso.failed") : null;
  return (
    <section className="card auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("auth.signInTitle")}</h1>
      <p className="muted">{t("app.tagline")}</p>
      {query.reset === "1" && (
        <p className="notice" role="status">
          {t("auth.resetDone")}
        </p>
      )}
      {ssoError && (
        <p className="form-error" role="alert">
          {t(ssoError)}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <SsoButtons providers={ssoProviders.map(({ id, name }) => ({ id, name }))} callbackUrl={callbackUrl} />
      <p>
        <Link href="/forgot-password">{t("auth.forgotPassword")}</Link>
      </p>
      {process.env.ROUNDTABLE_DEMO === "1" && <DemoAccounts t={t} />}
      <p>
        {t("auth.noAccount")}{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("auth.signUp")}</Link>
      </p>
    </section>
  );
}

/** On a machine started with the demo (`npm start`), the accounts a newcomer can try. */
function DemoAccounts({ t }: { t: Translate }) {
  return (
    <details className="notice" data-testid="demo-accounts">
      <summary>{t("auth.demo.title")}</summary>
      <p>{t("auth.demo.password", { password: DEMO_PASSWORD })}</p>
      <ul className="plain-list">
        {demoAccounts.map((account) => (
          <li key={account.email}>
            <code>{account.email}</code> · {account.name}
          </li>
        ))}
      </ul>
    </details>
  );
}
