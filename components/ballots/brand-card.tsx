import { ActionButton } from "@/components/ui/action-button";
import { Markdown } from "@/components/ui/markdown";
import { deleteBrandAction, setSponsorAction } from "@/lib/ballots/actions";
import type { BrandRow } from "@/lib/ballots/data";
import { brandLabel } from "@/lib/ballots/labels";
import { canChangeSponsor, canEditBrand, type BallotMember } from "@/lib/ballots/policy";
import { industryByCode, industryLabel } from "@/lib/industries/classification";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { BrandForm } from "./brand-form";

interface Delegation {
  id: string;
  name: string;
  colour: string;
}

interface Props {
  slug: string;
  brand: BrandRow;
  delegations: Delegation[];
  clusters: Array<{ id: string; name: string }>;
  member: BallotMember;
  locale: Locale;
  t: Translate;
}

/** One brand proposal: both names, industry, sponsors and description, with the controls this
 * member may use (join or leave as a sponsor, edit, delete) while no open ballot lists it. */
export function BrandCard({ slug, brand, delegations, clusters, member, locale, t }: Props) {
  const industry = industryByCode(brand.industryCode);
  const sponsorIds = new Set(brand.sponsors.map((s) => s.delegationId));
  const headingId = `brand-${brand.id}`;
  const other = locale === "zh-CN" ? brand.nameEn : brand.nameZh;
  const changeable = brand.locked ? [] : delegations.filter((d) => canChangeSponsor(member, d.id));
  const editable = !brand.locked && canEditBrand(member, brand);
  return (
    <section className="card stack" aria-labelledby={headingId} data-testid="brand">
      <div>
        <h3 id={headingId}>{brandLabel(brand, locale)}</h3>
        {other && (
          <p className="muted" lang={locale === "zh-CN" ? "en" : "zh-CN"}>
            {other}
          </p>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{t("brands.fields.industry")}</dt>
          <dd>{industry ? industryLabel(industry, locale) : brand.industryCode}</dd>
        </div>
        <div>
          <dt>{t("brands.fields.sponsors")}</dt>
          <dd data-testid="sponsors">
            {delegations
              .filter((d) => sponsorIds.has(d.id))
              .map((d) => (
                <span key={d.id} className="chip" style={{ borderColor: d.colour }}>
                  {d.name}
                </span>
              ))}
          </dd>
        </div>
        {brand.cluster && (
          <div>
            <dt>{t("brands.fields.cluster")}</dt>
            {/* The clusters' names as the reader sees them (the page passes them through the glossary). */}
            <dd>{clusters.find((c) => c.id === brand.cluster!.id)?.name ?? brand.cluster.name}</dd>
          </div>
        )}
      </dl>
      {brand.description && <Markdown text={brand.description} />}
      {brand.locked && <p className="muted">{t("brands.locked")}</p>}
      {changeable.length > 0 && (
        <div className="row" role="group" aria-label={t("brands.sponsorship")}>
          {changeable.map((d) => {
            const join = !sponsorIds.has(d.id);
            return (
              <ActionButton
                key={d.id}
                action={setSponsorAction.bind(null, slug, brand.id, d.id, join)}
                label={join ? "brands.join" : "brands.leave"}
                params={{ delegation: d.name }}
              />
            );
          })}
        </div>
      )}
      {editable && (
        <details>
          <summary>{t("brands.edit")}</summary>
          <BrandForm slug={slug} clusters={clusters} brand={{ ...brand, clusterId: brand.clusterId }} />
          {!brand.inBallot && (
            <ActionButton
              action={deleteBrandAction.bind(null, slug, brand.id, brand.version)}
              label="brands.delete"
              variant="danger"
            />
          )}
        </details>
      )}
    </section>
  );
}
