import type { ReactNode } from "react";
import { ConnectionStatus } from "@/components/live/connection-status";
import { LiveProvider } from "@/components/live/live-provider";
import { PresencePanel } from "@/components/live/presence-panel";
import { SessionBanner } from "@/components/session/session-banner";
import { WorkshopNav } from "@/components/workshop/workshop-nav";
import { getTranslator } from "@/lib/i18n/server";
import { requireMember } from "@/lib/workshop/access";
import { sessionBanner } from "@/lib/session/data";
import { listDelegations } from "@/lib/workshop/data";
import { isFacilitator } from "@/lib/workshop/policy";

export default async function WorkshopLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug);
  const t = await getTranslator();
  const [delegations, banner] = await Promise.all([listDelegations(workshop.id), sessionBanner(workshop.id, slug)]);
  const delegation = delegations.find((d) => d.id === member.delegationId);
  return (
    <LiveProvider slug={slug} initialSeq={workshop.eventSeq}>
      <div className="workshop-header">
        <div>
          <p className="eyebrow">{workshop.region}</p>
          <p className="workshop-title">{workshop.title}</p>
          <p className="muted no-print">
            {t("workshop.youAre", { role: t(`roles.${member.role}`) })}
            {delegation ? ` · ${delegation.name}` : ""}
          </p>
        </div>
        <div className="workshop-status">
          <p className="phase-badge" data-testid="phase-badge">
            {t("workshop.phaseLabel", { phase: t(`phases.${workshop.phase}`) })}
          </p>
          <ConnectionStatus />
        </div>
      </div>
      <WorkshopNav slug={slug} />
      <SessionBanner slug={slug} banner={banner} chair={isFacilitator(member)} />
      <div className="workshop-body">
        <div className="workshop-content">{children}</div>
        <aside className="workshop-aside">
          <PresencePanel delegations={delegations.map((d) => ({ id: d.id, name: d.name, colour: d.colour }))} />
        </aside>
      </div>
    </LiveProvider>
  );
}
