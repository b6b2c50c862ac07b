// The invitation message, in the language the facilitator chose for it.
import { createTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { Role } from "@/lib/db/generated/enums";
import { renderMail, type RenderedMail } from "@/lib/mail/render";

export interface InvitationMailFacts {
  workshop: string;
  inviter: string;
  role: Role;
  delegation: string | null;
  url: string;
  expiresAt: Date;
}

export function invitationMail(facts: InvitationMailFacts, locale: Locale): RenderedMail {
  const t = createTranslator(locale);
  const role = t(`roles.${facts.role}`);
  // The recipient's time zone is unknown: the date is written with its zone.
  const expires = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(facts.expiresAt);
  return renderMail(
    {
      subject: t("mail.invitation.subject", { inviter: facts.inviter, workshop: facts.workshop }),
      heading: t("mail.invitation.heading", { workshop: facts.workshop }),
      paragraphs: [
        facts.delegation
          ? t("mail.invitation.bodyDelegation", { inviter: facts.inviter, role, delegation: facts.delegation })
          : t("mail.invitation.body", { inviter: facts.inviter, role }),
        t("mail.invitation.expires", { date: expires }),
      ],
      action: { label: t("mail.invitation.action"), url: facts.url },
      footer: [t("mail.footer.ignore")],
    },
    locale,
  );
}
