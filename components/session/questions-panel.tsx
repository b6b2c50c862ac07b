import { ActionButton } from "@/components/ui/action-button";
import type { Translate } from "@/lib/i18n/translate";
import { moderateQuestionAction, toggleQuestionVoteAction } from "@/lib/session/actions";
import type { SessionPageView } from "@/lib/session/data";
import { QuestionForm } from "./question-form";

/** Questions from the floor, most upvoted first; answered ones last. */
export function QuestionsPanel({ slug, view, t }: { slug: string; view: SessionPageView; t: Translate }) {
  return (
    <section className="card stack" aria-labelledby="questions-heading" data-testid="questions">
      <h2 id="questions-heading">{t("session.questions.title")}</h2>
      {view.questions.length === 0 && <p className="muted">{t("session.questions.empty")}</p>}
      <ul className="plain-list question-list">
        {view.questions.map((q) => (
          <li key={q.id} className={q.answered || q.hidden ? "question question-done" : "question"}>
            <p className="question-body">{q.body}</p>
            <p className="muted">
              {q.author ?? t("session.questions.byAnonymous")} {q.own && t("session.questions.yours")} ·{" "}
              {t("session.questions.votes", { count: q.votes })}
              {q.answered && ` · ${t("session.questions.answered")}`}
              {q.hidden && ` · ${t("session.questions.hidden")}`}
            </p>
            <div className="actions">
              {!q.own && !q.hidden && (
                <ActionButton
                  action={toggleQuestionVoteAction.bind(null, slug, q.id)}
                  label={q.votedByMe ? "session.questions.removeUpvote" : "session.questions.upvote"}
                />
              )}
              {view.chair && (
                <>
                  <ActionButton
                    action={moderateQuestionAction.bind(null, slug, q.id, q.answered ? "unanswered" : "answered")}
                    label={q.answered ? "session.questions.markOpen" : "session.questions.markAnswered"}
                  />
                  <ActionButton
                    action={moderateQuestionAction.bind(null, slug, q.id, q.hidden ? "show" : "hide")}
                    label={q.hidden ? "session.questions.show" : "session.questions.hide"}
                  />
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <QuestionForm slug={slug} />
    </section>
  );
}
