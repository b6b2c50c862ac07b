"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { usePushed } from "@/components/live/live-provider";
import { LocalTime } from "@/components/ui/local-time";
import type { StanceBoard } from "@/lib/plan/data";
import type { Pushed } from "@/lib/room/types";
import { ConsensusSummary } from "./consensus-summary";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * A clause's official stances, the consensus they make, and the ones that no longer count: pushed
 * state, so a delegation's stance appears on every screen without a server render. (A
 * delegation's drafts are its own, on its page.)
 */
export function LiveStances({
  board: initial,
  delegations,
}: {
  board: Pushed<StanceBoard>;
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const locale = useLocale();
  const { current, consensus, history } = usePushed(initial);
  const names = new Map(delegations.map((d) => [d.id, d.name]));
  return (
    <>
      <ConsensusSummary consensus={consensus} names={names} t={t} />
      <TableScroll>
        <table data-testid="stances">
          <thead>
            <tr>
              <th scope="col">{t("nav.delegations")}</th>
              <th scope="col">{t("plan.stance.position")}</th>
              <th scope="col">{t("plan.stance.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {delegations.map((d) => {
              const stance = current.find((s) => s.delegationId === d.id);
              return (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td>
                    {stance ? (
                      t(`plan.position.${stance.position}`)
                    ) : (
                      <span className="muted">{t("plan.position.none")}</span>
                    )}
                  </td>
                  <td>{stance?.reason || "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {history.length > 0 && (
        <details data-testid="stance-history">
          <summary>{t("plan.stance.history", { count: history.length })}</summary>
          <ul className="plain-list">
            {history.map((h) => (
              <li key={h.id}>
                <LocalTime iso={h.createdAt} locale={locale} /> · {names.get(h.delegationId)} ·{" "}
                {t("plan.versionN", { n: h.clauseVersion })}: {t(`plan.position.${h.position}`)}
                {h.reason ? ` — ${h.reason}` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
