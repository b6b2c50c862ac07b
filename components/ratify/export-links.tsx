import type { Translate } from "@/lib/i18n/translate";
import { PLAN_CSV_TABLES } from "@/lib/ratify/csv";

const DOCUMENTS = ["pdf", "docx", "md", "json"] as const;

/**
 * Download links for one version of the plan (or the draft): the documents, then one CSV per
 * table. Each link's accessible name says which version it is, as a page lists several.
 */
export function ExportLinks({ slug, version, t }: { slug: string; version: number | "draft"; t: Translate }) {
  const base = `/api/w/${slug}/plan/${version}`;
  const name = (what: string) =>
    version === "draft" ? t("ratify.downloadDraftAs", { what }) : t("ratify.downloadAs", { what, version });
  return (
    <div className="stack export-links">
      <p className="actions">
        <span>{t("ratify.export")}:</span>
        {DOCUMENTS.map((format) => (
          <a
            key={format}
            className="button"
            href={`${base}?format=${format}`}
            download
            aria-label={name(t(`ratify.formats.${format}`))}
          >
            {t(`ratify.formats.${format}`)}
          </a>
        ))}
      </p>
      <p className="actions">
        <span>{t("ratify.tables")}:</span>
        {PLAN_CSV_TABLES.map((table) => (
          <a
            key={table}
            className="button"
            href={`${base}?format=csv&table=${table}`}
            download
            aria-label={name(`${t(`ratify.csv.${table}`)} (CSV)`)}
          >
            {t(`ratify.csv.${table}`)}
          </a>
        ))}
      </p>
    </div>
  );
}
