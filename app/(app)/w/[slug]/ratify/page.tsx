import { LiveScope } from "@/components/live/live-scope";
import { ExportLinks } from "@/components/ratify/export-links";
import { LiveRatificationState, LiveSignatures } from "@/components/ratify/live-signatures";
import { FreezePlan } from "@/components/ratify/freeze-plan";
import { LocalTime } from "@/components/ui/local-time";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { freezePlanAction } from "@/lib/ratify/actions";
import { freezePreview, ratificationState, signaturesOf, type Signatures } from "@/lib/ratify/data";
import type { Pushed } from "@/lib/room/types";
import { canFreeze, canSign } from "@/lib/ratify/policy";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("ratify.title") };
}

/** Frozen versions of the plan, their hashes and signatures, live for everyone. */
export default async function RatifyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const chair = canFreeze(member);
  const [state, clauses] = await Promise.all([
    ratificationState(workshop.id),
    chair ? freezePreview(workshop.id) : null,
  ]);
  const { latest, delegations } = state;
  const own = delegations.find((d) => d.id === member.delegationId);
  // Read after the workshop row: the signatures reflect at least its event seq.
  const signatures: Pushed<Signatures> = { topic: "signatures", seq: workshop.eventSeq, model: signaturesOf(state) };
  return (
    <div className="stack">
      <LiveScope reads={["ratify", "plan"]} />
      <h1>{t("ratify.title")}</h1>
      <p className="muted">{t("ratify.intro")}</p>
      {!latest && <p className="card">{t("ratify.none")}</p>}
      <LiveRatificationState signatures={signatures} total={delegations.length} />
      {clauses && (
        <div className="stack freeze">
          <FreezePlan freeze={freezePlanAction.bind(null, slug)} signatures={signatures} clauses={clauses} />
          {latest && (
            <p className="muted">{t("ratify.freezeAgain", { number: latest.number, next: latest.number + 1 })}</p>
          )}
        </div>
      )}
      {state.versions.map((version) => {
        const isLatest = version.id === latest?.id;
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
            <LiveSignatures
              signatures={signatures}
              version={{ id: version.id, hash: version.hash, latest: isLatest }}
              delegations={delegations.map((d) => ({ id: d.id, name: localize(d.name) }))}
              signAs={own && canSign(member, own.id) ? { id: own.id, name: localize(own.name) } : null}
              slug={slug}
            />
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
