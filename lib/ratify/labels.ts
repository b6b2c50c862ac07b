// The fixed texts of the exported plan documents (PDF, DOCX, Markdown), in one language, from the
// `documents` message keys. How values are formatted is in ./document-format.ts. Pure: no database,
// no Next.js.
import type { Translate } from "@/lib/i18n/translate";
import type { PlanAmendment, PlanClause, PlanSignatureRecord, PlanStance } from "./content";

/** Templates keep their `{placeholders}`; the renderers fill them with `fill` (./document-format.ts). */
export type DocumentLabels = {
  draft: string;
  draftNotice: string;
  planTitle: string;
  region: string;
  horizons: string;
  /** {from} {to} */
  horizonMedium: string;
  /** {from} {to} */
  horizonLong: string;
  date: string;
  version: string;
  /** {version} */
  versionNumber: string;
  hash: string;
  /** {hash} */
  hashShort: string;
  consensusRule: string;
  consensusRules: Record<string, string>;
  delegations: string;
  contents: string;
  tocHint: string;
  /** {page} {pages} */
  page: string;
  agreedClauses: string;
  noAgreedClauses: string;
  costSharing: string;
  noCostSharing: string;
  annualCost: string;
  allocationRule: string;
  share: string;
  percent: string;
  total: string;
  ballots: string;
  noBallots: string;
  method: string;
  methods: Record<string, string>;
  weighting: string;
  weightings: Record<string, string>;
  secretBallot: string;
  openBallot: string;
  turnout: string;
  /** {voters} {eligible} */
  turnoutValue: string;
  quorum: string;
  quorumMet: string;
  quorumNone: string;
  quorumNotMet: string;
  result: string;
  /** {option} */
  winner: string;
  tie: string;
  noWinner: string;
  option: string;
  supportByDelegation: string;
  analysis: string;
  industriesPlanned: string;
  contested: string;
  /** {contested} {high} {medium} {low} */
  contestedValue: string;
  severity: string;
  bands: Record<string, string>;
  industry: string;
  plannedBy: string;
  noOverlaps: string;
  industryPlans: string;
  industryPlansIntro: string;
  division: string;
  /** {number} */
  divisionIntro: string;
  /** {rank} */
  divisionAdopted: string;
  divisionNotAdopted: string;
  divisionConflict: string;
  /** {penalty} {partners} {floor} */
  divisionSettings: string;
  /** {rank} {objective} {kept} */
  divisionAlternative: string;
  divisionLead: string;
  divisionPartners: string;
  divisionGivesUp: string;
  yes: string;
  no: string;
  noIndustryPlans: string;
  priority: string;
  target: string;
  investment: string;
  hubCities: string;
  annex: string;
  annexIntro: string;
  notAgreed: string;
  notAgreedIntro: string;
  noNotAgreed: string;
  /** Titles of the default sections, by their key (plan.sections.<key>). */
  sectionTitles: Record<string, string>;
  section: string;
  status: string;
  statuses: Record<string, string>;
  horizon: string;
  horizonNames: Record<PlanClause["horizon"], string>;
  proposedBy: string;
  facilitator: string;
  industries: string;
  amendments: string;
  noAmendments: string;
  /** {number} */
  amendment: string;
  /** {version} */
  onVersion: string;
  rationale: string;
  amendmentStatuses: Record<PlanAmendment["status"], string>;
  stances: string;
  delegation: string;
  position: string;
  reason: string;
  positions: Record<PlanStance["position"], string>;
  signatures: string;
  /** {hash} */
  signaturesIntro: string;
  signer: string;
  signedAt: string;
  kind: string;
  kinds: Record<PlanSignatureRecord["kind"], string>;
  statement: string;
  notSigned: string;
  signatureLine: string;
  nameLine: string;
  dateLine: string;
  /** {hash} */
  otherHash: string;
};

export function documentLabels(t: Translate): DocumentLabels {
  return {
    draft: t("documents.draft"),
    draftNotice: t("documents.draftNotice"),
    planTitle: t("documents.planTitle"),
    region: t("documents.region"),
    horizons: t("documents.horizons"),
    horizonMedium: t("documents.horizonMedium"),
    horizonLong: t("documents.horizonLong"),
    date: t("documents.date"),
    version: t("documents.version"),
    versionNumber: t("documents.versionNumber"),
    hash: t("documents.hash"),
    hashShort: t("documents.hashShort"),
    consensusRule: t("documents.consensusRule"),
    consensusRules: {
      UNANIMITY: t("documents.consensusRules.UNANIMITY"),
      CONSENSUS_MINUS_ONE: t("documents.consensusRules.CONSENSUS_MINUS_ONE"),
      QUALIFIED_MAJORITY: t("documents.consensusRules.QUALIFIED_MAJORITY"),
    },
    delegations: t("documents.delegations"),
    contents: t("documents.contents"),
    tocHint: t("documents.tocHint"),
    page: t("documents.page"),
    agreedClauses: t("documents.agreedClauses"),
    noAgreedClauses: t("documents.noAgreedClauses"),
    costSharing: t("documents.costSharing"),
    noCostSharing: t("documents.noCostSharing"),
    annualCost: t("documents.annualCost"),
    allocationRule: t("documents.allocationRule"),
    share: t("documents.share"),
    percent: t("documents.percent"),
    total: t("documents.total"),
    ballots: t("documents.ballots"),
    noBallots: t("documents.noBallots"),
    method: t("documents.method"),
    methods: {
      PLURALITY: t("documents.methods.PLURALITY"),
      APPROVAL: t("documents.methods.APPROVAL"),
      SCORE: t("documents.methods.SCORE"),
      BORDA: t("documents.methods.BORDA"),
      IRV: t("documents.methods.IRV"),
      SCHULZE: t("documents.methods.SCHULZE"),
    },
    weighting: t("documents.weighting"),
    weightings: {
      PER_VOTER: t("documents.weightings.PER_VOTER"),
      PER_DELEGATION: t("documents.weightings.PER_DELEGATION"),
    },
    secretBallot: t("documents.secretBallot"),
    openBallot: t("documents.openBallot"),
    turnout: t("documents.turnout"),
    turnoutValue: t("documents.turnoutValue"),
    quorum: t("documents.quorum"),
    quorumMet: t("documents.quorumMet"),
    quorumNone: t("documents.quorumNone"),
    quorumNotMet: t("documents.quorumNotMet"),
    result: t("documents.result"),
    winner: t("documents.winner"),
    tie: t("documents.tie"),
    noWinner: t("documents.noWinner"),
    option: t("documents.option"),
    supportByDelegation: t("documents.supportByDelegation"),
    analysis: t("documents.analysis"),
    industriesPlanned: t("documents.industriesPlanned"),
    contested: t("documents.contested"),
    contestedValue: t("documents.contestedValue"),
    severity: t("documents.severity"),
    bands: {
      none: t("documents.bands.none"),
      low: t("documents.bands.low"),
      medium: t("documents.bands.medium"),
      high: t("documents.bands.high"),
    },
    industry: t("documents.industry"),
    plannedBy: t("documents.plannedBy"),
    noOverlaps: t("documents.noOverlaps"),
    industryPlans: t("documents.industryPlans"),
    industryPlansIntro: t("documents.industryPlansIntro"),
    division: t("documents.division"),
    divisionIntro: t("documents.divisionIntro"),
    divisionAdopted: t("documents.divisionAdopted"),
    divisionNotAdopted: t("documents.divisionNotAdopted"),
    divisionConflict: t("documents.divisionConflict"),
    divisionSettings: t("documents.divisionSettings"),
    divisionAlternative: t("documents.divisionAlternative"),
    divisionLead: t("documents.divisionLead"),
    divisionPartners: t("documents.divisionPartners"),
    divisionGivesUp: t("documents.divisionGivesUp"),
    yes: t("documents.yes"),
    no: t("documents.no"),
    noIndustryPlans: t("documents.noIndustryPlans"),
    priority: t("documents.priority"),
    target: t("documents.target"),
    investment: t("documents.investment"),
    hubCities: t("documents.hubCities"),
    annex: t("documents.annex"),
    annexIntro: t("documents.annexIntro"),
    notAgreed: t("documents.notAgreed"),
    notAgreedIntro: t("documents.notAgreedIntro"),
    noNotAgreed: t("documents.noNotAgreed"),
    sectionTitles: {
      industries: t("plan.sections.industries"),
      clusters: t("plan.sections.clusters"),
      services: t("plan.sections.services"),
      brands: t("plan.sections.brands"),
      governance: t("plan.sections.governance"),
    },
    section: t("documents.section"),
    status: t("documents.status"),
    statuses: {
      PROPOSED: t("documents.statuses.PROPOSED"),
      UNDER_DISCUSSION: t("documents.statuses.UNDER_DISCUSSION"),
      AGREED: t("documents.statuses.AGREED"),
      PARKED: t("documents.statuses.PARKED"),
      WITHDRAWN: t("documents.statuses.WITHDRAWN"),
    },
    horizon: t("documents.horizon"),
    horizonNames: {
      MEDIUM: t("documents.horizonNames.MEDIUM"),
      LONG: t("documents.horizonNames.LONG"),
      BOTH: t("documents.horizonNames.BOTH"),
    },
    proposedBy: t("documents.proposedBy"),
    facilitator: t("documents.facilitator"),
    industries: t("documents.industries"),
    amendments: t("documents.amendments"),
    noAmendments: t("documents.noAmendments"),
    amendment: t("documents.amendment"),
    onVersion: t("documents.onVersion"),
    rationale: t("documents.rationale"),
    amendmentStatuses: {
      OPEN: t("documents.amendmentStatuses.OPEN"),
      ACCEPTED: t("documents.amendmentStatuses.ACCEPTED"),
      REJECTED: t("documents.amendmentStatuses.REJECTED"),
      WITHDRAWN: t("documents.amendmentStatuses.WITHDRAWN"),
    },
    stances: t("documents.stances"),
    delegation: t("documents.delegation"),
    position: t("documents.position"),
    reason: t("documents.reason"),
    positions: {
      SUPPORT: t("documents.positions.SUPPORT"),
      OBJECT: t("documents.positions.OBJECT"),
      ABSTAIN: t("documents.positions.ABSTAIN"),
      NONE: t("documents.positions.NONE"),
    },
    signatures: t("documents.signatures"),
    signaturesIntro: t("documents.signaturesIntro"),
    signer: t("documents.signer"),
    signedAt: t("documents.signedAt"),
    kind: t("documents.kind"),
    kinds: {
      ENDORSEMENT: t("documents.kinds.ENDORSEMENT"),
      RESERVATION: t("documents.kinds.RESERVATION"),
    },
    statement: t("documents.statement"),
    notSigned: t("documents.notSigned"),
    signatureLine: t("documents.signatureLine"),
    nameLine: t("documents.nameLine"),
    dateLine: t("documents.dateLine"),
    otherHash: t("documents.otherHash"),
  };
}
