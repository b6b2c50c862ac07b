// The projector's results as the room reads them, rendered from a real count (lib/ballots/results):
// bars with ranks and whole labels for totals, IRV's rounds one chart each, Schulze's matrix with
// the wins shaded. The live journey (votes arriving on an open projector) is e2e/ballots.spec.ts.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ShownBallot } from "@/lib/ballots/live-data";
import { computeResults } from "@/lib/ballots/results";
import type { BallotMethod, VoteContent } from "@/lib/ballots/schema";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { createTranslator } from "@/lib/i18n/translate";
import { ProjectorResults } from "./projector-results";

const proposals = [
  { id: "rice", label: "Black Soil Rice from the grain belt of the Songnen Plain", createdAt: new Date(1) },
  { id: "water", label: "Changbai Spring Water", createdAt: new Date(2) },
  { id: "auto", label: "Northeast Auto Parts", createdAt: new Date(3) },
];
const delegations = [{ id: "jl", name: "Jilin", colour: "#157347" }];

function shown(method: BallotMethod, votes: VoteContent[]): ShownBallot {
  const stored = votes.map((content) => ({ delegationId: "jl", content }));
  const results = computeResults({
    ballot: { method, weighting: "PER_VOTER", quorum: null, regionWideThreshold: null, tieBreak: "NONE" },
    proposals,
    delegations,
    votes: stored,
    eligible: { jl: votes.length },
    voted: { jl: votes.length },
  });
  return {
    ballot: { status: "OPEN" },
    turnout: [{ delegationId: "jl", voted: votes.length, eligible: votes.length }],
    results,
    openChoices: [],
    proposals,
    delegations,
  };
}

const render = (view: ShownBallot, locale: "en" | "zh-CN" = "en") =>
  renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <ProjectorResults view={view} locale={locale} t={createTranslator(locale)} />
    </I18nProvider>,
  );

/** The text of each list item of the chart with this test id, tags dropped. */
function chartRows(html: string, testId: string): string[] {
  const chart = html.slice(html.indexOf(`data-testid="${testId}"`));
  const list = chart.slice(chart.indexOf("<ol"), chart.indexOf("</ol>"));
  return [...list.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"));
}

describe("ProjectorResults", () => {
  it("draws approval totals as ranked bars with each label whole and its number", () => {
    const html = render(shown("APPROVAL", [{ approvals: ["rice", "water"] }, { approvals: ["water"] }]));
    expect(chartRows(html, "projector-chart")).toEqual([
      "|1|Changbai Spring Water|2|",
      "|2|Black Soil Rice from the grain belt of the Songnen Plain|1|",
      "|3|Northeast Auto Parts|0|",
    ]);
    expect(html).toContain("<figcaption");
    expect(html).not.toContain("…");
  });

  it("shows IRV's rounds: the eliminated option greyed and named, then the winner elected", () => {
    const ranking = (...ids: string[]) => ({ ranking: ids });
    const html = render(
      shown("IRV", [ranking("rice"), ranking("rice"), ranking("water"), ranking("water"), ranking("auto", "water")]),
    );
    const t = createTranslator("en");
    expect(html).toContain(`aria-label="${t("ballots.results.irvCaption")}"`);
    expect(html).toContain(t("ballots.results.round", { round: 1 }));
    expect(html).toContain(t("ballots.results.round", { round: 2 }));
    const roundOne = html.slice(html.indexOf(t("ballots.results.round", { round: 1 })));
    const from = roundOne.indexOf("Northeast Auto Parts");
    const auto = roundOne.slice(from, roundOne.indexOf("</li>", from));
    expect(auto).toContain("_muted");
    expect(auto).toContain(`1 ${t("ballots.results.eliminated")}`);
    expect(html).toContain(`3 ${t("ballots.results.elected")}`);
  });

  it("shows Schulze's order and the head-to-head matrix with each win shaded, in Chinese too", () => {
    const view = shown("SCHULZE", [
      { ranking: ["water", "rice", "auto"] },
      { ranking: ["water", "auto", "rice"] },
      { ranking: ["rice", "water", "auto"] },
    ]);
    const html = render(view, "zh-CN");
    expect(html).toContain(createTranslator("zh-CN")("ballots.results.pairwiseCaption"));
    // Water beats rice 2–1 and auto 3–0; rice beats auto 2–1: three shaded cells.
    expect(html.match(/matrix-win/g)).toHaveLength(3);
    expect(html).not.toContain('data-testid="projector-chart"');
  });
});
