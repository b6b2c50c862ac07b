import Link from "next/link";
import { AcceptInvitation } from "@/components/workshop/accept-invitation";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/auth/request-locale";
import { findInvitationByTokenHash } from "@/lib/workshop/data";
import { hashInvitationToken, invitationState } from "@/lib/workshop/invitation-token";

export async function generateMetadata() {
  return { title: (await getTranslator())("invite.title") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslator();
  const invitation = await findInvitationByTokenHash(hashInvitationToken(token));
  const user = await getCurrentUser();
  const state = invitation ? invitationState(invitation) : null;
  const here = `/invite/${encodeURIComponent(token)}`;

  if (!invitation || state !== "pending") {
    return (
      <section className="card auth-card" aria-labelledby="invite-title">
        <h1 id="invite-title">{t("invite.title")}</h1>
        <p role="status">{t(state ? `invite.state.${state}` : "errors.invitationInvalid")}</p>
        <Link href="/">{t("common.home")}</Link>
      </section>
    );
  }

  return (
    <section className="card auth-card" aria-labelledby="invite-title">
      <h1 id="invite-title">{t("invite.title")}</h1>
      <p>
        {t("invite.summary", {
          workshop: invitation.workshop.title,
          role: t(`roles.${invitation.role}`),
        })}
      </p>
      {invitation.delegation && <p>{t("invite.delegation", { delegation: invitation.delegation.name })}</p>}
      {user ? (
        <>
          <p className="muted">{t("invite.signedInAs", { name: user.name, email: user.email })}</p>
          <AcceptInvitation token={token} />
        </>
      ) : (
        <p>
          <Link className="button button-primary" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            {t("invite.signInToAccept")}
          </Link>{" "}
          <Link className="button" href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>
            {t("invite.signUpToAccept")}
          </Link>
        </p>
      )}
    </section>
  );
}
