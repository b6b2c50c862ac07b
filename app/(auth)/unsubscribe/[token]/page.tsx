import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { getTranslator } from "@/lib/auth/request-locale";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export async function generateMetadata() {
  return { title: (await getTranslator())("notifications.unsubscribe.title") };
}

/** Where the link in a notification email leads: one button, no sign-in needed. */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslator();
  const read = readUnsubscribeToken(token);
  return (
    <section className="card auth-card stack" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t("notifications.unsubscribe.title")}</h1>
      {read ? (
        <>
          <p>
            {t("notifications.unsubscribe.question", {
              kind:
                read.target === "DIGEST"
                  ? t("notifications.unsubscribe.digest")
                  : t(`notifications.kinds.${read.target}`),
            })}
          </p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <p className="notice" role="status">
          {t("errors.unsubscribeInvalid")}
        </p>
      )}
    </section>
  );
}
