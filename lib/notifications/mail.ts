// A notification as an email, in the recipient's language, with its one-click unsubscribe link.
import type { NotificationKind } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { renderMail, type RenderedMail } from "@/lib/mail/render";
import type { NotificationParams } from "./kinds";
import { notificationText } from "./text";

export function notificationMail(
  facts: { kind: NotificationKind; params: NotificationParams; url: string; unsubscribeUrl: string },
  locale: Locale,
): RenderedMail {
  const t = createTranslator(locale);
  const text = notificationText(t, facts.kind, facts.params);
  return renderMail(
    {
      subject: `[${facts.params.workshop}] ${text}`,
      heading: text,
      paragraphs: [t("mail.notification.workshop", { workshop: String(facts.params.workshop) })],
      action: { label: t("mail.notification.open"), url: facts.url },
      footer: [
        t("mail.notification.why", { kind: t(`notifications.kinds.${facts.kind}`) }),
        t("mail.notification.unsubscribe", { url: facts.unsubscribeUrl }),
      ],
    },
    locale,
  );
}
