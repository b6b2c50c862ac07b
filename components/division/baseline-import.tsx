"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { DelegationSelect } from "./delegation-select";
import { CsvImportForm } from "@/components/ui/csv-import-form";

import { importBaselineCsvAction } from "@/lib/optimiser/actions";

/** Importing a delegation's economic base from CSV: the member's own delegation, or for a
 * facilitator the one chosen. The file replaces that delegation's base. */
export function BaselineImport({
  slug,
  delegations,
}: {
  slug: string;
  /** The delegations this member may write the base of. */
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const base = `/api/w/${encodeURIComponent(slug)}/division/baseline`;
  return (
    <details className="stack">
      <summary>{t("division.baselineImport")}</summary>
      <p className="muted">{t("division.baselineImportHint")}</p>
      <p>
        <a className="button" href={`${base}?template=1`} download>
          {t("industries.csv.template")}
        </a>
      </p>
      <CsvImportForm
        label={t("division.baselineImport")}
        action={(formData) => importBaselineCsvAction(slug, String(formData.get("delegationId") ?? ""), formData)}
        done={(result) => t("division.baselineImported", { count: Number(result.rows) })}
      >
        <DelegationSelect delegations={delegations} />
      </CsvImportForm>
    </details>
  );
}
