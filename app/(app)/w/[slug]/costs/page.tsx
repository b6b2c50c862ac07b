import { LiveScope } from "@/components/live/live-scope";
import { ServiceCard } from "@/components/costs/service-card";
import { ServiceForm } from "@/components/costs/service-form";
import { listServices } from "@/lib/costs/data";
import { canManageServices } from "@/lib/costs/policy";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.costs") };
}

export default async function CostsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const { services, delegations } = await listServices(workshop.id);
  const manage = canManageServices(member);
  return (
    <div className="stack">
      <LiveScope reads={["costs", "plan"]} />
      <h1>{t("nav.costs")}</h1>
      <p className="muted">{t("costs.intro")}</p>
      {services.length === 0 && <p className="card">{t("costs.empty")}</p>}
      {services.map((service) => (
        <ServiceCard
          key={service.id}
          slug={slug}
          service={service}
          delegations={delegations.map((d) => ({ ...d, name: localize(d.name) }))}
          member={member}
          localize={localize}
          locale={locale}
          t={t}
        />
      ))}
      {manage && (
        <section className="card" aria-labelledby="add-service">
          <h2 id="add-service">{t("costs.add")}</h2>
          <ServiceForm slug={slug} />
        </section>
      )}
    </div>
  );
}
