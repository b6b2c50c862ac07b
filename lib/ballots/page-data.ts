import "server-only";
import { notFound } from "next/navigation";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { requireMember } from "@/lib/workshop/access";
import { settleDueBallots } from "./ballot-mutations";
import { ballotView, type BallotView } from "./data";
import type { BallotFrame, BallotLive } from "./live-data";
import type { Pushed } from "@/lib/room/types";

/**
 * What a ballot's pages (the ballot page, the projector view) start from: the member (404/403 as
 * for every workshop page), the ballot as this member may see it after applying due opening or
 * closing times, and when its next timed transition is (the page reloads itself then).
 */
export async function loadBallotPage(slug: string, ballotId: string) {
  const { workshop, member } = await requireMember(slug);
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  await settleDueBallots(workshop.id);
  const view = await ballotView(workshop.id, ballotId, member, locale);
  if (!view) notFound();
  const { status, opensAt, closesAt } = view.ballot;
  const nextChange = status === "DRAFT" ? opensAt : status === "OPEN" ? closesAt : null;
  return {
    workshop,
    member,
    t,
    locale,
    view,
    // The seq read with the member, before the view: the live part reflects at least it.
    ...liveParts(view, workshop.eventSeq),
    nextChange: nextChange?.toISOString() ?? null,
  };
}

/** The frame and the live part of a ballot's view (components/ballots/live-ballot.tsx). */
export function liveParts(view: BallotView, seq: number): { frame: BallotFrame; live: Pushed<BallotLive> } {
  return {
    frame: {
      proposals: view.proposals.map((p) => ({ id: p.id, label: p.label })),
      delegations: view.delegations.map((d) => ({ id: d.id, name: d.name, colour: d.colour })),
      secret: view.ballot.secret,
    },
    live: {
      topic: `ballot:${view.ballot.id}`,
      seq,
      model: {
        status: view.ballot.status,
        turnout: view.turnout,
        results: view.results,
        openChoices: view.openChoices,
      },
    },
  };
}
