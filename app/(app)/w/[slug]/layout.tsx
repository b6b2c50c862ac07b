import type { ReactNode } from "react";
import { ConnectionStatus } from "@/components/live/connection-status";
import { LiveProvider } from "@/components/live/live-provider";
import { LiveScope } from "@/components/live/live-scope";
import { PhaseBadge } from "@/components/live/phase-badge";
import { PresencePanel } from "@/components/live/presence-panel";
import { SessionBanner } from "@/components/session/session-banner";
import { WorkshopNav } from "@/components/workshop/workshop-nav";
import { getTranslator } from "@/lib/auth/request-locale";
import { getGlossaryMap, getLocalize } from "@/lib/glossary/data";
import { GlossaryProvider } from "@/components/glossary/glossary-provider";
import { requireMember } from "@/lib/workshop/access";
import { workshopFrame } from "@/lib/room/data";
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
  const [t, localize, glossary] = await Promise.all([getTranslator(), getLocalize(workshop), getGlossaryMap(workshop)]);
  // Read after the workshop row, so they reflect at least its event seq; shared by every page
  // rendered at that seq (a room refreshing at once reads them once).
  const { delegations, room } = await workshopFrame(workshop);
  const delegation = delegations.find((d) => d.id === member.delegationId);
  return (
    <LiveProvider slug={slug} initialSeq={workshop.eventSeq} initialRoom={room}>
      <GlossaryProvider map={glossary}>
        {/* The header and the presence list show the workshop and its delegations. */}
        <LiveScope reads={["workshop"]} />
        <div className="workshop-header">
          <div>
            <p className="eyebrow">{localize(workshop.region)}</p>
            <p className="workshop-title">{localize(workshop.title)}</p>
            <p className="muted no-print">
              {t("workshop.youAre", { role: t(`roles.${member.role}`) })}
              {delegation ? ` · ${localize(delegation.name)}` : ""}
            </p>
          </div>
          <div className="workshop-status">
            <PhaseBadge />
            <ConnectionStatus />
          </div>
        </div>
        <WorkshopNav slug={slug} />
        <SessionBanner slug={slug} chair={isFacilitator(member)} />
        <div className="workshop-body">
          <div className="workshop-content">{children}</div>
          <aside className="workshop-aside">
            <PresencePanel
              delegations={delegations.map((d) => ({ id: d.id, name: localize(d.name), colour: d.colour }))}
            />
          </aside>
        </div>
      </GlossaryProvider>
    </LiveProvider>
  );
}
