import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/password-reset-forms";
import { getTranslator } from "@/lib/auth/request-locale";

export async function generateMetadata() {
  return { title: (await getTranslator())("auth.forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslator();
  return (
    <section className="card auth-card" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("auth.forgotTitle")}</h1>
      <p className="muted">{t("auth.forgotExplain")}</p>
      <ForgotPasswordForm />
      <p>
        <Link href="/sign-in">{t("auth.signIn")}</Link>
      </p>
    </section>
  );
}
