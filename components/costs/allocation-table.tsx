import { formatMinor } from "@/lib/costs/allocation";
import { percentFormat, problemMessages } from "@/lib/costs/arrangement";
import type { ServiceView } from "@/lib/costs/data";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { TableScroll } from "@/components/ui/table-scroll";

interface Props {
  service: ServiceView;
  delegations: Array<{ id: string; name: string; colour: string }>;
  locale: Locale;
  t: Translate;
}

/** Each delegation's share in money and percent, totalling exactly the cost; or, when figures are
 * missing, what is missing instead of a table. */
export function AllocationTable({ service, delegations, locale, t }: Props) {
  const { allocation } = service;
  if (!allocation.ok) {
    return (
      <div className="notice notice-warning" role="status" data-testid="allocation-problems">
        <p>
          <strong>{t("costs.problems.title")}</strong>
        </p>
        <ul>
          {problemMessages(allocation.problems, delegations, t).map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
        <p className="muted">{t("costs.problems.whereFigures")}</p>
      </div>
    );
  }
  const money = (minor: number) => formatMinor(minor, allocation.currency, locale);
  const percent = percentFormat(locale);
  const name = (id: string) => delegations.find((d) => d.id === id)?.name ?? id;
  return (
    <div className="stack">
      <TableScroll>
        <table className="cards-on-phone" data-testid="allocation-table">
          <caption>{t("costs.table.caption", { name: service.name })}</caption>
          <thead className="visually-hidden-on-phone">
            <tr>
              <th scope="col">{t("costs.table.delegation")}</th>
              <th scope="col" className="num">
                {t("costs.table.share")}
              </th>
              <th scope="col" className="num">
                {t("costs.table.percent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {allocation.rows.map((row) => {
              const delegation = delegations.find((d) => d.id === row.delegationId);
              return (
                <tr key={row.delegationId}>
                  <th scope="row">
                    {delegation && (
                      <span className="swatch" style={{ background: delegation.colour }} aria-hidden="true" />
                    )}{" "}
                    {name(row.delegationId)}
                  </th>
                  <td className="num" data-label={t("costs.table.share")}>
                    {money(row.shareMinor)}
                  </td>
                  <td className="num" data-label={t("costs.table.percent")}>
                    {percent.format(row.percent / 100)}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("costs.table.total")}</th>
              <td className="num" data-label={t("costs.table.share")}>
                <strong>{money(allocation.rows.reduce((sum, row) => sum + row.shareMinor, 0))}</strong>
              </td>
              <td className="num" data-label={t("costs.table.percent")}>
                {percent.format(1)}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="muted">
        {allocation.remainder.minor === 0
          ? t("costs.table.remainderNone")
          : t("costs.table.remainder", {
              count: allocation.remainder.minor,
              names: allocation.remainder.assignedTo.map(name).join(t("common.listSeparator")),
            })}
      </p>
    </div>
  );
}
