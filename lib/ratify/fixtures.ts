// Frozen plans for the document tests and the benchmark: a small realistic one (three north-eastern
// provinces, bilingual titles, one cost table, one ballot, two of three signatures) and a generator of
// large ones (every clause with three amendments and three stances with reasons).
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { PLAN_FORMAT, type PlanClause, type PlanContent, type PlanExport, type PlanSignatureRecord } from "./content";
import type { PlanDocumentInput } from "./document-format";
import { documentLabels } from "./labels";

const HASH = "3f6c1a9e0b7d4c28a5e1f09b6d2c8e47a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9";

const DELEGATIONS = [
  { code: "LN", name: "Liaoning 辽宁省" },
  { code: "JL", name: "Jilin 吉林省" },
  { code: "HLJ", name: "Heilongjiang 黑龙江省" },
];

function clause(
  id: string,
  title: string,
  text: string,
  extra: Partial<PlanClause> & Pick<PlanClause, "stances" | "amendments">,
): PlanClause {
  return {
    id,
    title,
    text,
    horizon: "BOTH",
    status: "AGREED",
    version: 1,
    proposedBy: null,
    industries: [],
    ...extra,
  };
}

const automobile = clause(
  "c-auto",
  "汽车产业分工 Automobile specialisation",
  "Changchun (Jilin) remains the region's hub for complete passenger vehicles and new-energy platforms; Shenyang (Liaoning) concentrates on premium vehicles and power-train components; Harbin (Heilongjiang) supplies cold-climate testing and special-purpose vehicles. New assembly capacity for complete passenger vehicles is planned only in Changchun until 2030.\n\n长春（吉林）继续作为区域整车与新能源平台中心；沈阳（辽宁）侧重高端车型与动力总成零部件；哈尔滨（黑龙江）提供寒区试验与专用车辆。2030 年前新增乘用车整车产能仅在长春布局。",
  {
    version: 3,
    horizon: "BOTH",
    proposedBy: "JL",
    industries: ["C36", "C3670"],
    amendments: [
      {
        baseVersion: 1,
        text: "Add Harbin's cold-climate testing grounds as a shared regional facility.",
        rationale: "Avoids a second test ground being built in Liaoning.",
        status: "ACCEPTED",
        proposedBy: "HLJ",
      },
      {
        baseVersion: 2,
        text: "新增整车产能仅在长春布局的期限延长至 2035 年。",
        rationale: "与长期规划期保持一致。",
        status: "REJECTED",
        proposedBy: "JL",
      },
    ],
    stances: [
      { delegation: "LN", position: "SUPPORT", reason: "Premium vehicles and components stay in Shenyang." },
      { delegation: "JL", position: "SUPPORT", reason: "符合一汽集团的产能规划。" },
      {
        delegation: "HLJ",
        position: "ABSTAIN",
        reason: "Supports the division of labour; waits for the testing-ground funding to be settled.",
      },
    ],
  },
);

const logistics = clause(
  "c-logistics",
  "Shared cold-chain logistics platform 冷链物流平台",
  "The three provinces operate one cold-chain logistics platform for agricultural exports through Dalian port, with regional hubs in Changchun and Harbin. Costs are shared as set out under Cost sharing.",
  {
    version: 2,
    horizon: "MEDIUM",
    proposedBy: "LN",
    industries: ["G5951"],
    amendments: [
      {
        baseVersion: 1,
        text: "Name Harbin as a regional hub.",
        rationale: "Most of the region's grain and dairy leave from Heilongjiang.",
        status: "ACCEPTED",
        proposedBy: "HLJ",
      },
    ],
    stances: [
      { delegation: "LN", position: "SUPPORT", reason: "Dalian port is the natural gateway." },
      { delegation: "JL", position: "SUPPORT", reason: "" },
      { delegation: "HLJ", position: "SUPPORT", reason: "Harbin is named as a hub." },
    ],
  },
);

const tourism = clause(
  "c-tourism",
  "冰雪旅游联合品牌 Joint ice-and-snow tourism brand",
  "The region markets its winter tourism under one brand chosen by ballot, with a shared booking platform and joint promotion abroad.",
  {
    horizon: "LONG",
    proposedBy: "HLJ",
    industries: ["R9030"],
    amendments: [],
    stances: [
      { delegation: "LN", position: "SUPPORT", reason: "" },
      { delegation: "JL", position: "SUPPORT", reason: "长白山与哈尔滨冰雪节可以联合推广。" },
      { delegation: "HLJ", position: "SUPPORT", reason: "" },
    ],
  },
);

const steel = {
  ...clause(
    "c-steel",
    "钢铁产能置换 Steel capacity swap",
    "Liaoning closes 5 Mt of blast-furnace capacity by 2028; in exchange Jilin and Heilongjiang build no new blast furnaces and source plate steel from Anshan.",
    {
      status: "UNDER_DISCUSSION",
      version: 2,
      horizon: "MEDIUM",
      proposedBy: "LN",
      industries: ["C31"],
      amendments: [
        {
          baseVersion: 1,
          text: "Close 3 Mt instead of 5 Mt.",
          rationale: "Employment in Anshan.",
          status: "OPEN",
          proposedBy: "LN",
        },
      ],
      stances: [
        { delegation: "LN", position: "SUPPORT", reason: "" },
        {
          delegation: "JL",
          position: "OBJECT",
          reason: "Jilin needs its own electric-arc furnaces for the car industry.",
        },
        { delegation: "HLJ", position: "NONE", reason: "" },
      ],
    },
  ),
  section: "Industries and specialisation",
};

function content(): PlanContent {
  return {
    format: PLAN_FORMAT,
    workshop: {
      slug: "northeast-2035",
      title: "Northeast Revitalisation Workshop 东北振兴研讨会",
      region: "Northeast China 东北地区",
      description:
        "A joint plan of Liaoning, Jilin and Heilongjiang for industrial specialisation, shared services and a common tourism brand.",
      horizons: { medium: [2026, 2030], long: [2031, 2035] },
      consensusRule: "UNANIMITY",
    },
    version: 2,
    frozenAt: "2026-03-14T09:30:00.000Z",
    delegations: DELEGATIONS,
    sections: [
      { key: "industries", title: "Industries and specialisation", clauses: [automobile] },
      { key: null, title: "Shared services 共享服务", clauses: [logistics] },
      { key: null, title: "Tourism 旅游", clauses: [tourism] },
    ],
    notAgreed: [steel],
    industryPlans: [
      {
        delegation: "LN",
        industry: "36",
        nameEn: "Manufacture of automobiles",
        nameZh: "汽车制造业",
        horizon: "MEDIUM",
        priority: 5,
        targetValue: "1200000",
        targetUnit: "vehicles/year",
        investmentAmount: "45000000000",
        investmentCurrency: "CNY",
        hubCities: ["沈阳 Shenyang", "大连 Dalian"],
        rationale: 'Premium vehicles and power-train components, "Shenyang first".',
      },
      {
        delegation: "JL",
        industry: "36",
        nameEn: "Manufacture of automobiles",
        nameZh: "汽车制造业",
        horizon: "LONG",
        priority: 5,
        targetValue: "3000000.5",
        targetUnit: "辆/年",
        investmentAmount: null,
        investmentCurrency: null,
        hubCities: ["长春 Changchun"],
        rationale: "一汽集团整车与新能源平台。",
      },
      {
        delegation: "HLJ",
        industry: "13",
        nameEn: "Processing of food from agricultural products",
        nameZh: "农副食品加工业",
        horizon: "MEDIUM",
        priority: 4,
        targetValue: null,
        targetUnit: null,
        investmentAmount: "800000000.25",
        investmentCurrency: "CNY",
        hubCities: [],
        // Typed text that a spreadsheet would run as a formula: the CSV export must defuse it.
        rationale: '=HYPERLINK("https://example.test","soy")',
      },
    ],
    costSharing: [
      {
        service: "Cold-chain logistics platform 冷链物流平台",
        description: "Operation of the shared platform and the three hubs.",
        currency: "CNY",
        annualCostMinor: 12_000_000_00,
        rule: "50% equal shares + 50% population",
        shares: [
          { delegation: "LN", shareMinor: 4_476_190_48 },
          { delegation: "JL", shareMinor: 3_542_857_14 },
          { delegation: "HLJ", shareMinor: 3_980_952_38 },
        ],
      },
    ],
    ballots: [
      {
        title: "Regional tourism brand 区域旅游品牌",
        method: "BORDA",
        weighting: "PER_DELEGATION",
        secret: true,
        options: [
          { nameEn: "Snow Kingdom", nameZh: "冰雪王国" },
          { nameEn: "Northeast Wonderland", nameZh: "东北奇境" },
          { nameEn: null, nameZh: "林海雪原" },
        ],
        winner: { nameEn: "Snow Kingdom", nameZh: "冰雪王国" },
        tie: false,
        quorum: 0.5,
        quorumMet: true,
        voters: 17,
        eligible: 18,
        support: { LN: [0.667, 0.5, 0.167], JL: [0.8, 0.4, 0.2], HLJ: [1, 0.167, 0.5] },
      },
    ],
    analysis: {
      industries: 24,
      contested: 2,
      bySeverity: { none: 22, low: 0, medium: 1, high: 1 },
      overlaps: [
        {
          industry: "C31",
          nameEn: "Ferrous metal smelting and rolling",
          nameZh: "黑色金属冶炼和压延加工业",
          delegations: ["LN", "JL", "HLJ"],
          score: 72.4,
          severity: "high",
        },
        {
          industry: "36",
          nameEn: "Automobile manufacturing",
          nameZh: "汽车制造业",
          delegations: ["LN", "JL"],
          score: 41.5,
          severity: "medium",
        },
      ],
    },
  };
}

const SIGNATURES: PlanSignatureRecord[] = [
  {
    delegation: "LN",
    signer: "王建国 Wang Jianguo",
    signedAt: "2026-03-15T02:10:00.000Z",
    kind: "ENDORSEMENT",
    statement: "",
    hash: HASH,
  },
  {
    delegation: "HLJ",
    signer: "Li Xiaomei 李晓梅",
    signedAt: "2026-03-15T03:45:00.000Z",
    kind: "RESERVATION",
    statement: "Heilongjiang signs on the understanding that the testing-ground funding is settled before 2027.",
    hash: HASH,
  },
];

/** Three delegations, bilingual titles, one cost table, one ballot, one clause not agreed; LN and HLJ signed. */
export function samplePlan(): PlanExport {
  return { content: content(), hash: HASH, signatures: SIGNATURES.map((s) => ({ ...s })) };
}

const SENTENCES = [
  "The delegations co-ordinate investment so that each province specialises where it is strongest.",
  "各省在优势领域错位发展，避免重复建设和同质化竞争。",
  "Public funds support only projects listed in this clause; other projects need a new agreement.",
  "实施情况每年由联合工作组评估，并向三省人民政府报告。",
  "Capacity figures refer to the medium-term horizon unless the clause says otherwise.",
];

function paragraph(seed: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join(" ");
}

function generatedClause(index: number): PlanClause {
  const codes = DELEGATIONS.map((d) => d.code);
  const positions = ["SUPPORT", "SUPPORT", "ABSTAIN"] as const;
  return clause(`c-${index}`, `第 ${index} 条 Clause ${index}: 区域协作 regional co-operation`, paragraph(index, 6), {
    version: 4,
    horizon: (["MEDIUM", "LONG", "BOTH"] as const)[index % 3],
    proposedBy: codes[index % codes.length]!,
    industries: [`C${30 + (index % 10)}`, `C${40 + (index % 7)}`],
    amendments: [1, 2, 3].map((n) => ({
      baseVersion: n,
      text: paragraph(index + n, 3),
      rationale: paragraph(index + n + 1, 2),
      status: n === 3 ? ("ACCEPTED" as const) : ("REJECTED" as const),
      proposedBy: codes[(index + n) % codes.length]!,
    })),
    stances: codes.map((code, i) => ({
      delegation: code,
      position: positions[(index + i) % positions.length]!,
      reason: paragraph(index + i, 2),
    })),
  });
}

/**
 * A plan of `clauses` clauses in sections of twenty, every tenth not agreed, each with three
 * amendments and three stances with reasons; all three delegations signed.
 */
export function largePlan(clauses: number): PlanExport {
  const base = samplePlan();
  const all = Array.from({ length: clauses }, (_, i) => generatedClause(i + 1));
  const agreed = all.filter((_, i) => (i + 1) % 10 !== 0);
  const sections: PlanContent["sections"] = [];
  for (let start = 0; start < agreed.length; start += 20) {
    const n = sections.length + 1;
    sections.push({ key: null, title: `Section ${n} 第 ${n} 部分`, clauses: agreed.slice(start, start + 20) });
  }
  return {
    ...base,
    content: {
      ...base.content,
      sections,
      notAgreed: all
        .filter((_, i) => (i + 1) % 10 === 0)
        .map((c) => ({ ...c, status: "PARKED", section: sections[0]?.title ?? "" })),
    },
    signatures: DELEGATIONS.map((d, i) => ({
      delegation: d.code,
      signer: `Signer ${i + 1}`,
      signedAt: "2026-03-15T02:10:00.000Z",
      kind: "ENDORSEMENT",
      statement: "",
      hash: HASH,
    })),
  };
}

/** What the renderers take for `plan` in `locale`; a draft carries no signatures. */
export function documentInput(plan: PlanExport, locale: Locale, draft = false): PlanDocumentInput {
  return {
    content: plan.content,
    hash: plan.hash,
    signatures: draft ? [] : (plan.signatures ?? []),
    draft,
    locale,
    labels: documentLabels(createTranslator(locale)),
  };
}
