import { LiveScope } from "@/components/live/live-scope";
import { IntentLink } from "@/components/ui/intent-link";
import { ruleInWords } from "@/components/plan/rule-in-words";
import { sectionTitle } from "@/components/plan/section-title";
import {
  AddSectionForm,
  DeleteObjectiveButton,
  ObjectiveForm,
  RuleForm,
  SectionRow,
} from "@/components/plan/settings-forms";
import { getTranslator } from "@/lib/auth/request-locale";
import { planSettings } from "@/lib/plan/data";
import { ruleChangeable } from "@/lib/plan/policy";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("plan.settings.title") };
}

/** The facilitator's plan settings (others get a 403): sections, objectives, consensus rule. */
export default async function PlanSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop } = await requireMember(slug, "workshop.editSettings");
  const t = await getTranslator();
  const { sections, objectives } = await planSettings(workshop.id);

  return (
    <div className="stack">
      <LiveScope reads={["plan", "clauses"]} />
      <p>
        <IntentLink href={`/w/${slug}/plan`}>{t("plan.settings.backToPlan")}</IntentLink>
      </p>
      <h1>{t("plan.settings.title")}</h1>
      <p className="muted">{t("plan.settings.intro")}</p>

      <section className="card stack" aria-labelledby="rule-title">
        <h2 id="rule-title">{t("plan.settings.rule.title")}</h2>
        <p data-testid="current-rule">{ruleInWords(workshop, t)}</p>
        <RuleForm
          slug={slug}
          version={workshop.version}
          locked={!ruleChangeable(workshop.phase)}
          rule={{
            consensusRule: workshop.consensusRule,
            minSupport: workshop.minSupport,
            majorityShare: workshop.majorityShare === null ? null : Number(workshop.majorityShare),
            doubleMajority: workshop.doubleMajority,
          }}
        />
      </section>

      <section className="card stack" aria-labelledby="objectives-settings-title">
        <h2 id="objectives-settings-title">{t("plan.settings.objectives.title")}</h2>
        <p className="muted">{t("plan.settings.objectives.intro")}</p>
        {objectives.length === 0 ? (
          <p className="muted">{t("plan.settings.objectives.none")}</p>
        ) : (
          <ul className="stack">
            {objectives.map((objective) => (
              <li key={objective.id} data-testid="settings-objective">
                <details>
                  <summary>
                    {objective.code} {objective.title}
                  </summary>
                  <ObjectiveForm slug={slug} objective={objective} />
                </details>
                <DeleteObjectiveButton slug={slug} objective={objective} />
              </li>
            ))}
          </ul>
        )}
        <p className="field-hint">{t("plan.settings.objectives.deleteHint")}</p>
        <details>
          <summary>{t("plan.settings.objectives.add")}</summary>
          <ObjectiveForm slug={slug} />
        </details>
      </section>

      <section className="card stack" aria-labelledby="sections-settings-title">
        <h2 id="sections-settings-title">{t("plan.settings.sections.title")}</h2>
        <p className="muted">{t("plan.settings.sections.defaultHint")}</p>
        <ol className="stack">
          {sections.map((section, index) => (
            <SectionRow
              key={section.id}
              slug={slug}
              section={{
                id: section.id,
                title: section.title,
                shownTitle: sectionTitle(section, t),
                clauses: section._count.clauses,
              }}
              first={index === 0}
              last={index === sections.length - 1}
            />
          ))}
        </ol>
        <AddSectionForm slug={slug} />
      </section>
    </div>
  );
}
