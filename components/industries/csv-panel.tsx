"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { MAX_CSV_BYTES } from "@/lib/industries/csv-limits";
import { SubmitButton, TextField } from "@/components/ui/field";
import { importCsvAction } from "@/lib/industries/actions";
import { isMessageKey } from "@/lib/i18n/translate";
import type { RowError } from "@/lib/server/result";
import { TableScroll } from "@/components/ui/table-scroll";

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
  const router = useRouter();
  const [report, setReport] = useState<{
    rowErrors: RowError[];
    fileErrors: string[];
    detail: Record<string, string | number>;
  } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const base = `/api/w/${encodeURIComponent(slug)}/industries/csv`;
  const message = (key: string, params?: Record<string, string | number>) => (isMessageKey(key) ? t(key, params) : key);
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
        <ActionForm
          className="stack"
          label={t("industries.csv.import")}
          action={async (formData) => {
            const result = await importCsvAction(slug, delegationId, formData);
            setReport(
              !result.ok && (result.rowErrors || result.fileErrors)
                ? {
                    rowErrors: result.rowErrors ?? [],
                    fileErrors: result.fileErrors ?? [],
                    detail: result.detail ?? {},
                  }
                : null,
            );
            setDone(null);
            return result;
          }}
          onSuccess={(result, form) => {
            setDone(t("industries.csv.imported", { created: result.created, removed: result.removed }));
            form.reset();
            router.refresh();
          }}
        >
          <TextField
            name="file"
            label="industries.csv.file"
            hint="industries.csv.fileHint"
            type="file"
            accept=".csv,text/csv"
            data-max-bytes={MAX_CSV_BYTES}
            data-too-large="errors.csvTooLarge"
          />
          <fieldset>
            <legend>{t("industries.csv.mode")}</legend>
            <label className="field-inline">
              <input type="radio" name="mode" value="replace" defaultChecked /> {t("industries.csv.modeReplace")}
            </label>
            <label className="field-inline">
              <input type="radio" name="mode" value="append" /> {t("industries.csv.modeAppend")}
            </label>
          </fieldset>
          <SubmitButton label="industries.csv.import" pendingLabel="industries.csv.importing" />
        </ActionForm>
      )}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {report && (
        <div className="csv-report" data-testid="csv-report">
          <p>
            <strong>{t("industries.csv.nothingWritten")}</strong>
          </p>
          {report.fileErrors.length > 0 && (
            <ul>
              {report.fileErrors.map((error) => (
                <li key={error}>{message(error, report.detail)}</li>
              ))}
            </ul>
          )}
          {report.rowErrors.length > 0 && (
            <TableScroll>
              <table>
                <caption>{t("industries.csv.rowErrors", { count: report.rowErrors.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("industries.csv.line")}</th>
                    <th scope="col">{t("industries.csv.column")}</th>
                    <th scope="col">{t("industries.csv.problem")}</th>
                    <th scope="col">{t("industries.csv.value")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rowErrors.map((error, index) => (
                    <tr key={index}>
                      <td>{error.line}</td>
                      <td>{error.field}</td>
                      <td>{message(error.message, error.params)}</td>
                      <td>{error.value ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {Number(report.detail.count) > 0 && <p>{message("errors.csvMoreRowErrors", report.detail)}</p>}
            </TableScroll>
          )}
        </div>
      )}
    </div>
  );
}
