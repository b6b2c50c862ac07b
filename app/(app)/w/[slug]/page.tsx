import { LiveScope } from "@/components/live/live-scope";
import { PhaseControl } from "@/components/workshop/phase-control";
import { PhaseStepper } from "@/components/workshop/phase-stepper";
import { getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";
import { can } from "@/lib/workshop/policy";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const { workshop } = await requireMember((await params).slug);
  return { title: (await getLocalize(workshop))(workshop.title) };
}

export default async function WorkshopOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, localize] = await Promise.all([getTranslator(), getLocalize(workshop)]);
  return (
    <div className="stack">
      <LiveScope reads={["workshop"]} />
      <h1>{localize(workshop.title)}</h1>
      {workshop.description && <p className="lead">{localize(workshop.description)}</p>}
      <section aria-labelledby="phase-title" className="card stack">
        <h2 id="phase-title">{t("workshop.phases")}</h2>
        <PhaseStepper current={workshop.phase} />
        {can(member, "workshop.changePhase") && <PhaseControl slug={slug} current={workshop.phase} />}
      </section>
      <section aria-labelledby="facts-title" className="card">
        <h2 id="facts-title">{t("workshop.about")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("workshop.fields.region")}</dt>
            <dd>{localize(workshop.region)}</dd>
          </div>
          <div>
            <dt>{t("workshop.fields.mediumHorizon")}</dt>
            <dd>{t("workshop.yearRange", { from: workshop.mediumFrom, to: workshop.mediumTo })}</dd>
          </div>
          <div>
            <dt>{t("workshop.fields.longHorizon")}</dt>
            <dd>{t("workshop.yearRange", { from: workshop.longFrom, to: workshop.longTo })}</dd>
          </div>
          <div>
            <dt>{t("workshop.fields.consensusRule")}</dt>
            <dd>
              {t(`consensusRules.${workshop.consensusRule}`)}
              {workshop.consensusRule === "UNANIMITY" &&
                ` · ${t("workshop.minSupportValue", { count: workshop.minSupport })}`}
              {workshop.consensusRule === "QUALIFIED_MAJORITY" &&
                ` · ${t("workshop.majorityShareValue", { percent: Math.round(Number(workshop.majorityShare ?? 0) * 100) })}`}
              {workshop.doubleMajority && ` · ${t("workshop.fields.doubleMajority")}`}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
