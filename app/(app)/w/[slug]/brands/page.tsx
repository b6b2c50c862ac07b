import { LiveScope } from "@/components/live/live-scope";
import { IntentLink } from "@/components/ui/intent-link";
import { BallotForm } from "@/components/ballots/ballot-form";
import { BrandCard } from "@/components/ballots/brand-card";
import { BrandForm } from "@/components/ballots/brand-form";
import { settleDueBallots } from "@/lib/ballots/ballot-mutations";
import { listBallots, listBrands } from "@/lib/ballots/data";
import { brandLabel } from "@/lib/ballots/labels";
import { canManageBallots, canProposeBrand } from "@/lib/ballots/policy";
import { isFacilitator } from "@/lib/workshop/policy";
import { listClusters } from "@/lib/industries/data";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.brands") };
}

export default async function BrandsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  await settleDueBallots(workshop.id);
  const [brands, ballots, delegations, clusters] = await Promise.all([
    listBrands(workshop.id),
    listBallots(workshop.id),
    listDelegations(workshop.id),
    listClusters(workshop.id),
  ]);
  const clusterChoices = clusters.map((c) => ({ id: c.id, name: localize(c.name) }));
  const delegationChoices = delegations.map((d) => ({ id: d.id, name: localize(d.name), colour: d.colour }));
  return (
    <div className="stack">
      <LiveScope reads={["brands", "ballots"]} />
      <h1>{t("nav.brands")}</h1>
      <p className="muted">{t("brands.intro")}</p>

      <section className="stack" aria-labelledby="ballots-heading">
        <h2 id="ballots-heading">{t("ballots.heading")}</h2>
        {ballots.length === 0 ? (
          <p className="card">{t("ballots.empty")}</p>
        ) : (
          <ul className="card-list" data-testid="ballots">
            {ballots.map((b) => (
              <li key={b.id} className="card">
                <IntentLink href={`/w/${slug}/ballots/${b.id}`}>{localize(b.title)}</IntentLink>{" "}
                <span className={`status status-${b.status.toLowerCase()}`}>{t(`ballots.status.${b.status}`)}</span>
                <p className="muted">
                  {t(`ballots.methods.${b.method}`)} · {t(b.secret ? "ballots.secretBallot" : "ballots.openBallot")} ·{" "}
                  {t("ballots.votedCount", { count: b.voted })}
                </p>
              </li>
            ))}
          </ul>
        )}
        {canManageBallots(member) && (
          <details className="card">
            <summary>{t("ballots.create")}</summary>
            <BallotForm slug={slug} brands={brands.map((b) => ({ id: b.id, label: brandLabel(b, locale) }))} />
          </details>
        )}
      </section>

      <section className="stack" aria-labelledby="brands-heading">
        <h2 id="brands-heading">{t("brands.heading")}</h2>
        {brands.length === 0 && <p className="card">{t("brands.empty")}</p>}
        <div className="card-grid">
          {brands.map((brand) => (
            <BrandCard
              key={brand.id}
              slug={slug}
              brand={brand}
              delegations={delegationChoices}
              clusters={clusterChoices}
              member={member}
              locale={locale}
              t={t}
            />
          ))}
        </div>
        {canProposeBrand(member) && (
          <section className="card" aria-labelledby="propose-brand">
            <h2 id="propose-brand">{t("brands.propose")}</h2>
            <BrandForm
              slug={slug}
              clusters={clusterChoices}
              delegations={isFacilitator(member) ? delegationChoices : undefined}
            />
          </section>
        )}
      </section>
    </div>
  );
}
