import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getLocalizers } from "@/lib/glossary/data";
import { getTranslator } from "@/lib/auth/request-locale";
import { pendingJoinRequests } from "@/lib/session/join-mutations";
import { listWorkshopsOf } from "@/lib/workshop/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("workshops.title") };
}

export default async function WorkshopsPage() {
  const user = await requireUser();
  const t = await getTranslator();
  const [memberships, waiting] = await Promise.all([listWorkshopsOf(user.id), pendingJoinRequests(user.id)]);
  const localizerOf = await getLocalizers(memberships.map(({ workshop }) => workshop.id));
  return (
    <section className="stack" aria-labelledby="workshops-title">
      <div className="page-heading">
        <h1 id="workshops-title">{t("workshops.title")}</h1>
        <div className="actions">
          <Link className="button" href="/join">
            {t("join.withCode")}
          </Link>
          <Link className="button button-primary" href="/workshops/new">
            {t("workshops.create")}
          </Link>
        </div>
      </div>
      {waiting.length > 0 && (
        <ul className="plain-list notice" data-testid="waiting-requests">
          {waiting.map(({ workshop }) => (
            <li key={workshop.slug}>
              <Link href={`/join?pending=${encodeURIComponent(workshop.slug)}`}>
                {t("join.waitingFor", { title: workshop.title })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {memberships.length === 0 && waiting.length === 0 ? (
        <p className="card">{t("workshops.empty")}</p>
      ) : (
        <ul className="card-list">
          {memberships.map(({ workshop, role, delegation }) => {
            const localize = localizerOf(workshop.id);
            return (
              <li key={workshop.slug} className="card">
                <h2>
                  <Link href={`/w/${workshop.slug}`}>{localize(workshop.title)}</Link>
                </h2>
                <p className="muted">{localize(workshop.region)}</p>
                <dl className="facts">
                  <div>
                    <dt>{t("workshop.phase")}</dt>
                    <dd>{t(`phases.${workshop.phase}`)}</dd>
                  </div>
                  <div>
                    <dt>{t("workshops.yourRole")}</dt>
                    <dd>
                      {t(`roles.${role}`)}
                      {delegation ? ` · ${localize(delegation.name)}` : ""}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("workshops.delegations")}</dt>
                    <dd>{workshop._count.delegations}</dd>
                  </div>
                  <div>
                    <dt>{t("workshops.members")}</dt>
                    <dd>{workshop._count.memberships}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
