import { LiveScope } from "@/components/live/live-scope";
import { LocalTime } from "@/components/ui/local-time";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { Markdown } from "@/components/ui/markdown";
import { AmendmentForm, CommentForm, StanceForm, StatusForm } from "@/components/plan/clause-forms";
import { LiveStances } from "@/components/plan/live-stances";
import { DiffView } from "@/components/plan/diff-view";
import { sectionTitle } from "@/components/plan/section-title";
import { getLocale, getTranslator } from "@/lib/auth/request-locale";
import { confirmStanceAction, decideAmendmentAction, publishCaucusAction } from "@/lib/plan/actions";
import { clauseDetail } from "@/lib/plan/data";
import { diffWords } from "@/lib/plan/diff";
import { canAmend, canChair, canProposeStance, canRecordOfficialStance, canWithdraw } from "@/lib/plan/policy";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";
import { stanceOnAmendment } from "@/lib/plan/amendment-stances";
import { industryByCode, industryLabel } from "@/lib/industries/classification";

type Params = Promise<{ slug: string; clauseId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ClausePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { slug, clauseId } = await params;
  const { user, workshop, member: membership } = await requireMember(slug);
  const member = { ...membership, userId: user.id };
  const [t, locale, localize] = await Promise.all([getTranslator(), getLocale(), getLocalize(workshop)]);
  const detail = await clauseDetail(workshop, clauseId, member);
  if (!detail) notFound();
  const { clause, stances, board, delegations, objectives, clusters, users } = detail;
  const names = new Map(delegations.map((d) => [d.id, localize(d.name)]));
  const text = (n: number) => clause.versions.find((v) => v.number === n)?.text ?? "";
  const search = await searchParams;
  const from = Math.min(Number(search.from ?? clause.currentVersion - 1) || 1, clause.currentVersion);
  const to = Math.min(Number(search.to ?? clause.currentVersion) || clause.currentVersion, clause.currentVersion);
  const own = member.delegationId;
  const ownDrafts = stances.filter(
    (s) =>
      s.delegationId === own && s.state !== "OFFICIAL" && !s.supersededAt && s.clauseVersion === clause.currentVersion,
  );
  const chair = canChair(member);
  const modes = own
    ? ([
        canRecordOfficialStance(member, own) && "official",
        canProposeStance(member, own) && !canRecordOfficialStance(member, own) && "proposed",
        "private",
      ].filter(Boolean) as Array<"official" | "proposed" | "private">)
    : [];
  // Comments on amendments are shown with their amendment; the thread below is the clause's own.
  const topComments = clause.comments.filter((c) => !c.parentId && !c.amendmentId);

  return (
    <div className="stack">
      {/* The official stances are pushed; this delegation's drafts are its own (caucus scope). */}
      <LiveScope reads={[`clause:${clauseId}`, "clauses", `caucus:${own ?? "-"}:${clauseId}`]} />
      <p>
        <IntentLink href={`/w/${slug}/plan`}>← {t("nav.plan")}</IntentLink> · {sectionTitle(clause.section, t)}
      </p>
      <div className="page-heading">
        <h1>{clause.title}</h1>
        <span className={`status status-${clause.status.toLowerCase()}`} data-testid="clause-status">
          {t(`plan.status.${clause.status}`)}
        </span>
      </div>
      <p className="muted">
        {t(`plan.horizon.${clause.horizon}`)} · {t("plan.versionN", { n: clause.currentVersion })} ·{" "}
        {t("plan.proposedBy", { name: users.get(clause.proposedById) ?? "" })}
      </p>
      {(clause.industryCodes.length > 0 ||
        clusters.length > 0 ||
        objectives.length > 0 ||
        clause.delegationIds.length > 0) && (
        <dl className="facts" data-testid="clause-links">
          {clause.industryCodes.length > 0 && (
            <div>
              <dt>{t("plan.fields.industries")}</dt>
              <dd>
                {clause.industryCodes
                  .map((code) => {
                    const industry = industryByCode(code);
                    return industry ? industryLabel(industry, locale) : code;
                  })
                  .join(t("common.listSeparator"))}
              </dd>
            </div>
          )}
          {clause.delegationIds.length > 0 && (
            <div>
              <dt>{t("nav.delegations")}</dt>
              <dd>{clause.delegationIds.map((id) => names.get(id) ?? "").join(t("common.listSeparator"))}</dd>
            </div>
          )}
          {clusters.length > 0 && (
            <div>
              <dt>{t("nav.clusters")}</dt>
              <dd>{clusters.map((c) => localize(c.name)).join(t("common.listSeparator"))}</dd>
            </div>
          )}
          {objectives.length > 0 && (
            <div>
              <dt>{t("plan.fields.objectives")}</dt>
              <dd>{objectives.map((o) => `${o.code} ${localize(o.title)}`).join(t("common.listSeparator"))}</dd>
            </div>
          )}
        </dl>
      )}
      {clause.overrideReason && (
        <p className="notice notice-warning">{t("plan.overrideRecorded", { reason: clause.overrideReason })}</p>
      )}
      <section className="card" aria-labelledby="text-title">
        <h2 id="text-title">{t("plan.currentText")}</h2>
        <Markdown text={text(clause.currentVersion)} />
      </section>

      <section className="card stack" aria-labelledby="stances-title">
        <h2 id="stances-title">{t("plan.stance.title")}</h2>
        <LiveStances
          board={{ topic: `stances:${clauseId}`, seq: workshop.eventSeq, model: board }}
          delegations={delegations.map((d) => ({ id: d.id, name: localize(d.name) }))}
        />
        {own && clause.status !== "AGREED" && clause.status !== "WITHDRAWN" && (
          <div className="subcard stack">
            <h3>{t("plan.stance.forDelegation", { delegation: names.get(own) ?? "" })}</h3>
            {ownDrafts.map((draft) => (
              <div key={draft.id} className="row" data-testid={`draft-${draft.state.toLowerCase()}`}>
                <span>
                  {t(`plan.stance.state.${draft.state as "PROPOSED" | "PRIVATE"}`)}:{" "}
                  {t(`plan.position.${draft.position}`)}
                  {draft.reason ? ` — ${draft.reason}` : ""} ({users.get(draft.recordedById)})
                </span>
                {draft.state === "PROPOSED" && canRecordOfficialStance(member, own) && (
                  <ActionButton
                    action={confirmStanceAction.bind(null, slug, draft.id)}
                    label="plan.stance.confirm"
                    variant="primary"
                  />
                )}
              </div>
            ))}
            {ownDrafts.some((d) => d.state === "PRIVATE") && canRecordOfficialStance(member, own) && (
              <ActionButton
                action={publishCaucusAction.bind(null, slug, own)}
                label="plan.stance.publishCaucus"
                variant="primary"
              />
            )}
            <StanceForm slug={slug} clauseId={clause.id} delegationId={own} modes={modes} />
          </div>
        )}
      </section>

      <section className="card stack" aria-labelledby="amendments-title">
        <h2 id="amendments-title">{t("plan.amendments")}</h2>
        {clause.amendments.length === 0 && <p className="muted">{t("plan.noAmendments")}</p>}
        {clause.amendments.map((amendment) => (
          <article key={amendment.id} className="subcard stack" data-testid="amendment">
            <p>
              <strong>{t(`plan.amendmentStatus.${amendment.status}`)}</strong> · {users.get(amendment.proposedById)} ·{" "}
              {t("plan.againstVersion", { n: amendment.baseVersion })}
            </p>
            <DiffView segments={diffWords(text(amendment.baseVersion), amendment.text)} t={t} />
            {amendment.rationale && <p className="muted">{amendment.rationale}</p>}
            <p className="muted" data-testid="amendment-stances">
              {delegations
                .map((d) => {
                  const stance = stanceOnAmendment(stances, amendment, d.id);
                  const none = amendment.status === "OPEN" ? "plan.position.none" : "plan.position.noneRecorded";
                  return `${localize(d.name)}: ${stance ? t(`plan.position.${stance.position}`) : t(none)}`;
                })
                .join(t("common.listSeparator"))}
            </p>
            {amendment.status === "OPEN" && own && clause.status !== "AGREED" && clause.status !== "WITHDRAWN" && (
              <details>
                <summary>{t("plan.stance.onAmendment", { delegation: names.get(own) ?? "" })}</summary>
                <StanceForm
                  slug={slug}
                  clauseId={clause.id}
                  delegationId={own}
                  modes={modes}
                  amendmentId={amendment.id}
                />
              </details>
            )}
            {clause.comments
              .filter((c) => c.amendmentId === amendment.id)
              .map((comment) => (
                <Comment key={comment.id} comment={comment} users={users} t={t} locale={locale} />
              ))}
            <details>
              <summary>{t("plan.comments.onAmendment")}</summary>
              <CommentForm slug={slug} clauseId={clause.id} amendmentId={amendment.id} />
            </details>
            {chair && amendment.status === "OPEN" && (
              <div className="row">
                <ActionButton
                  action={decideAmendmentAction.bind(null, slug, amendment.id, "ACCEPTED")}
                  label="plan.acceptAmendment"
                  variant="primary"
                />
                <ActionButton
                  action={decideAmendmentAction.bind(null, slug, amendment.id, "REJECTED")}
                  label="plan.rejectAmendment"
                  variant="danger"
                />
              </div>
            )}
          </article>
        ))}
        {canAmend(member, clause) && (
          <details>
            <summary>{t("plan.amend")}</summary>
            <AmendmentForm
              slug={slug}
              clauseId={clause.id}
              version={clause.currentVersion}
              text={text(clause.currentVersion)}
            />
          </details>
        )}
      </section>

      {clause.currentVersion > 1 && (
        <section className="card stack" aria-labelledby="versions-title">
          <h2 id="versions-title">{t("plan.versions")}</h2>
          <form method="get" className="row" aria-label={t("plan.compare")}>
            {(["from", "to"] as const).map((name) => (
              <div className="field" key={name}>
                <label htmlFor={`compare-${name}`}>{t(`plan.compare${name === "from" ? "From" : "To"}`)}</label>
                <select id={`compare-${name}`} name={name} defaultValue={name === "from" ? from : to}>
                  {clause.versions.map((v) => (
                    <option key={v.number} value={v.number}>
                      {t("plan.versionN", { n: v.number })} ·{" "}
                      <LocalTime iso={v.createdAt.toISOString()} locale={locale} />
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="button">
              {t("plan.compare")}
            </button>
          </form>
          <DiffView segments={diffWords(text(from), text(to))} t={t} />
        </section>
      )}

      {(chair || canWithdraw(member, clause)) && (
        <section className="card" aria-labelledby="status-title">
          <h2 id="status-title">{t("plan.status.change")}</h2>
          <StatusForm
            slug={slug}
            clauseId={clause.id}
            current={clause.status}
            allowed={chair ? ["UNDER_DISCUSSION", "PARKED", "AGREED", "WITHDRAWN"] : ["WITHDRAWN"]}
          />
        </section>
      )}

      <section className="card stack" aria-labelledby="comments-title">
        <h2 id="comments-title">
          {t("plan.comments.title", { count: clause.comments.filter((c) => !c.amendmentId).length })}
        </h2>
        <ul className="comments">
          {topComments.map((comment) => (
            <li key={comment.id}>
              <Comment comment={comment} users={users} t={t} locale={locale} />
              <ul>
                {clause.comments
                  .filter((reply) => reply.parentId === comment.id)
                  .map((reply) => (
                    <li key={reply.id}>
                      <Comment comment={reply} users={users} t={t} locale={locale} />
                    </li>
                  ))}
              </ul>
              <details>
                <summary>{t("plan.comments.reply")}</summary>
                <CommentForm slug={slug} clauseId={clause.id} parentId={comment.id} />
              </details>
            </li>
          ))}
        </ul>
        <CommentForm slug={slug} clauseId={clause.id} />
      </section>
    </div>
  );
}

function Comment({
  comment,
  users,
  t,
  locale,
}: {
  comment: { authorId: string; body: string; alignment: "IN_FAVOUR" | "AGAINST" | "NEUTRAL" | null; createdAt: Date };
  users: Map<string, string>;
  t: Awaited<ReturnType<typeof getTranslator>>;
  locale: string;
}) {
  return (
    <div className="comment">
      <p className="muted">
        <strong>{users.get(comment.authorId)}</strong> ·{" "}
        <LocalTime iso={comment.createdAt.toISOString()} locale={locale} />
        {comment.alignment && <> · {t(`plan.alignment.${comment.alignment}`)}</>}
      </p>
      <Markdown text={comment.body} />
    </div>
  );
}
