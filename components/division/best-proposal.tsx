import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { StoredProposal } from "@/lib/optimiser/data";
import { bestOnly } from "@/lib/optimiser/proposal";
import { ProposalView } from "./proposal-view";

/** The newest proposal's best division of labour (or its conflict), with no controls: what a
 * projector shows, on the division's own screen or in the session's spotlight. */
export function BestProposal({
  slug,
  latest,
  delegations,
  industryName,
  locale,
  t,
}: {
  slug: string;
  latest: StoredProposal | null;
  delegations: Array<{ id: string; name: string }>;
  industryName: (code: string) => string;
  locale: Locale;
  t: Translate;
}) {
  if (!latest) {
    return (
      <p className="card" data-testid="division-none">
        {t("division.none")}
      </p>
    );
  }
  return (
    <ProposalView
      slug={slug}
      output={bestOnly(latest.output)}
      number={latest.number}
      adopted={latest.adopted}
      canAdopt={false}
      delegations={delegations}
      industryName={industryName}
      locale={locale}
      t={t}
    />
  );
}
