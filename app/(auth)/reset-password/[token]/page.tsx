import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { passwordResetUsable } from "@/lib/accounts/data";
import { getTranslator } from "@/lib/auth/request-locale";

export async function generateMetadata() {
  return { title: (await getTranslator())("auth.resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, usable] = await Promise.all([getTranslator(), passwordResetUsable(token)]);
  return (
    <section className="card auth-card" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("auth.resetTitle")}</h1>
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="notice" role="status">
          {t("errors.resetLinkInvalid")} <Link href="/forgot-password">{t("auth.requestAnother")}</Link>
        </p>
      )}
    </section>
  );
}
