import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/auth/request-locale";

export async function generateMetadata() {
  return { title: (await getTranslator())("auth.signUp") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslator();
  return (
    <section className="card auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t("auth.signUpTitle")}</h1>
      <SignUpForm callbackUrl={callbackUrl} />
      <p>
        {t("auth.haveAccount")}{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("auth.signIn")}</Link>
      </p>
    </section>
  );
}
