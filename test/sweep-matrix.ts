// The authorisation matrix: for every declared action, arguments aimed at someone else's data
// (delegation Beta's, or the facilitators'), and the roles that may do that. Used by the sweep
// (lib/server/authorization-sweep.integration.test.ts) and the fuzz test, which starts from these
// arguments and breaks them.
import type { Declared } from "@/lib/server/action";
import type { ErrorCode } from "@/lib/server/result";
import { actionModules, form, type Sweep, type SweepRole } from "./sweep-fixture";

export interface Row {
  /** The arguments after the slug (workshop actions) or all of them (user actions). */
  args: (s: Sweep) => unknown[];
  /** Roles that may do this to that data: not called here (their success is each domain's test). */
  allowed: readonly SweepRole[];
  /** A refusal more precise than `errors.forbidden`. */
  refused?: Partial<Record<SweepRole, ErrorCode>>;
}

const chairs = ["facilitator", "coFacilitator"] as const;
const members = ["facilitator", "coFacilitator", "lead", "delegate", "observer"] as const;
const participants = ["facilitator", "coFacilitator", "lead", "delegate"] as const;
const signedIn = [...members, "nonMember"] as const;

/** 32 bytes of hex: the shape of a key, ciphertext or proof value. */
const HEX = "ab".repeat(32);
const entryFields = { industryCode: "36", horizon: "MEDIUM", priority: 2, hubCities: "Jilin" };
const ballotFields = (s: Sweep) => ({
  title: "Changed",
  method: "PLURALITY",
  weighting: "PER_VOTER",
  resultsVisibility: "LIVE",
  tieBreak: "NONE",
  optionIds: [s.ids.brand, s.ids.brand + "x"],
});
const serviceFields = {
  name: "Lab 2",
  currency: "CNY",
  annualCost: "50",
  "components.0.basis": "EQUAL",
  "components.0.weight": "100",
};
const baselineCsv = () => {
  const data = new FormData();
  data.set("file", new File(["industry_code,employment\n36,1000\n"], "base.csv", { type: "text/csv" }));
  return data;
};
const csv = (s: Sweep) => {
  const data = form({ mode: "append" });
  data.set("file", new File([s.csv], "plan.csv", { type: "text/csv" }));
  return data;
};

export const matrix: Record<string, Row> = {
  // accounts: open to everyone by design (see `open` below).
  // ballots
  proposeBrand: {
    args: (s) => [form({ nameEn: "Sponsored by Beta", industryCode: "36", sponsorIds: [s.beta.id] })],
    allowed: chairs,
    // Field-level: the form shows it next to the sponsors (the field says errors.otherDelegation).
    refused: { lead: "errors.checkFields", delegate: "errors.checkFields" },
  },
  updateBrand: {
    args: (s) => [form({ proposalId: s.ids.freeBrand, version: 1, nameEn: "Renamed", industryCode: "36" })],
    allowed: chairs,
  },
  deleteBrand: { args: (s) => [s.ids.freeBrand, 1], allowed: chairs },
  setSponsor: { args: (s) => [s.ids.brand, s.beta.id, false], allowed: chairs },
  createBallot: { args: (s) => [form(ballotFields(s))], allowed: chairs },
  updateBallot: {
    args: (s) => [form({ ballotId: s.ids.draftBallot, version: 1, ...ballotFields(s) })],
    allowed: chairs,
  },
  deleteBallot: { args: (s) => [s.ids.draftBallot, 1], allowed: chairs },
  openBallot: { args: (s) => [s.ids.draftBallot], allowed: chairs },
  closeBallot: { args: (s) => [s.ids.openBallot], allowed: chairs },
  setBallotClosingTime: {
    args: (s) => [form({ ballotId: s.ids.openBallot, closesAt: "2099-01-01T10:00", timezoneOffset: 0 })],
    allowed: chairs,
  },
  castVote: {
    args: (s) => [form({ ballotId: s.ids.openBallot, method: "PLURALITY", choice: s.ids.brand })],
    allowed: ["lead", "delegate"],
  },
  // verifiable (encrypted ballots): the server takes the delegation from the membership, so the
  // only question is the role; well-formed arguments, so that the role is what refuses.
  publishTrusteeKey: {
    args: (s) => [s.ids.draftBallot, HEX, JSON.stringify({ challenge: HEX, response: HEX })],
    allowed: ["lead"],
  },
  castEncryptedVote: {
    args: (s) => [
      s.ids.openBallot,
      JSON.stringify({ ciphertexts: [{ alpha: HEX, beta: HEX }], entryProofs: [], sumProofs: [] }),
    ],
    allowed: ["lead", "delegate"],
  },
  publishDecryption: { args: (s) => [s.ids.openBallot, "[]"], allowed: ["lead"] },
  // optimiser: a facilitator's act on the workshop's submitted data.
  proposeDivision: {
    args: () => [form({ redundancyPenalty: "0.5", fairnessFloor: "20", alternatives: "2", partners: "on" })],
    allowed: chairs,
  },
  adoptDivision: { args: () => [1, 1], allowed: chairs },
  importBaselineCsv: { args: (s) => [s.beta.id, baselineCsv()], allowed: chairs },
  saveBaselineRow: {
    args: (s) => [form({ delegationId: s.beta.id, industryCode: "36", employment: "1000" })],
    allowed: chairs,
  },
  // A delegation's position is its own delegates' (submitting and reopening its lead's).
  saveDivisionPosition: {
    args: (s) => [form({ delegationId: s.beta.id, "stance.36": "lead", minPillars: "1" })],
    allowed: [],
  },
  submitDivisionPosition: { args: (s) => [s.beta.id], allowed: [] },
  reopenDivisionPosition: { args: (s) => [s.beta.id], allowed: [] },
  // costs
  createService: { args: () => [form(serviceFields)], allowed: chairs },
  updateService: { args: (s) => [form({ serviceId: s.ids.service, version: 1, ...serviceFields })], allowed: chairs },
  deleteService: { args: (s) => [s.ids.service, 1], allowed: chairs },
  saveServiceFigures: {
    args: (s) => [form({ serviceId: s.ids.service, delegationId: s.beta.id, usage: "5" })],
    allowed: chairs,
  },
  proposeServiceClause: { args: (s) => [s.ids.service, 1], allowed: chairs },
  proposeServiceAmendment: { args: (s) => [s.ids.service, 1], allowed: chairs },
  // industries: Beta's own list is Beta's to write.
  createPlanEntry: { args: (s) => [s.beta.id, form(entryFields)], allowed: [] },
  updatePlanEntry: { args: (s) => [form({ entryId: s.ids.entry, version: 1, ...entryFields })], allowed: [] },
  deletePlanEntry: { args: (s) => [s.ids.entry, 1], allowed: [] },
  submitPlanList: { args: (s) => [s.beta.id], allowed: [] },
  reopenPlanList: { args: (s) => [s.beta.id], allowed: chairs },
  importPlanCsv: { args: (s) => [s.beta.id, csv(s)], allowed: [] },
  saveCluster: {
    args: () => [form({ name: "Another hub", coreCity: "Harbin", memberCities: "", industryCodes: ["36"] })],
    allowed: chairs,
  },
  deleteCluster: { args: (s) => [s.ids.cluster], allowed: chairs },
  saveReference: {
    args: () => [form({ industryCode: "35", horizon: "LONG", value: 5, unit: "bn CNY" })],
    allowed: chairs,
  },
  deleteReference: { args: (s) => [s.ids.reference], allowed: chairs },
  // plan
  proposeClause: {
    args: (s) => [form({ sectionId: s.ids.planSection, title: "New", text: "Text", horizon: "LONG" })],
    allowed: participants,
  },
  proposeAmendment: {
    args: (s) => [form({ clauseId: s.ids.clause, baseVersion: 1, text: "Other text" })],
    allowed: participants,
  },
  decideAmendment: { args: (s) => [s.ids.amendment, "ACCEPTED"], allowed: chairs },
  recordStance: {
    args: (s) => [form({ clauseId: s.ids.clause, delegationId: s.beta.id, position: "OBJECT", mode: "official" })],
    allowed: [],
  },
  confirmStance: { args: (s) => [s.ids.draftStance], allowed: [] },
  publishCaucus: { args: (s) => [s.beta.id], allowed: [] },
  changeClauseStatus: {
    args: (s) => [form({ clauseId: s.ids.clause, status: "UNDER_DISCUSSION" })],
    allowed: chairs,
  },
  // Everyone in the room may comment, observers included (lib/plan/policy.ts).
  addComment: { args: (s) => [form({ clauseId: s.ids.clause, body: "A comment" })], allowed: members },
  addSection: { args: () => [form({ title: "More" })], allowed: chairs },
  renameSection: { args: (s) => [form({ sectionId: s.ids.section, title: "Renamed" })], allowed: chairs },
  moveSection: { args: (s) => [s.ids.section, "up"], allowed: chairs },
  deleteSection: { args: (s) => [s.ids.section], allowed: chairs },
  addObjective: { args: () => [form({ code: "O2", title: "Another" })], allowed: chairs },
  editObjective: {
    args: (s) => [form({ objectiveId: s.ids.objective, code: "O1", title: "Edited" })],
    allowed: chairs,
  },
  deleteObjective: { args: (s) => [s.ids.objective], allowed: chairs },
  changeConsensusRule: {
    args: (s) => [form({ consensusRule: "CONSENSUS_MINUS_ONE", minSupport: 1, version: s.ids.workshopVersion })],
    allowed: chairs,
  },
  // ratify
  freezePlan: { args: () => [], allowed: chairs },
  signPlan: {
    args: (s) => [
      form({ versionId: s.ids.planVersion, hash: s.ids.planHash, kind: "ENDORSEMENT", delegationId: s.beta.id }),
    ],
    allowed: [],
    refused: { lead: "errors.otherDelegation" },
  },
  // session
  addAgendaItem: { args: () => [form({ title: "Break", plannedMinutes: 5 })], allowed: chairs },
  updateAgendaItem: {
    args: (s) => [form({ itemId: s.ids.item, version: 1, title: "Renamed", plannedMinutes: 5 })],
    allowed: chairs,
  },
  startAgendaItem: { args: (s) => [s.ids.item], allowed: chairs },
  pauseAgendaItem: { args: (s) => [s.ids.item], allowed: chairs },
  endAgendaItem: { args: (s) => [s.ids.item], allowed: chairs },
  deleteAgendaItem: { args: (s) => [s.ids.item], allowed: chairs },
  moveAgendaItemUp: { args: (s) => [s.ids.item], allowed: chairs },
  moveAgendaItemDown: { args: (s) => [s.ids.item], allowed: chairs },
  extendAgendaItem: { args: (s) => [s.ids.item, 5], allowed: chairs },
  setSpotlight: { args: () => ["ANALYSIS", null], allowed: chairs },
  setSpotlightFromForm: { args: () => [form({ target: "ANALYSIS" })], allowed: chairs },
  clearSpotlight: { args: () => [], allowed: chairs },
  // Everyone in the room may raise a hand (lib/session/policy.ts).
  raiseHand: { args: () => [], allowed: members },
  lowerHand: { args: (s) => [s.ids.betaLeadMember], allowed: chairs },
  giveFloorTo: { args: (s) => [s.ids.betaLeadMember], allowed: chairs },
  giveFloorToNext: { args: () => [], allowed: chairs },
  endFloor: { args: () => [], allowed: chairs },
  clearQueue: { args: () => [], allowed: chairs },
  setQueueMode: { args: () => ["ALTERNATE"], allowed: chairs },
  setSpeakingLimit: { args: () => [form({ seconds: 90 })], allowed: chairs },
  askQuestion: { args: () => [form({ body: "Another question" })], allowed: members },
  voteQuestion: { args: (s) => [s.ids.question], allowed: members },
  moderateQuestion: { args: (s) => [s.ids.question, "hide"], allowed: chairs },
  rotateJoinCode: { args: () => [], allowed: chairs },
  enableJoinCode: { args: () => [], allowed: chairs },
  disableJoinCode: { args: () => [], allowed: chairs },
  declineJoinRequest: { args: (s) => [s.ids.joinRequest], allowed: chairs },
  admitJoinRequest: { args: (s) => [form({ requestId: s.ids.joinRequest, role: "OBSERVER" })], allowed: chairs },
  requestToJoin: { args: () => [form({ code: "ABCDEF" })], allowed: signedIn },
  // workshop
  createWorkshop: {
    args: () => [
      form({
        title: "Mine",
        region: "R",
        mediumFrom: 2026,
        mediumTo: 2030,
        longFrom: 2026,
        longTo: 2040,
        consensusRule: "UNANIMITY",
      }),
    ],
    allowed: signedIn,
  },
  changePhase: { args: () => [form({ fromPhase: "SUBMIT", phase: "ANALYSE" })], allowed: chairs },
  createDelegation: { args: () => [form({ name: "Delta", code: "DE", colour: "#112233" })], allowed: chairs },
  updateDelegation: {
    args: (s) => [form({ delegationId: s.beta.id, version: 1, name: "Beta!", code: "BE", colour: "#112233" })],
    allowed: chairs,
  },
  saveGlossary: { args: () => [form({ terms: "Beta = 贝塔", revision: "" })], allowed: chairs },
  createInvitation: { args: () => [form({ role: "OBSERVER", expiresInDays: 3 })], allowed: chairs },
  inviteByEmail: {
    args: () => [form({ emails: "someone@example.org", locale: "en", role: "OBSERVER", expiresInDays: 3 })],
    allowed: chairs,
  },
  resendInvitation: { args: (s) => [s.ids.invitation], allowed: chairs },
  revokeInvitation: { args: (s) => [s.ids.invitation], allowed: chairs },
  acceptInvitation: { args: () => ["not-a-token"], allowed: signedIn },
  // account settings: only ever the caller's own account.
  renameAccount: { args: () => [form({ name: "Me" })], allowed: signedIn },
  changePassword: {
    args: () => [form({ currentPassword: "wrong", password: "long enough 1", confirmPassword: "long enough 1" })],
    allowed: signedIn,
  },
  // one's own notifications and settings: an id of someone else's changes nothing.
  markNotificationRead: { args: () => ["c00000000000000000000000"], allowed: signedIn },
  markAllNotificationsRead: { args: () => [], allowed: signedIn },
  renewCalendarFeed: { args: () => [], allowed: signedIn },
  removeCalendarFeed: { args: () => [], allowed: signedIn },
  saveNotificationPreferences: { args: () => [form({ reminderLeadMinutes: 60, digest: "NEVER" })], allowed: signedIn },
};

/** Actions anyone may call, signed in or not, that touch only the caller's own account (a reset
 * link's holder is its owner). */
export const open = ["signUp", "setLocale", "requestPasswordReset", "resetPassword", "unsubscribe"];

/** Every declared action, from every actions module; an undeclared export is an error. */
export function declaredActions(): Declared[] {
  return Object.values(actionModules).flatMap((module) =>
    Object.entries(module).map(([exported, value]) => {
      const declaration = (value as { declaration?: Declared }).declaration;
      if (!declaration) throw new Error(`${exported} is exported from an actions module but not declared`);
      return declaration;
    }),
  );
}
