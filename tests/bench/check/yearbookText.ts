// A deterministic synthetic yearbook text for the checker benchmark: varied sentences in yearbook
// style (dates, figures, units, quotations, titles), with a small share of typical mistakes.

/** A small seeded PRNG (mulberry32), so every run checks the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['青白江区', '大弯街道', '城厢镇', '弥牟镇', '清泉镇', '福洪乡', '姚渡镇', '人和乡'];
const BODIES = ['区教育局', '区卫生健康局', '区文化广电旅游局', '区农业农村局', '区住房城乡建设局', '区档案馆', '区融媒体中心', '区税务局'];
const ITEMS = ['学校', '卫生室', '农家书屋', '便民服务中心', '污水处理站', '文化广场', '停车场', '养老机构'];
const UNITS = ['个', '所', '家', '处', '座', '项'];

type Pick = <T>(xs: readonly T[]) => T;

const TEMPLATES: Array<(p: Pick, n: () => number, y: number) => string> = [
  (p, n, y) => `${y}年${1 + (n() % 12)}月${1 + (n() % 28)}日，${p(BODIES)}在${p(PLACES)}召开全区工作推进会，部署全年重点任务。`,
  (p, n) => `全年新建${p(ITEMS)}${n() % 90 + 10}${p(UNITS)}，改造提升${n() % 40 + 3}${p(UNITS)}，完成投资${(n() % 9000) / 10}万元。`,
  (p, n) => `截至年末，全区共有${p(ITEMS)}${n() % 200 + 20}${p(UNITS)}，其中${p(PLACES)}${n() % 15 + 1}${p(UNITS)}。`,
  (p, n) => `${p(BODIES)}全年受理群众来信来访${n() % 900 + 100}件，办结率${90 + (n() % 10)}.${n() % 10}%，同比提高${n() % 5}.${n() % 10}个百分点。`,
  (p, n) => `实现地区生产总值${n() % 900 + 100}.${n() % 10}亿元，比上年增长${n() % 9}.${n() % 10}%，其中第一产业增加值${n() % 90 + 10}.${n() % 10}亿元。`,
  (p) => `区委书记在会上指出：“要把民生实事办实办好，让群众有更多获得感。”`,
  (p, n) => `${p(PLACES)}完成高标准农田建设${n() % 900 + 100}公顷，粮食总产量${n() % 90 + 10}.${n() % 10}万吨。`,
  (p, n, y) => `${y}年，${p(BODIES)}印发《关于进一步加强${p(ITEMS)}管理的实施意见》，明确${n() % 9 + 2}个方面${n() % 30 + 10}项措施。`,
  (p, n) => `全年开展各类培训${n() % 90 + 10}期，培训人员${n() % 9000 + 1000}人次，发放资料${n() % 90 + 10}万份。`,
  (p, n) => `${p(PLACES)}常住人口${n() % 90 + 10}.${n() % 10}万人，城镇化率${n() % 40 + 50}.${n() % 10}%，户籍人口${n() % 90 + 10}.${n() % 10}万人。`,
  (p, n, y) => `${y}年${1 + (n() % 12)}月，${p(PLACES)}${p(ITEMS)}建成投用，总建筑面积${n() % 9000 + 1000}平方米，设置床位${n() % 200 + 50}张。`,
  (p, n) => `全年办理人大代表建议${n() % 90 + 10}件、政协提案${n() % 90 + 10}件，满意率均为100%。`,
];

/** Typical mistakes slipped into about one sentence in twelve. */
const MISTAKES = [
  '会议由区长主持,全体委员出席。',
  '全县有 3个街道、12个镇。',
  '开展"书香社区"评选活动。',
  '每支队伍由八、九名队员组成。',
  '2020-2022年，累计改造农村公路186千米。',
  '近期，镇政府完成12个村的饮水工程改造。',
  '区委高度重视垃圾分类工作。',
  '全年用电量4.6亿度。',
  '截止2023年末，全县共有个体工商户3.1万户。',
  '全区共有幼儿园八十七所。',
];

/** Paragraphs of about `perParagraph` characters, in total at least `totalChars` characters. */
export function yearbookParagraphs(totalChars: number, seed = 2023, perParagraph = 180): string[] {
  const rnd = seededRandom(seed);
  const n = () => Math.floor(rnd() * 1_000_000);
  const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const paragraphs: string[] = [];
  let total = 0;
  while (total < totalChars) {
    let p = '';
    while (p.length < perParagraph) {
      p += rnd() < 1 / 12 ? pick(MISTAKES) : pick(TEMPLATES)(pick, n, 2023);
    }
    paragraphs.push(p);
    total += p.length + 1;
  }
  return paragraphs;
}
