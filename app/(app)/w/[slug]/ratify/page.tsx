import { LiveScope } from "@/components/live/live-scope";
import { ExportLinks } from "@/components/ratify/export-links";
import { SignForm } from "@/components/ratify/sign-form";
import { ActionButton } from "@/components/ui/action-button";
import { LocalTime } from "@/components/ui/local-time";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { freezePlanAction } from "@/lib/ratify/actions";
import { ratificationState } from "@/lib/ratify/data";
import { canFreeze, canSign } from "@/lib/ratify/policy";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("ratify.title") };
}

/** Frozen versions of the plan, their hashes and signatures, live for everyone. */
export default async function RatifyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  const state = await ratificationState(workshop.id);
  const { latest, delegations } = state;
  const own = delegations.find((d) => d.id === member.delegationId);
  return (
    <div className="stack">
      <LiveScope reads={["ratify", "plan"]} />
      <h1>{t("ratify.title")}</h1>
      <p className="muted">{t("ratify.intro")}</p>
      {!latest && <p className="card">{t("ratify.none")}</p>}
      {latest && (
        <p
          className={state.ratified ? "notice" : "notice notice-warning"}
          role="status"
          data-testid="ratification-state"
        >
          {state.ratified
            ? t("ratify.ratified", { number: latest.number })
            : t("ratify.notRatified", {
                signed: latest.signatures.length,
                total: delegations.length,
                number: latest.number,
              })}
        </p>
      )}
      {canFreeze(member) && (
        <div className="stack freeze">
          <ActionButton action={freezePlanAction.bind(null, slug)} label="ratify.freeze" variant="primary" />
          {latest && (
            <p className="muted">{t("ratify.freezeAgain", { number: latest.number, next: latest.number + 1 })}</p>
          )}
        </div>
      )}
      {state.versions.map((version) => {
        const isLatest = version.id === latest?.id;
        const signed = new Map(version.signatures.map((s) => [s.delegationId, s]));
        return (
          <section
            key={version.id}
            className="card stack"
            aria-labelledby={`version-${version.number}`}
            data-testid="plan-version"
          >
            <h2 id={`version-${version.number}`}>{t("ratify.version", { number: version.number })}</h2>
            {!isLatest && <p className="muted">{t("ratify.superseded")}</p>}
            <dl className="facts">
              <div>
                <dt>{t("ratify.frozenAt")}</dt>
                <dd>
                  <LocalTime iso={version.frozenAt.toISOString()} locale={locale} />
                </dd>
              </div>
              <div className="facts-wide">
                <dt>{t("ratify.hash")}</dt>
                <dd className="hash" data-testid="version-hash">
                  {version.hash}
                </dd>
              </div>
            </dl>
            <h3>{t("ratify.signatures")}</h3>
            <ul className="plain-list" data-testid="signatures">
              {delegations.map((d) => {
                const signature = signed.get(d.id);
                return (
                  <li key={d.id}>
                    <strong>{d.name}</strong>:{" "}
                    {signature ? (
                      <>
                        {t(`ratify.kind.${signature.kind}`)} — {signature.signerName},{" "}
                        <LocalTime iso={signature.signedAt.toISOString()} locale={locale} />
                        {signature.statement && <blockquote>{signature.statement}</blockquote>}
                      </>
                    ) : (
                      t("ratify.unsigned")
                    )}
                  </li>
                );
              })}
            </ul>
            {isLatest && own && canSign(member, own.id) && !signed.has(own.id) && (
              <SignForm slug={slug} versionId={version.id} hash={version.hash} delegation={own.name} />
            )}
            <ExportLinks slug={slug} version={version.number} t={t} />
          </section>
        );
      })}
      <section className="card stack" aria-labelledby="draft-exports">
        <h2 id="draft-exports">{t("ratify.exportDraft")}</h2>
        <ExportLinks slug={slug} version="draft" t={t} />
      </section>
    </div>
  );
}
