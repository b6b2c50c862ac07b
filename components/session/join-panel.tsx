import { ActionButton } from "@/components/ui/action-button";
import type { Translate } from "@/lib/i18n/translate";
import {
  declineJoinRequestAction,
  disableJoinCodeAction,
  enableJoinCodeAction,
  rotateJoinCodeAction,
} from "@/lib/session/actions";
import type { SessionPageView } from "@/lib/session/data";
import { formatJoinCode } from "@/lib/session/join-code";
import { AdmitForm } from "./admit-form";
import { QrCode } from "./qr-code";

export type JoinPanelData = NonNullable<SessionPageView["join"]>;

/**
 * The facilitator's join-by-code panel on the session page: the room's code, large, with a QR
 * code of the join link, the buttons to rotate, disable and enable it, and the requests waiting
 * for admission. New requests appear through the workshop's live stream (the page refreshes).
 */
export function JoinPanel({
  slug,
  join,
  delegations,
  t,
  origin,
}: {
  slug: string;
  join: JoinPanelData;
  delegations: Array<{ id: string; name: string }>;
  t: Translate;
  /** Where people reach the app (lib/server/origin.ts), for the QR code. */
  origin: string;
}) {
  const { code, enabled, requests } = join;
  const url = code ? `${origin}/join?code=${code}` : null;
  return (
    <section className="card stack session-wide" aria-labelledby="join-panel-title" data-testid="join-panel">
      <h2 id="join-panel-title">{t("join.panel.title")}</h2>
      {code && url ? (
        <div className="row" style={{ alignItems: "center" }}>
          {enabled && <QrCode text={url} label={t("join.panel.qrLabel", { url })} />}
          <div className="stack" style={{ flex: "1 1 18rem" }}>
            <p className="muted" style={{ margin: 0 }}>
              {t("join.code")}
            </p>
            <p
              data-testid="join-code"
              aria-describedby="join-code-state"
              style={{
                margin: 0,
                fontSize: "3.5rem",
                lineHeight: 1.1,
                fontWeight: 700,
                letterSpacing: "0.12em",
                fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
                ...(enabled ? {} : { color: "var(--muted)", textDecoration: "line-through" }),
              }}
            >
              {formatJoinCode(code)}
            </p>
            <p id="join-code-state" className={enabled ? "notice" : "notice notice-warning"} style={{ margin: 0 }}>
              {t(enabled ? "join.panel.enabled" : "join.panel.disabled")}
            </p>
            {enabled && (
              <p className="muted" style={{ margin: 0 }}>
                {t("join.panel.intro", { url: `${origin}/join` })}
              </p>
            )}
            <div className="actions">
              <ActionButton action={rotateJoinCodeAction.bind(null, slug)} label="join.panel.rotate" />
              {enabled ? (
                <ActionButton
                  action={disableJoinCodeAction.bind(null, slug)}
                  label="join.panel.disable"
                  variant="danger"
                />
              ) : (
                <ActionButton action={enableJoinCodeAction.bind(null, slug)} label="join.panel.enable" />
              )}
            </div>
            <p className="field-hint" style={{ margin: 0 }}>
              {t("join.panel.rotateHint")}
            </p>
          </div>
        </div>
      ) : (
        <div className="stack">
          <p style={{ margin: 0 }}>{t("join.panel.none")}</p>
          <div>
            <ActionButton action={rotateJoinCodeAction.bind(null, slug)} label="join.panel.create" variant="primary" />
          </div>
        </div>
      )}
      <h3 id="join-requests-title">{t("join.panel.requests")}</h3>
      {requests.length === 0 ? (
        <p className="muted">{t("join.panel.noRequests")}</p>
      ) : (
        <ul className="plain-list" aria-labelledby="join-requests-title" style={{ gap: "var(--space)" }}>
          {requests.map((request) => (
            <li key={request.id} className="subcard stack" data-testid="join-request">
              <div className="page-heading">
                <p style={{ margin: 0 }}>
                  <strong>{request.user.name}</strong> <span className="muted">· {request.user.email}</span>
                </p>
                <ActionButton
                  action={declineJoinRequestAction.bind(null, slug, request.id)}
                  label="join.panel.decline"
                  variant="danger"
                />
              </div>
              <AdmitForm slug={slug} requestId={request.id} name={request.user.name} delegations={delegations} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
