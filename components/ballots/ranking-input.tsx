"use client";

import { useEffect, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";

type Action = "up" | "down" | "remove" | "add";

interface Option {
  id: string;
  label: string;
}

/**
 * A ranking built with buttons, not drag and drop: add options in order of preference, move them
 * up or down, remove them. Works with the keyboard alone and announces every move. Posts the
 * order as repeated `ranking` fields, most preferred first; unranked options are ranked below all.
 */
export function RankingInput({ options, initial }: { options: Option[]; initial: string[] }) {
  const t = useT();
  const [ranking, setRanking] = useState<string[]>(initial.filter((id) => options.some((o) => o.id === id)));
  const [announcement, setAnnouncement] = useState("");
  // After a move the clicked button may be gone or disabled: keep keyboard focus on the option.
  const [focus, setFocus] = useState<{ id: string; action: Action } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const buttons = [focus.action, "up", "down", "remove", "add"].map((action) =>
      container.current?.querySelector<HTMLButtonElement>(
        `button[data-option="${CSS.escape(focus.id)}"][data-action="${action}"]:not(:disabled)`,
      ),
    );
    buttons.find(Boolean)?.focus();
  }, [focus, ranking]);
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const unranked = options.filter((o) => !ranking.includes(o.id));

  const update = (next: string[], id: string, action: Action) => {
    setRanking(next);
    setFocus({ id, action });
    const position = next.indexOf(id);
    setAnnouncement(
      position === -1
        ? t("ballots.vote.removed", { option: label(id) })
        : t("ballots.vote.movedTo", { option: label(id), position: position + 1 }),
    );
  };
  const move = (id: string, by: number) => {
    const from = ranking.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= ranking.length) return;
    const next = [...ranking];
    next.splice(from, 1);
    next.splice(to, 0, id);
    update(next, id, by < 0 ? "up" : "down");
  };

  return (
    <div className="ranking" ref={container}>
      {ranking.map((id) => (
        <input key={id} type="hidden" name="ranking" value={id} />
      ))}
      <h3 className="ranking-heading">{t("ballots.vote.yourRanking")}</h3>
      {ranking.length === 0 ? (
        <p className="muted">{t("ballots.vote.rankingEmpty")}</p>
      ) : (
        <ol className="ranking-list" data-testid="ranking">
          {ranking.map((id, index) => (
            <li key={id}>
              <span className="ranking-position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ranking-label">{label(id)}</span>
              <span className="ranking-buttons">
                <button
                  type="button"
                  className="button button-small"
                  data-option={id}
                  data-action="up"
                  onClick={() => move(id, -1)}
                  disabled={index === 0}
                  aria-label={t("ballots.vote.moveUp", { option: label(id) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small"
                  data-option={id}
                  data-action="down"
                  onClick={() => move(id, 1)}
                  disabled={index === ranking.length - 1}
                  aria-label={t("ballots.vote.moveDown", { option: label(id) })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-small"
                  data-option={id}
                  data-action="remove"
                  onClick={() =>
                    update(
                      ranking.filter((other) => other !== id),
                      id,
                      "add",
                    )
                  }
                  aria-label={t("ballots.vote.remove", { option: label(id) })}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {unranked.length > 0 && (
        <>
          <h3 className="ranking-heading">{t("ballots.vote.notRanked")}</h3>
          <ul className="ranking-list" data-testid="unranked">
            {unranked.map((o) => (
              <li key={o.id}>
                <span className="ranking-label">{o.label}</span>
                <button
                  type="button"
                  className="button button-small"
                  data-option={o.id}
                  data-action="add"
                  onClick={() => update([...ranking, o.id], o.id, "up")}
                  aria-label={t("ballots.vote.add", { option: o.label })}
                >
                  {t("ballots.vote.addShort")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
