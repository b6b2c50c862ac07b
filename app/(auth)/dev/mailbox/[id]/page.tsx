import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/ui/local-time";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { mailCatcherDir } from "@/lib/mail/config";
import { readCaught } from "@/lib/mail/mailbox";

export const dynamic = "force-dynamic";

export default async function CaughtMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const dir = mailCatcherDir();
  if (!dir) notFound();
  const message = await readCaught(dir, (await params).id);
  if (!message) notFound();
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  return (
    <article className="card mailbox" aria-labelledby="message-subject">
      <p>
        <Link href="/dev/mailbox">{t("mailbox.back")}</Link>
      </p>
      <h1 id="message-subject">{message.subject}</h1>
      <p className="muted">
        {t("mailbox.to", { to: message.to })} · <LocalTime iso={message.date.toISOString()} locale={locale} />
      </p>
      {message.html && (
        <section aria-label={t("mailbox.html")}>
          {/* The message as a mail client shows it, sandboxed: no scripts, links open a new tab. */}
          <iframe
            className="mailbox-html"
            title={t("mailbox.html")}
            srcDoc={message.html}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
          />
        </section>
      )}
      <section aria-labelledby="text-title">
        <h2 id="text-title">{t("mailbox.text")}</h2>
        <pre className="mailbox-text" data-testid="mailbox-text">
          {message.text}
        </pre>
      </section>
    </article>
  );
}
