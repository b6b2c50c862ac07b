import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/ui/local-time";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { mailCatcherDir } from "@/lib/mail/config";
import { listCaught } from "@/lib/mail/mailbox";

// The development mailbox: what the local mail catcher received (lib/mail/catcher.ts). It exists
// only when the app runs with the catcher (`npm start` without SMTP_URL); with a real mail server
// configured this page is a 404.
export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslator())("mailbox.title") };
}

export default async function MailboxPage() {
  const dir = mailCatcherDir();
  if (!dir) notFound();
  const [t, locale, messages] = await Promise.all([getTranslator(), getLocale(), listCaught(dir)]);
  return (
    <section className="card mailbox" aria-labelledby="mailbox-title">
      <h1 id="mailbox-title">{t("mailbox.title")}</h1>
      <p className="muted">{t("mailbox.explain")}</p>
      {messages.length === 0 ? (
        <p>{t("mailbox.empty")}</p>
      ) : (
        <ul className="mailbox-list" aria-label={t("mailbox.messages", { count: messages.length })}>
          {messages.map((m) => (
            <li key={m.id} data-testid="mailbox-message">
              <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
              <span className="muted">
                {" "}
                {t("mailbox.to", { to: m.to })} · <LocalTime iso={m.date.toISOString()} locale={locale} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
