import type { ConsensusResult } from "@/lib/plan/consensus";
import type { Translate } from "@/lib/i18n/translate";

/** The consensus state in words: met, or who blocks and what is missing. */
export function ConsensusSummary({
  consensus,
  names,
  t,
}: {
  consensus: ConsensusResult;
  names: Map<string, string>;
  t: Translate;
}) {
  const list = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(t("common.listSeparator"));
  const { counts } = consensus;
  return (
    <div className={`consensus ${consensus.met ? "consensus-met" : "consensus-open"}`} data-testid="consensus">
      <strong>{consensus.met ? t("plan.consensus.met") : t("plan.consensus.notMet")}</strong>{" "}
      <span>
        {t("plan.consensus.counts", {
          support: counts.support,
          object: counts.object,
          abstain: counts.abstain,
          pending: counts.pending,
        })}
      </span>
      {!consensus.met && (
        <ul>
          {consensus.missing.map((reason, index) => (
            <li key={index}>
              {reason.kind === "objections" &&
                t("plan.consensus.blockedBy", { delegations: list(reason.delegationIds) })}
              {reason.kind === "support" && t("plan.consensus.needSupport", { have: reason.have, need: reason.need })}
              {reason.kind === "pending" && t("plan.consensus.pending", { delegations: list(reason.delegationIds) })}
              {reason.kind === "population" &&
                (reason.unknownPopulationDelegationIds.length > 0
                  ? t("plan.consensus.populationUnknown", { delegations: list(reason.unknownPopulationDelegationIds) })
                  : t("plan.consensus.population", {
                      have: Math.round((reason.haveShare ?? 0) * 100),
                      need: Math.round(reason.needShare * 100),
                    }))}
              {reason.kind === "no-delegations" && t("plan.consensus.noDelegations")}
              {reason.kind === "invalid-rule" && t("plan.consensus.invalidRule")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
