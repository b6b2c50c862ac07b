import { BestProposal } from "@/components/division/best-proposal";
import { ConnectionStatus } from "@/components/live/connection-status";
import { LiveScope } from "@/components/live/live-scope";
import { industryNamer } from "@/components/division/format";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { latestProposals } from "@/lib/optimiser/data";
import { requireMember } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";

export async function generateMetadata() {
  return { title: (await getTranslator())("division.projector") };
}

/** The newest division of labour on the room's screen: the best proposal (or the conflict) in
 * large type, following every new proposal and adoption live. No controls. */
export default async function DivisionProjectorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const [delegations, { latest }] = await Promise.all([listDelegations(workshop.id), latestProposals(workshop.id)]);
  const industryName = industryNamer(locale);
  const alternatives = latest?.output.status === "optimal" ? latest.output.proposals.length - 1 : 0;
  return (
    <div className="projector-stack">
      <LiveScope reads={["division"]} />
      <header className="projector-header">
        <p className="eyebrow">{localize(workshop.title)}</p>
        <h1>{t("division.title")}</h1>
        {alternatives > 0 && <p>{t("division.projectorAlternatives", { count: alternatives })}</p>}
        <ConnectionStatus />
      </header>
      <BestProposal
        slug={slug}
        latest={latest}
        delegations={delegations.map((d) => ({ id: d.id, name: localize(d.name) }))}
        industryName={industryName}
        locale={locale}
        t={t}
      />
    </div>
  );
}
