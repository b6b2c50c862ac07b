"use client";

import { LocalTime } from "@/components/ui/local-time";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ActionButton } from "@/components/ui/action-button";
import type { MailStatus, Role } from "@/lib/db/generated/enums";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/workshop/actions";
import type { InvitationState } from "@/lib/workshop/invitation-token";
import { TableScroll } from "@/components/ui/table-scroll";

interface Row {
  id: string;
  role: Role;
  delegation: string | null;
  note: string;
  email: string | null;
  delivery: { status: MailStatus; attempts: number; lastError: string | null; sentAt: Date | null } | null;
  state: InvitationState;
  expiresAt: string;
  acceptedBy: string | null;
}

export function InvitationList({ slug, invitations }: { slug: string; invitations: Row[] }) {
  const t = useT();
  const locale = useLocale();
  if (invitations.length === 0) return <p>{t("members.noInvitations")}</p>;
  return (
    <TableScroll>
      <table className="cards-on-phone">
        <thead className="visually-hidden-on-phone">
          <tr>
            <th scope="col">{t("members.fields.email")}</th>
            <th scope="col">{t("members.fields.role")}</th>
            <th scope="col">{t("members.fields.delegation")}</th>
            <th scope="col">{t("members.fields.note")}</th>
            <th scope="col">{t("members.fields.state")}</th>
            <th scope="col">{t("members.fields.expires")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id} data-testid="invitation-row">
              <td data-label={t("members.fields.email")}>{i.email ?? t("members.byLinkOnly")}</td>
              <td data-label={t("members.fields.role")}>{t(`roles.${i.role}`)}</td>
              <td data-label={t("members.fields.delegation")}>{i.delegation ?? "—"}</td>
              <td data-label={t("members.fields.note")}>{i.note || "—"}</td>
              <td data-label={t("members.fields.state")}>
                {t(`invite.stateShort.${i.state}`)}
                {i.acceptedBy ? ` · ${i.acceptedBy}` : ""}
                {i.delivery && i.state !== "accepted" && <Delivery delivery={i.delivery} />}
              </td>
              <td data-label={t("members.fields.expires")}>
                <LocalTime iso={new Date(i.expiresAt).toISOString()} locale={locale} />
              </td>
              <td>
                {i.state === "pending" && i.email && (
                  <ActionButton action={() => resendInvitationAction(slug, i.id)} label="members.resend" />
                )}
                {i.state === "pending" && (
                  <ActionButton
                    action={() => revokeInvitationAction(slug, i.id)}
                    label="members.revoke"
                    variant="danger"
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Where the emailed link is: sending, delivered, retrying (with the server's answer), or failed. */
function Delivery({ delivery }: { delivery: NonNullable<Row["delivery"]> }) {
  const t = useT();
  const retrying = delivery.status === "PENDING" && delivery.attempts > 0;
  return (
    <span className="invitation-delivery" data-testid="invitation-delivery" data-status={delivery.status}>
      {" · "}
      {retrying
        ? t("members.delivery.retrying", { attempts: delivery.attempts })
        : t(`members.delivery.${delivery.status}`)}
      {delivery.lastError && (retrying || delivery.status === "FAILED") && (
        <span className="muted"> ({delivery.lastError})</span>
      )}
    </span>
  );
}
