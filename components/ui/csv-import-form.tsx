"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import { MAX_CSV_BYTES } from "@/lib/csv/upload";
import { isMessageKey } from "@/lib/i18n/translate";
import type { ActionResult, RowError } from "@/lib/server/result";

type Report = { rowErrors: RowError[]; fileErrors: string[]; detail: Record<string, string | number> };

interface Props<R extends Record<string, unknown>> {
  /** The form's accessible name. */
  label: string;
  action: (formData: FormData) => Promise<ActionResult<R>>;
  /** What the import did, for the status line. */
  done: (result: R) => string;
  /** Fields beside the file (the plan's replace / append choice). */
  children?: ReactNode;
}

/**
 * A CSV import (lib/csv/table.ts conventions): the file field (its size checked before upload),
 * the import button, what was imported, and when the file was refused, nothing written and every
 * problem in a table of line, column, problem and value.
 */
export function CsvImportForm<R extends Record<string, unknown>>({ label, action, done, children }: Props<R>) {
  const t = useT();
  const router = useRouter();
  const [report, setReport] = useState<Report | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const message = (key: string, params?: Record<string, string | number>) => (isMessageKey(key) ? t(key, params) : key);
  return (
    <>
      <ActionForm
        className="stack"
        label={label}
        action={async (formData) => {
          const result = await action(formData);
          setReport(
            !result.ok && (result.rowErrors || result.fileErrors)
              ? { rowErrors: result.rowErrors ?? [], fileErrors: result.fileErrors ?? [], detail: result.detail ?? {} }
              : null,
          );
          setStatus(null);
          return result;
        }}
        onSuccess={(result, form) => {
          setStatus(done(result as unknown as R));
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
        {children}
        <SubmitButton label="industries.csv.import" pendingLabel="industries.csv.importing" />
      </ActionForm>
      {status && (
        <p className="notice" role="status">
          {status}
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
    </>
  );
}
