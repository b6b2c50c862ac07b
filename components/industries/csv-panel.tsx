"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { CsvImportForm } from "@/components/ui/csv-import-form";
import { importCsvAction } from "@/lib/industries/actions";

/** CSV export (and template) links, and the import form with its row-level report. */
export function CsvPanel({
  slug,
  delegationId,
  canImport,
}: {
  slug: string;
  delegationId: string;
  canImport: boolean;
}) {
  const t = useT();
  const base = `/api/w/${encodeURIComponent(slug)}/industries/csv`;
  return (
    <div className="stack">
      <p className="row">
        <a className="button" href={`${base}?delegation=${encodeURIComponent(delegationId)}`} download>
          {t("industries.csv.export")}
        </a>
        {canImport && (
          <a className="button" href={`${base}?template=1`} download>
            {t("industries.csv.template")}
          </a>
        )}
      </p>
      {canImport && (
        <CsvImportForm
          label={t("industries.csv.import")}
          action={(formData) => importCsvAction(slug, delegationId, formData)}
          done={(result) => t("industries.csv.imported", { created: result.created, removed: result.removed })}
        >
          <fieldset>
            <legend>{t("industries.csv.mode")}</legend>
            <label className="field-inline">
              <input type="radio" name="mode" value="replace" defaultChecked /> {t("industries.csv.modeReplace")}
            </label>
            <label className="field-inline">
              <input type="radio" name="mode" value="append" /> {t("industries.csv.modeAppend")}
            </label>
          </fieldset>
        </CsvImportForm>
      )}
    </div>
  );
}
