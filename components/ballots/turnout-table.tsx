import type { ShownBallot } from "@/lib/ballots/live-data";
import type { Translate } from "@/lib/i18n/translate";
import { TableScroll } from "@/components/ui/table-scroll";

/** Who has voted, as numbers per delegation (never names on a secret ballot). */
export function TurnoutTable({ view, t }: { view: ShownBallot; t: Translate }) {
  return (
    <TableScroll>
      <table data-testid="turnout">
        <caption>{t("ballots.turnoutCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ballots.delegation")}</th>
            <th scope="col">{t("ballots.voted")}</th>
            <th scope="col">{t("ballots.eligible")}</th>
          </tr>
        </thead>
        <tbody>
          {view.turnout.map((row) => (
            <tr key={row.delegationId}>
              <th scope="row">{view.delegations.find((d) => d.id === row.delegationId)?.name}</th>
              <td className="num">{row.voted}</td>
              <td className="num">{row.eligible}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
