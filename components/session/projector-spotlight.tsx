import type { ReactNode } from "react";
import { analysisSummary, industryName } from "@/components/analysis/format";
import { MatrixHead, SeverityBadge } from "@/components/analysis/overlap-matrix";
import { LiveProjectorResults } from "@/components/ballots/live-ballot";
import { ConsensusSummary } from "@/components/plan/consensus-summary";
import { BestProposal } from "@/components/division/best-proposal";
import { Markdown } from "@/components/ui/markdown";
import type { BallotView } from "@/lib/ballots/data";
import type { BallotFrame, BallotLive } from "@/lib/ballots/live-data";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { OverlapAnalysis } from "@/lib/industries/overlap";
import type { StoredProposal } from "@/lib/optimiser/data";
import type { clauseDetail } from "@/lib/plan/data";
import type { Pushed } from "@/lib/room/types";
import type { AgendaItemView } from "@/lib/session/data";

/** How many industries fit on the screen; the rest are counted (the most contested come first). */
const SHOWN_INDUSTRIES = 5;

type ClauseDetail = NonNullable<Awaited<ReturnType<typeof clauseDetail>>>;

/** Text longer than this is set smaller, and fades out if it still does not fit. */
const LONG_TEXT = 420;

function Spotlight({
  kind,
  title,
  meta,
  children,
  t,
}: {
  kind: "CLAUSE" | "ANALYSIS" | "BALLOT" | "DIVISION";
  title: string;
  /** Shown after the kind above the title; without it the title says it all. */
  meta?: ReactNode;
  children: ReactNode;
  t: Translate;
}) {
  return (
    <section
      className="projector-spotlight"
      aria-labelledby="projector-spotlight-title"
      data-testid={`projector-spotlight-${kind.toLowerCase()}`}
    >
      {meta && (
        <p className="projector-eyebrow">
          {t(`projector.kind.${kind}`)} · {meta}
        </p>
      )}
      <h2 id="projector-spotlight-title">{title}</h2>
      {children}
    </section>
  );
}

/** A clause: its current text, and each delegation's official stance on it, in the delegation's colour. */
export function ProjectorClause({ detail, t }: { detail: ClauseDetail; t: Translate }) {
  const {
    clause,
    board: { current, consensus },
    delegations,
  } = detail;
  const names = new Map(delegations.map((d) => [d.id, d.name]));
  const text = clause.versions.find((v) => v.number === clause.currentVersion)?.text ?? "";
  return (
    <Spotlight
      kind="CLAUSE"
      title={clause.title}
      meta={
        <>
          <span className={`status status-${clause.status.toLowerCase()}`} data-testid="projector-clause-status">
            {t(`plan.status.${clause.status}`)}
          </span>{" "}
          · {t("plan.versionN", { n: clause.currentVersion })}
        </>
      }
      t={t}
    >
      <Markdown
        text={text}
        className={`markdown projector-text${text.length > LONG_TEXT ? " projector-text-long" : ""}`}
      />
      <ul className="projector-stances" data-testid="projector-stances">
        {delegations.map((d) => {
          const stance = current.find((s) => s.delegationId === d.id);
          return (
            <li key={d.id}>
              <span className="projector-stance-delegation" style={{ borderColor: d.colour }}>
                {d.name}
              </span>
              <span>
                <span className={`projector-position projector-position-${stance?.position.toLowerCase() ?? "none"}`}>
                  {t(stance ? `plan.position.${stance.position}` : "plan.position.none")}
                </span>
              </span>
              <span className="projector-stance-reason">{stance?.reason}</span>
            </li>
          );
        })}
      </ul>
      <ConsensusSummary consensus={consensus} names={names} t={t} />
    </Spotlight>
  );
}

/**
 * The overlap matrix for the room: the analysis page's rows (same data, same order, most contested
 * first), with each cell reduced to "planned or not" so that it reads from afar; the plans' details
 * stay on the analysis page. What does not fit is counted.
 */
export function ProjectorAnalysis({
  overlap,
  delegations,
  locale,
  t,
}: {
  overlap: OverlapAnalysis;
  delegations: Array<{ id: string; name: string; colour: string }>;
  locale: Locale;
  t: Translate;
}) {
  const rows = overlap.rows.slice(0, SHOWN_INDUSTRIES);
  return (
    <Spotlight kind="ANALYSIS" title={t("projector.kind.ANALYSIS")} t={t}>
      <p className="projector-summary" data-testid="projector-analysis-summary">
        {analysisSummary(overlap.totals, t)}
      </p>
      {rows.length === 0 ? (
        <p className="projector-quiet">{t("analysis.empty")}</p>
      ) : (
        <table className="matrix projector-overlap" data-testid="projector-overlap">
          <caption className="visually-hidden">{t("analysis.matrixCaption")}</caption>
          <MatrixHead delegations={delegations} t={t} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.industryCode} className={`overlap-${row.severity}`}>
                <th scope="row">
                  <span className="code">{row.industryCode}</span> {industryName(row.industryCode, locale)}
                </th>
                {row.cells.map((cell) => {
                  const colour = delegations.find((d) => d.id === cell.delegationId)?.colour;
                  return (
                    <td key={cell.delegationId} className={cell.plans.length ? "planned" : "empty"}>
                      {cell.plans.length === 0 ? (
                        <span className="muted" aria-label={t("analysis.notPlanned")}>
                          —
                        </span>
                      ) : (
                        <>
                          <span className="projector-planned" style={{ background: colour }} aria-hidden="true">
                            ✓
                          </span>
                          {cell.plans.length > 1 && <span aria-hidden="true"> ×{cell.plans.length}</span>}
                          <span className="visually-hidden">{t("projector.plans", { count: cell.plans.length })}</span>
                        </>
                      )}
                    </td>
                  );
                })}
                <td>
                  <SeverityBadge severity={row.severity} score={row.score} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {overlap.rows.length > rows.length && (
        <p className="projector-quiet">{t("projector.moreRows", { count: overlap.rows.length - rows.length })}</p>
      )}
    </Spotlight>
  );
}

/** A ballot: status and method, then turnout and the results exactly as the ballot's projector view shows them. */
export function ProjectorBallot({
  view,
  frame,
  live,
  t,
}: {
  view: BallotView;
  frame: BallotFrame;
  live: Pushed<BallotLive>;
  t: Translate;
}) {
  const { ballot } = view;
  return (
    <Spotlight
      kind="BALLOT"
      title={ballot.title}
      meta={
        <>
          <span className={`status status-${ballot.status.toLowerCase()}`} data-testid="ballot-status">
            {t(`ballots.status.${ballot.status}`)}
          </span>{" "}
          · {t(`ballots.methods.${ballot.method}`)} · {t(ballot.secret ? "ballots.secretBallot" : "ballots.openBallot")}
        </>
      }
      t={t}
    >
      <LiveProjectorResults frame={frame} live={live} />
    </Spotlight>
  );
}

/** Nothing in the spotlight: a calm screen with what comes next on the agenda. */
export function ProjectorWaiting({ next, t }: { next: AgendaItemView[]; t: Translate }) {
  return (
    <section className="projector-waiting" aria-labelledby="projector-waiting-title" data-testid="projector-waiting">
      <h2 id="projector-waiting-title">{t("projector.waiting")}</h2>
      {next.length > 0 ? (
        <>
          <h3>{t("projector.upNext")}</h3>
          <ol className="projector-next">
            {next.map((item) => (
              <li key={item.id}>
                <span>{item.title}</span>
                <span className="projector-minutes">
                  {t("session.agenda.minutes", { minutes: item.plannedMinutes })}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="projector-quiet">{t("projector.nothingNext")}</p>
      )}
    </section>
  );
}

/** The newest division of labour: its best proposal (or the conflict), as its own projector page shows it. */
export function ProjectorDivision({
  slug,
  latest,
  delegations,
  locale,
  t,
}: {
  slug: string;
  latest: StoredProposal | null;
  delegations: Array<{ id: string; name: string }>;
  locale: Locale;
  t: Translate;
}) {
  return (
    <Spotlight kind="DIVISION" title={t("projector.kind.DIVISION")} t={t}>
      <BestProposal
        slug={slug}
        latest={latest}
        delegations={delegations}
        industryName={(code) => industryName(code, locale)}
        locale={locale}
        t={t}
      />
    </Spotlight>
  );
}
