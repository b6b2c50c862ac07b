// The "forgotten password" message, in the account's language.
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { renderMail, type RenderedMail } from "@/lib/mail/render";

export function passwordResetMail(facts: { name: string; url: string; minutes: number }, locale: Locale): RenderedMail {
  const t = createTranslator(locale);
  return renderMail(
    {
      subject: t("mail.reset.subject"),
      heading: t("mail.reset.heading"),
      paragraphs: [t("mail.reset.body", { name: facts.name }), t("mail.reset.expires", { count: facts.minutes })],
      action: { label: t("mail.reset.action"), url: facts.url },
      footer: [t("mail.reset.notYou")],
    },
    locale,
  );
}
