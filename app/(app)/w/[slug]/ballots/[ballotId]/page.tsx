import { LiveScope } from "@/components/live/live-scope";
import { IntentLink } from "@/components/ui/intent-link";
import { BallotControls } from "@/components/ballots/ballot-controls";
import { BallotSummary } from "@/components/ballots/ballot-summary";
import { LiveBallotResults } from "@/components/ballots/live-ballot";
import { TimedRefresh } from "@/components/ballots/timed-refresh";
import { KeyHolders } from "@/components/ballots/key-holders";
import { VoteForm } from "@/components/ballots/vote-form";
import { listBrands } from "@/lib/ballots/data";
import { brandLabel } from "@/lib/ballots/labels";
import { loadBallotPage } from "@/lib/ballots/page-data";
import { canManageBallots, canVote } from "@/lib/ballots/policy";
import { getTranslator } from "@/lib/auth/request-locale";
import { keyHoldersView } from "@/lib/verifiable/page-data";

export async function generateMetadata() {
  return { title: (await getTranslator())("ballots.title") };
}

export default async function BallotPage({ params }: { params: Promise<{ slug: string; ballotId: string }> }) {
  const { slug, ballotId } = await params;
  const { workshop, member, t, locale, view, enteredTitle, frame, live, nextChange } = await loadBallotPage(
    slug,
    ballotId,
  );
  const { ballot } = view;
  const manage = canManageBallots(member);
  const brands = manage && ballot.status === "DRAFT" ? await listBrands(workshop.id) : [];
  const keyHolders = ballot.encrypted ? await keyHoldersView(workshop.id, ballot, member) : null;
  return (
    <div className="stack">
      <LiveScope reads={[`ballot:${ballotId}`, "brands", "members"]} />
      <TimedRefresh at={nextChange} />
      <p>
        <IntentLink href={`/w/${slug}/brands`}>{t("ballots.back")}</IntentLink>
      </p>
      <div className="page-heading">
        <h1>{ballot.title}</h1>
        <span className={`status status-${ballot.status.toLowerCase()}`} data-testid="ballot-status">
          {t(`ballots.status.${ballot.status}`)}
        </span>
      </div>
      <BallotSummary view={view} locale={locale} t={t} />
      <section className="card stack" aria-labelledby="options-heading">
        <h2 id="options-heading">{t("ballots.fields.options")}</h2>
        <ul className="plain-list">
          {view.proposals.map((p) => (
            <li key={p.id}>{p.label}</li>
          ))}
        </ul>
      </section>

      {keyHolders && (
        <KeyHolders
          slug={slug}
          ballotId={ballot.id}
          status={ballot.status}
          view={keyHolders}
          delegations={view.delegations}
        />
      )}

      {canVote(member) && ballot.status === "OPEN" && (
        <section className="card stack" aria-labelledby="vote-heading">
          <h2 id="vote-heading">{t("ballots.vote.title")}</h2>
          <VoteForm
            slug={slug}
            ballotId={ballot.id}
            method={ballot.method}
            options={view.proposals.map((p) => ({ id: p.id, label: p.label }))}
            ownVote={view.ownVote}
            hasVoted={view.hasVoted}
            publicKey={ballot.encrypted ? ballot.publicKey : undefined}
          />
        </section>
      )}
      {canVote(member) && ballot.status === "CLOSED" && (
        <p className="notice">{t(view.hasVoted ? "ballots.vote.youVoted" : "ballots.vote.youDidNotVote")}</p>
      )}
      {!canVote(member) && ballot.status === "OPEN" && <p className="muted">{t("ballots.vote.notEligible")}</p>}

      <LiveBallotResults frame={frame} live={live} />

      {ballot.status !== "CLOSED" && (ballot.opensAt || ballot.closesAt) && (
        <p>
          <a href={`/api/w/${slug}/ballots/${ballot.id}/ics`} download data-testid="ballot-ics">
            {t("calendar.addItem")}
          </a>
        </p>
      )}

      {ballot.status !== "DRAFT" && (
        <p className="row">
          <IntentLink className="button" href={`/w/${slug}/ballots/${ballot.id}/projector`}>
            {t("ballots.projector")}
          </IntentLink>
          {ballot.status === "CLOSED" && !ballot.encrypted && (
            <a className="button" href={`/api/w/${slug}/ballots/${ballot.id}`} download>
              {t("ballots.export")}
            </a>
          )}
          {ballot.encrypted && (
            <a className="button" href={`/api/w/${slug}/ballots/${ballot.id}/board`} download data-testid="board-link">
              {t("ballots.encrypted.board")}
            </a>
          )}
        </p>
      )}
      {ballot.encrypted && ballot.status !== "DRAFT" && <p className="muted">{t("ballots.encrypted.boardHint")}</p>}
      {manage && ballot.status !== "CLOSED" && (
        <BallotControls
          slug={slug}
          brands={brands.map((b) => ({ id: b.id, label: brandLabel(b, locale) }))}
          ballot={{
            id: ballot.id,
            version: ballot.version,
            status: ballot.status,
            title: enteredTitle,
            method: ballot.method,
            weighting: ballot.weighting,
            secret: ballot.secret,
            resultsVisibility: ballot.resultsVisibility,
            quorum: ballot.quorum,
            conflictOfInterest: ballot.conflictOfInterest,
            tieBreak: ballot.tieBreak,
            encrypted: ballot.encrypted,
            opensAt: ballot.opensAt?.toISOString() ?? null,
            closesAt: ballot.closesAt?.toISOString() ?? null,
            regionWideThreshold: view.regionWideThreshold,
            optionIds: view.proposals.map((p) => p.id),
          }}
        />
      )}
    </div>
  );
}
