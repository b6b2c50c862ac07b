import { NameForm, PasswordForm } from "@/components/account/account-forms";
import { CalendarFeed } from "@/components/calendar/calendar-feed";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { hasCalendarFeed } from "@/lib/calendar/data";
import { notificationPreferences } from "@/lib/notifications/data";
import { getTranslator } from "@/lib/auth/request-locale";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslator())("account.title") };
}

/** The signed-in user's own account: the name others see, and the password. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslator();
  return (
    <div className="stack narrow">
      <h1>{t("account.title")}</h1>
      <p className="muted">{user.email}</p>
      <section className="card stack" aria-labelledby="name-heading">
        <h2 id="name-heading">{t("account.nameTitle")}</h2>
        <NameForm name={user.name} />
      </section>
      <section className="card stack" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("account.passwordTitle")}</h2>
        <PasswordForm />
      </section>
      <section className="card stack" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">{t("notifications.settings")}</h2>
        <PreferencesForm preferences={await notificationPreferences(user.id)} />
      </section>
      <section className="card stack" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t("calendar.title")}</h2>
        <CalendarFeed active={await hasCalendarFeed(user.id)} />
      </section>
    </div>
  );
}
