import { TableScroll } from "@/components/ui/table-scroll";
import { industryList } from "./format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { PositionView } from "@/lib/optimiser/data";

interface Props {
  positions: PositionView[];
  delegations: Array<{ id: string; name: string }>;
  industryName: (code: string) => string;
  locale: Locale;
  t: Translate;
}

/** The positions the reader may see: every submitted one, and its own delegation's draft. */
export function PositionsTable({ positions, delegations, industryName, locale, t }: Props) {
  const list = (codes: string[]) => industryList(codes, industryName, t);
  const pillars = ({ minPillars: min, maxPillars: max }: PositionView) =>
    min !== null && max !== null
      ? t("division.pillarsRange", { min, max })
      : min !== null
        ? t("division.pillarsAtLeast", { min })
        : max !== null
          ? t("division.pillarsAtMost", { max })
          : t("division.pillarsAny");
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const envelope = ({ envelopeMedium: medium, envelopeLong: long }: PositionView) =>
    [
      medium !== null && t("division.envelopeMediumValue", { amount: amount.format(medium) }),
      long !== null && t("division.envelopeLongValue", { amount: amount.format(long) }),
    ]
      .filter(Boolean)
      .join(t("common.listSeparator")) || "—";
  const shown = delegations.flatMap((d) => {
    const position = positions.find((p) => p.delegationId === d.id);
    return position ? [{ name: d.name, position }] : [];
  });
  return (
    <section className="card stack" aria-labelledby="positions-heading" data-testid="division-positions">
      <h2 id="positions-heading">{t("division.positionsTitle")}</h2>
      {shown.length === 0 ? (
        <p className="muted">{t("division.positionsNone")}</p>
      ) : (
        <TableScroll>
          <table>
            <caption>{t("division.positionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("division.delegation")}</th>
                <th scope="col">{t("division.stanceLead")}</th>
                <th scope="col">{t("division.stanceCede")}</th>
                <th scope="col">{t("division.pillarsColumn")}</th>
                <th scope="col">{t("division.envelopeColumn")}</th>
                <th scope="col">{t("division.statusColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ name, position }) => (
                <tr key={position.delegationId}>
                  <th scope="row">{name}</th>
                  <td>{list(position.mustLead)}</td>
                  <td>{list(position.willingToCede)}</td>
                  <td>{pillars(position)}</td>
                  <td>{envelope(position)}</td>
                  <td>{position.submittedAt ? t("division.statusSubmitted") : t("division.statusDraft")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
