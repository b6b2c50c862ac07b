import { LiveScope } from "@/components/live/live-scope";
import { DelegationForm } from "@/components/workshop/delegation-form";
import { getTranslator } from "@/lib/auth/request-locale";
import { GlossaryForm } from "@/components/glossary/glossary-form";
import { getLocalize, listGlossary } from "@/lib/glossary/data";
import { glossaryRevision } from "@/lib/glossary/mutations";
import { formatGlossary } from "@/lib/glossary/parse";
import { requireMember } from "@/lib/workshop/access";
import { listDelegations } from "@/lib/workshop/data";
import { can } from "@/lib/workshop/policy";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.delegations") };
}

export default async function DelegationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const [t, localize] = await Promise.all([getTranslator(), getLocalize(workshop)]);
  const [delegations, glossary] = await Promise.all([listDelegations(workshop.id), listGlossary(workshop)]);
  const manage = can(member, "delegations.manage");
  const figure = (value: unknown, unit: string | null, year: number | null) =>
    value === null ? "—" : `${String(value)}${unit ? ` ${localize(unit)}` : ""}${year ? ` (${year})` : ""}`;
  return (
    <div className="stack">
      <LiveScope reads={["workshop"]} />
      <h1>{t("nav.delegations")}</h1>
      {delegations.length === 0 ? (
        <p className="card">{t("delegations.empty")}</p>
      ) : (
        <TableScroll>
          <table className="cards-on-phone">
            <caption className="visually-hidden">{t("nav.delegations")}</caption>
            <thead className="visually-hidden-on-phone">
              <tr>
                <th scope="col">{t("delegations.fields.name")}</th>
                <th scope="col">{t("delegations.fields.code")}</th>
                <th scope="col">{t("delegations.fields.population")}</th>
                <th scope="col">{t("delegations.fields.gdp")}</th>
              </tr>
            </thead>
            <tbody>
              {delegations.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <span className="swatch" style={{ background: d.colour }} aria-hidden="true" /> {localize(d.name)}
                  </th>
                  <td data-label={t("delegations.fields.code")}>{d.code}</td>
                  <td data-label={t("delegations.fields.population")}>
                    {figure(d.population, d.populationUnit, d.populationYear)}
                  </td>
                  <td data-label={t("delegations.fields.gdp")}>{figure(d.gdp, d.gdpUnit, d.gdpYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {manage && (
        <>
          {delegations.map((d) => (
            <details key={d.id} className="card">
              <summary>{t("delegations.edit", { name: localize(d.name) })}</summary>
              <DelegationForm
                slug={slug}
                delegation={{
                  id: d.id,
                  version: d.version,
                  name: d.name,
                  code: d.code,
                  colour: d.colour,
                  population: d.population?.toString() ?? "",
                  populationUnit: d.populationUnit ?? "",
                  populationYear: d.populationYear?.toString() ?? "",
                  gdp: d.gdp?.toString() ?? "",
                  gdpUnit: d.gdpUnit ?? "",
                  gdpYear: d.gdpYear?.toString() ?? "",
                }}
              />
            </details>
          ))}
          <section className="card" aria-labelledby="add-delegation-title">
            <h2 id="add-delegation-title">{t("delegations.add")}</h2>
            <DelegationForm slug={slug} />
          </section>
          <section className="card stack" aria-labelledby="glossary-title" data-testid="glossary">
            <h2 id="glossary-title">{t("glossary.title")}</h2>
            <p className="muted">{t("glossary.intro")}</p>
            <GlossaryForm slug={slug} text={formatGlossary(glossary)} revision={glossaryRevision(glossary)} />
          </section>
        </>
      )}
    </div>
  );
}
