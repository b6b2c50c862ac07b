import "server-only";
import { notFound } from "next/navigation";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
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
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  await settleDueBallots(workshop.id);
  const read = await ballotView(workshop.id, ballotId, member, locale);
  if (!read) notFound();
  // Shown, never edited, on these pages: the ballot's title and the delegations' names as the
  // reader sees them (lib/glossary).
  const view: BallotView = {
    ...read,
    ballot: { ...read.ballot, title: localize(read.ballot.title) },
    delegations: read.delegations.map((d) => ({ ...d, name: localize(d.name) })),
  };
  const { status, opensAt, closesAt } = view.ballot;
  const nextChange = status === "DRAFT" ? opensAt : status === "OPEN" ? closesAt : null;
  return {
    workshop,
    member,
    t,
    locale,
    view,
    /** The title as entered, for the form that edits it. */
    enteredTitle: read.ballot.title,
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
      encrypted: view.ballot.encrypted,
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
