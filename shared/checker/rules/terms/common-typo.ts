// common-typo: misused words common in government writing (截止2023年底 → 截至, 布署 → 部署 …).
// Source: 《图书编校质量差错认定细则》 文字差错 (weight 1); 《第一批异形词整理表》 for 账户, 部分.
// Options: none. Traps: 截止 means "end" before a noun or at the clause end (报名截止日期, 于5月31日
// 截止) — only 截止 + a date or time word is the typo; 全部份额, 过渡假期, 按装修标准, 一座落地窗,
// 月份内, 既使…又… (a verb 使) are other words.

import type { BlockRule, RawFinding } from '../../types';

/** Wrong form → right form; the pattern may carry a context guard. */
const TYPOS: ReadonlyArray<[pattern: string, wrong: string, right: string]> = [
  ['按装(?![修饰订配备机置载卸])', '按装', '安装'],
  ['布署', '布署', '部署'],
  ['座落(?![地成])', '座落', '坐落'],
  ['再接再励', '再接再励', '再接再厉'],
  ['既使(?![^。；！？\\n]*又)', '既使', '即使'],
  ['做为', '做为', '作为'],
  ['一愁莫展', '一愁莫展', '一筹莫展'],
  ['迫不急待', '迫不急待', '迫不及待'],
  ['不径而走', '不径而走', '不胫而走'],
  ['松驰', '松驰', '松弛'],
  ['(?<!过)渡假', '渡假', '度假'],
  ['重迭', '重迭', '重叠'],
  ['帐户', '帐户', '账户'],
  ['帐号', '帐号', '账号'],
  ['部份(?!额)', '部份', '部分'],
  ['精萃', '精萃', '精粹'],
  ['穿流不息', '穿流不息', '川流不息'],
  ['(?<![年月省股身])份内(?=[事之工的职])', '份内', '分内'],
];

/** 截止 (+到/至) before a date or a time word is 截至 ("up to"). */
const CUTOFF = '截止(?:到|至)?(?=\\d|[〇○零一二三四五六七八九]{2,4}年|目前|当前|今年|去年|本年|上年|年底|年末|年中|本月|上月|月底|现在|发稿|统计)';

const TYPO_RE = new RegExp(`(${CUTOFF})|${TYPOS.map(([p]) => `(${p})`).join('|')}`, 'g');

/** The common-typo rule (see the header). */
export const commonTypo: BlockRule = {
  id: 'common-typo',
  scope: 'block',
  severity: 'error',
  weightClass: 'text',
  source: '《图书编校质量差错认定细则》（文字差错）',
  check(text) {
    const out: RawFinding[] = [];
    TYPO_RE.lastIndex = 0;
    for (let m = TYPO_RE.exec(text); m; m = TYPO_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        out.push({ start, end, message: '表示“到某时为止”应写作“截至”，“截止”指停止、结束', fix: { text: '截至', safe: true } });
        continue;
      }
      const i = m.slice(2).findIndex((g) => g !== undefined);
      const [, wrong, right] = TYPOS[i];
      out.push({ start, end, message: `“${wrong}”应写作“${right}”`, fix: { text: right, safe: true } });
    }
    return out;
  },
};
