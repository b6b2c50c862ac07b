"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { industryByCode } from "@/lib/industries/classification";

/** What the other person saved meanwhile, shown above the user's own (kept) values. */
export function ConflictNotice({ current }: { current: Record<string, unknown> }) {
  const t = useT();
  const locale = useLocale();
  const industry = industryByCode(String(current.industryCode ?? ""));
  const when = current.updatedAt
    ? new Intl.DateTimeFormat(locale, { timeStyle: "medium" }).format(new Date(String(current.updatedAt)))
    : "";
  const amount = (value: unknown, unit: unknown) =>
    value === null || value === undefined ? "—" : `${String(value)} ${String(unit ?? "")}`;
  return (
    <div className="notice notice-warning" role="alert" data-testid="conflict">
      <p>
        <strong>{t("industries.conflict.title", { name: String(current.updatedBy ?? ""), time: when })}</strong>
      </p>
      <p>{t("industries.conflict.explain")}</p>
      <dl className="facts">
        <div>
          <dt>{t("industries.fields.industry")}</dt>
          <dd>{industry ? `${industry.code} ${locale === "zh-CN" ? industry.nameZh : industry.nameEn}` : "—"}</dd>
        </div>
        <div>
          <dt>{t("industries.fields.targetValue")}</dt>
          <dd>{amount(current.targetValue, current.targetUnit)}</dd>
        </div>
        <div>
          <dt>{t("industries.fields.investmentAmount")}</dt>
          <dd>{amount(current.investmentAmount, current.investmentCurrency)}</dd>
        </div>
        <div>
          <dt>{t("industries.fields.priority")}</dt>
          <dd>{String(current.priority ?? "—")}</dd>
        </div>
        <div>
          <dt>{t("industries.fields.hubCities")}</dt>
          <dd>{Array.isArray(current.hubCities) ? current.hubCities.join(", ") : "—"}</dd>
        </div>
      </dl>
      <p>{t("industries.conflict.next")}</p>
    </div>
  );
}
