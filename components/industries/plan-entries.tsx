"use client";

import { useState } from "react";
import { useLocalize } from "@/components/glossary/glossary-provider";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ActionButton } from "@/components/ui/action-button";
import { Markdown } from "@/components/ui/markdown";
import { deleteEntryAction } from "@/lib/industries/actions";
import { industryByCode } from "@/lib/industries/classification";
import { compactFormat } from "@/components/analysis/format";
import { PlanEntryForm, type EntryFormValues } from "./plan-entry-form";
import { TableScroll } from "@/components/ui/table-scroll";

interface Props {
  slug: string;
  delegationId: string;
  delegationName: string;
  entries: Array<EntryFormValues & { status: "DRAFT" | "SUBMITTED" }>;
  editable: boolean;
  clusters: Array<{ id: string; name: string }>;
  horizons: { MEDIUM: string; LONG: string };
  /** The currency an entry without one is edited in. */
  currency: string;
}

export function PlanEntries({
  slug,
  delegationId,
  delegationName,
  entries,
  editable,
  clusters,
  horizons,
  currency,
}: Props) {
  const t = useT();
  const locale = useLocale();
  const localize = useLocalize();
  const [editing, setEditing] = useState<string | null>(null);
  const number = compactFormat(locale);
  const clusterName = (id: string | null) => clusters.find((c) => c.id === id)?.name;
  if (entries.length === 0) return <p className="muted">{t("industries.noEntries")}</p>;
  return (
    <TableScroll>
      <table className="cards-on-phone" data-testid={`entries-${delegationId}`}>
        <caption className="visually-hidden">{t("industries.entriesOf", { delegation: delegationName })}</caption>
        <thead className="visually-hidden-on-phone">
          <tr>
            <th scope="col">{t("industries.fields.industry")}</th>
            <th scope="col">{t("industries.fields.horizon")}</th>
            <th scope="col">{t("industries.fields.targetValue")}</th>
            <th scope="col">{t("industries.fields.investmentAmount")}</th>
            <th scope="col">{t("industries.fields.hubCities")}</th>
            <th scope="col">{t("industries.fields.priority")}</th>
            <th scope="col">{t("industries.fields.status")}</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const industry = industryByCode(entry.industryCode);
            if (editing === entry.id) {
              return (
                <tr key={entry.id}>
                  <td colSpan={8}>
                    <PlanEntryForm
                      slug={slug}
                      delegationId={delegationId}
                      clusters={clusters}
                      horizons={horizons}
                      currency={currency}
                      entry={entry}
                      onDone={() => setEditing(null)}
                    />
                  </td>
                </tr>
              );
            }
            return (
              <tr key={entry.id}>
                <th scope="row">
                  <span className="code">{entry.industryCode}</span>{" "}
                  {industry ? (locale === "zh-CN" ? industry.nameZh : industry.nameEn) : ""}
                  {entry.clusterId && (
                    <div className="muted">
                      {t("industries.inCluster", { cluster: clusterName(entry.clusterId) ?? "" })}
                    </div>
                  )}
                  {entry.rationale && (
                    <details>
                      <summary>{t("industries.fields.rationale")}</summary>
                      <Markdown text={localize(entry.rationale)} />
                    </details>
                  )}
                </th>
                <td data-label={t("industries.fields.horizon")}>{horizons[entry.horizon]}</td>
                <td data-label={t("industries.fields.targetValue")}>
                  {entry.targetValue === null
                    ? "—"
                    : `${number.format(entry.targetValue)} ${localize(entry.targetUnit ?? "")}`}
                </td>
                <td data-label={t("industries.fields.investmentAmount")}>
                  {entry.investmentAmount === null
                    ? "—"
                    : `${number.format(entry.investmentAmount)} ${entry.investmentCurrency ?? ""}`}
                </td>
                <td data-label={t("industries.fields.hubCities")}>
                  {entry.hubCities.map(localize).join(t("common.listSeparator")) || "—"}
                </td>
                <td data-label={t("industries.fields.priority")}>{entry.priority}</td>
                <td data-label={t("industries.fields.status")}>
                  <span className={`status status-${entry.status.toLowerCase()}`}>
                    {t(`industries.status.${entry.status}`)}
                  </span>
                </td>
                {editable && (
                  <td className="actions">
                    <button type="button" className="button button-small" onClick={() => setEditing(entry.id)}>
                      {t("common.edit")}
                      <span className="visually-hidden"> {entry.industryCode}</span>
                    </button>
                    <ActionButton
                      action={() => deleteEntryAction(slug, entry.id, entry.version)}
                      label="common.delete"
                      variant="danger"
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
