import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/auth/request-locale";

export async function generateMetadata() {
  return { title: (await getTranslator())("auth.signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslator();
  return (
    <section className="card auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("auth.signInTitle")}</h1>
      <p className="muted">{t("app.tagline")}</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        {t("auth.noAccount")}{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("auth.signUp")}</Link>
      </p>
    </section>
  );
}
