"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { usePushed } from "@/components/live/live-provider";
import { ActionButton } from "@/components/ui/action-button";
import type { Pushed, QuestionsModel } from "@/lib/room/types";
import { moderateQuestionAction, toggleQuestionVoteAction } from "@/lib/session/actions";
import { QuestionForm } from "./question-form";

/**
 * Questions from the floor, most upvoted first; answered ones last. The list is pushed state (a
 * question or an upvote appears on every screen without a server render); which questions are
 * this member's and which they upvoted is known to them only, so it comes with the page, which
 * their own ask or upvote refreshes.
 */
export function QuestionsPanel({
  slug,
  chair,
  questions: initial,
  mine,
}: {
  slug: string;
  chair: boolean;
  questions: Pushed<QuestionsModel>;
  mine: { asked: string[]; upvoted: string[] };
}) {
  const t = useT();
  const { questions } = usePushed(initial);
  return (
    <section className="card stack" aria-labelledby="questions-heading" data-testid="questions">
      <h2 id="questions-heading">{t("session.questions.title")}</h2>
      {questions.length === 0 && <p className="muted">{t("session.questions.empty")}</p>}
      <ul className="plain-list question-list">
        {questions.map((q) => {
          const own = mine.asked.includes(q.id);
          return (
            <li key={q.id} className={q.answered || q.hidden ? "question question-done" : "question"}>
              <p className="question-body">{q.body}</p>
              <p className="muted">
                {q.author ?? t("session.questions.byAnonymous")} {own && t("session.questions.yours")} ·{" "}
                {t("session.questions.votes", { count: q.votes })}
                {q.answered && ` · ${t("session.questions.answered")}`}
                {q.hidden && ` · ${t("session.questions.hidden")}`}
              </p>
              <div className="actions">
                {!own && !q.hidden && (
                  <ActionButton
                    action={toggleQuestionVoteAction.bind(null, slug, q.id)}
                    label={mine.upvoted.includes(q.id) ? "session.questions.removeUpvote" : "session.questions.upvote"}
                  />
                )}
                {chair && (
                  <>
                    <ActionButton
                      pushed
                      action={moderateQuestionAction.bind(null, slug, q.id, q.answered ? "unanswered" : "answered")}
                      label={q.answered ? "session.questions.markOpen" : "session.questions.markAnswered"}
                    />
                    <ActionButton
                      pushed
                      action={moderateQuestionAction.bind(null, slug, q.id, q.hidden ? "show" : "hide")}
                      label={q.hidden ? "session.questions.show" : "session.questions.hide"}
                    />
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <QuestionForm slug={slug} />
    </section>
  );
}
