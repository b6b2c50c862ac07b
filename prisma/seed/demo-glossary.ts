// The demo workshop's own text in both languages (issue 14): a reader of Chinese sees 辽宁, 沈阳 and
// the rationales in Chinese, a reader of English sees them as entered. Every English text here is
// exactly a text of the demo data (demo-glossary.integration.test.ts checks that each one is used).
import type { PrismaClient } from "@/lib/db/generated/client";

const illustrative = "Illustrative demo figures.";
const illustrativeZh = "数据仅为示意。";

/** [English, Chinese]: names, then units, then longer texts. */
export const demoGlossary: Array<[string, string]> = [
  ["Revitalising Northeast China", "振兴东北老工业基地"],
  ["Northeast China (Liaoning, Jilin, Heilongjiang)", "东北地区（辽宁、吉林、黑龙江）"],
  ["Liaoning", "辽宁"],
  ["Jilin", "吉林"],
  ["Heilongjiang", "黑龙江"],
  ["Liaodong Peninsula", "辽东半岛"],
  ["Inland cities", "内陆城市群"],
  ["Dalian", "大连"],
  ["Yingkou", "营口"],
  ["Dandong", "丹东"],
  ["Shenyang", "沈阳"],
  ["Anshan", "鞍山"],
  ["Fushun", "抚顺"],
  ["Benxi", "本溪"],
  ["Liaoyang", "辽阳"],
  ["Tieling", "铁岭"],
  ["Siping", "四平"],
  ["Jinzhou", "锦州"],
  ["Changchun", "长春"],
  ["Tonghua", "通化"],
  ["Harbin", "哈尔滨"],
  ["Daqing", "大庆"],
  ["Qiqihar", "齐齐哈尔"],
  ["million people (illustrative)", "百万人（示意）"],
  ["billion CNY (illustrative)", "十亿元人民币（示意）"],
  ["vehicles/year", "辆/年"],
  ["billion CNY output", "十亿元产值"],
  ["million dwt/year", "百万载重吨/年"],
  ["million t/year", "百万吨/年"],
  ["railway cars/year", "节铁路客车/年"],
  ["Restructure state-owned heavy industry", "重组国有重工业"],
  ["Develop modern agriculture and food processing", "发展现代农业和食品加工"],
  ["Build regional transport and logistics networks", "建设区域交通和物流网络"],
  ["Protect the environment and resource-exhausted cities", "保护环境，扶持资源枯竭型城市"],
  [
    "Reform and modernise the state-owned enterprises of the equipment, steel and petrochemical bases.",
    "改革并改造装备、钢铁和石化基地的国有企业。",
  ],
  [
    "Turn the grain belt into a base of commercial agriculture and agro-food industries.",
    "把粮食主产区建成商品农业和农产品加工业基地。",
  ],
  [
    "Connect the three provinces and eastern Inner Mongolia by rail, road and port.",
    "以铁路、公路和港口连通三省和内蒙古东部。",
  ],
  [
    "Restore mining areas and give cities whose resources are exhausted new industries.",
    "修复矿区，为资源枯竭型城市培育新产业。",
  ],
  ["Regional logistics platform", "区域物流平台"],
  [
    "Shared freight information system and bonded logistics hubs across the three provinces. Illustrative figures.",
    "三省共用的货运信息系统和保税物流枢纽。数据仅为示意。",
  ],
  [
    "Joint research centre serving the automobile clusters of the region. Illustrative figures.",
    "服务本地区各汽车产业集群的联合研究中心。数据仅为示意。",
  ],
  ["Joint R&D centre for automotive technology", "汽车技术联合研发中心"],
  ["Regional brand to promote first", "优先推广的区域品牌"],
  [
    "Seminar on regional cooperation: the three provinces record their planned pillar industries, see where the plans collide, and work out one medium- and long-term regional plan in line with the central government's rejuvenation strategy. All figures in this demo are illustrative.",
    "区域合作研讨会：三省登记各自规划的支柱产业，看清规划在哪里相互重叠，并按照中央振兴战略共同制定一份中长期区域规划。本演示中的数据均为示意。",
  ],
  [
    "Coastal cluster with Dalian as the core: ports, shipbuilding, petrochemicals (illustrative).",
    "以大连为核心的沿海城市群：港口、造船、石化（示意）。",
  ],
  [
    "Inland cluster with Shenyang as the hub: machinery, automobiles, steel (illustrative).",
    "以沈阳为枢纽的内陆城市群：机械、汽车、钢铁（示意）。",
  ],
  ...(
    [
      ["Expand passenger-car assembly in Shenyang.", "扩大沈阳的乘用车总装能力。"],
      ["Machine tools and heavy machinery.", "机床和重型机械。"],
      ["Shipbuilding around Dalian.", "以大连为中心的造船业。"],
      ["Fine chemicals.", "精细化工。"],
      ["Refining capacity.", "炼油能力。"],
      ["Pharmaceuticals.", "医药。"],
      ["Steel upgrading.", "钢铁产业升级。"],
      ["Changchun as the automobile city.", "把长春建成汽车城。"],
      ["Long-term vehicle capacity.", "长期整车产能。"],
      ["Chemical industry of Jilin City.", "吉林市的化学工业。"],
      ["Traditional Chinese medicine and biopharma.", "中药和生物制药。"],
      ["Corn and grain processing.", "玉米和粮食加工。"],
      ["Railway passenger cars.", "铁路客车。"],
      ["Light vehicles in Harbin.", "哈尔滨的轻型汽车。"],
      ["Petrochemicals around Daqing.", "以大庆为中心的石油化工。"],
      ["Daqing oilfield.", "大庆油田。"],
      ["Heavy machinery of Qiqihar.", "齐齐哈尔的重型机械。"],
      ["Power-generation equipment.", "发电设备。"],
      ["Pharmaceuticals of Harbin.", "哈尔滨的医药产业。"],
      ["Soybean and dairy processing.", "大豆和乳制品加工。"],
    ] as Array<[string, string]>
  ).map(([en, zh]): [string, string] => [`${en} ${illustrative}`, `${zh}${illustrativeZh}`]),
];

/** Only for a workshop without a glossary, so what the facilitator changed is never overwritten. */
export async function seedGlossary(prisma: PrismaClient, workshopId: string): Promise<void> {
  if ((await prisma.glossaryTerm.count({ where: { workshopId } })) > 0) return;
  await prisma.glossaryTerm.createMany({
    data: demoGlossary.map(([en, zh]) => ({ workshopId, en, zh })),
    skipDuplicates: true,
  });
}
