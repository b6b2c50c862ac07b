// The frozen plan: the canonical, versioned, machine-readable form of what the delegations ratify.
// A frozen version stores exactly this object; its hash is contentHash(content) (./canonical.ts).
// The JSON Schema is docs/plan.schema.json. Amounts are integers in minor units (fen), shares of
// cost to the cent; texts are as written (bilingual names carry both languages where given).

export const PLAN_FORMAT = "roundtable-plan/1";

export type PlanStance = {
  delegation: string;
  position: "SUPPORT" | "OBJECT" | "ABSTAIN" | "NONE";
  reason: string;
};

export type PlanAmendment = {
  baseVersion: number;
  text: string;
  rationale: string;
  status: "OPEN" | "ACCEPTED" | "REJECTED" | "WITHDRAWN";
  proposedBy: string | null;
};

export type PlanClause = {
  id: string;
  title: string;
  text: string;
  horizon: "MEDIUM" | "LONG" | "BOTH";
  status: string;
  version: number;
  /** Delegation code of the proposer, or null for a facilitator. */
  proposedBy: string | null;
  industries: string[];
  stances: PlanStance[];
  amendments: PlanAmendment[];
};

export type PlanContent = {
  format: typeof PLAN_FORMAT;
  workshop: {
    slug: string;
    title: string;
    region: string;
    description: string;
    horizons: { medium: [number, number]; long: [number, number] };
    consensusRule: string;
  };
  version: number;
  frozenAt: string;
  delegations: Array<{ code: string; name: string }>;
  /** Agreed clauses, by section in plan order. */
  /** `key` marks a default section, whose title documents translate (plan.sections.<key>). */
  sections: Array<{ key: string | null; title: string; clauses: PlanClause[] }>;
  /** Clauses not agreed at the freeze (annex), with their status. */
  notAgreed: Array<PlanClause & { section: string }>;
  costSharing: Array<{
    service: string;
    description: string;
    currency: string;
    annualCostMinor: number;
    rule: string;
    shares: Array<{ delegation: string; shareMinor: number }>;
  }>;
  ballots: Array<{
    title: string;
    method: string;
    weighting: string;
    secret: boolean;
    options: Array<{ nameEn: string | null; nameZh: string | null }>;
    winner: { nameEn: string | null; nameZh: string | null } | null;
    tie: boolean;
    quorumMet: boolean;
    voters: number;
    eligible: number;
    /** support[delegation code][option index]: share of the delegation's voters supporting it. */
    support: Record<string, number[]>;
  }>;
  analysis: {
    industries: number;
    /** Industries planned by two or more delegations, and how many fall in each severity band. */
    contested: number;
    bySeverity: { none: number; low: number; medium: number; high: number };
    /** The contested industries, highest redundancy score (0–100) first. */
    overlaps: Array<{
      industry: string;
      nameEn: string;
      nameZh: string;
      delegations: string[];
      score: number;
      severity: "none" | "low" | "medium" | "high";
    }>;
  };
};

export type PlanSignatureRecord = {
  delegation: string;
  signer: string;
  signedAt: string;
  kind: "ENDORSEMENT" | "RESERVATION";
  statement: string;
  /** The content hash this signature was given to. */
  hash: string;
};

/** What the JSON export writes and `npm run verify -- plan.json` reads. */
export type PlanExport = {
  content: PlanContent;
  hash: string;
  /** Absent on a draft export (nothing frozen, nothing signed). */
  signatures?: PlanSignatureRecord[];
  draft?: true;
};
