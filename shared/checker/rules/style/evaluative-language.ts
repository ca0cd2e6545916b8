// evaluative-language: evaluation instead of facts (高度重视, 成效显著, 圆满完成 …) — 述而不论.
// Source: 《地方综合年鉴编纂出版规定》(述而不论). Options: none. No fix: delete or state facts.
// Traps: quotations and titles stay silent (silentIn); 取得了…成效 is matched with 1–8 characters
// between, within one clause (取得的成效 is a neutral noun phrase); 空前 cut across a word
// boundary is vetoed (天空前方 is not 空前).

import type { BlockRule, RawFinding } from '../../types';
import { segmenterVeto } from '../../text';

const PHRASES = [
  '高度重视', '显著成效', '成效显著', '圆满完成', '圆满成功', '广泛好评', '一致好评', '有目共睹',
  '正确领导', '坚强领导', '亲切关怀', '成绩斐然', '硕果累累', '再创辉煌', '迈上新台阶', '再上新台阶',
  '开创新局面', '史无前例', '空前', '深受欢迎', '深受好评', '反响强烈', '意义重大', '影响深远',
  '卓有成效', '亮点纷呈', '精彩纷呈', '蓬勃发展', '蒸蒸日上', '日新月异', '捷报频传', '成绩喜人',
];

/** 取得了…成效 first (it may contain 显著成效), then the fixed phrases, longest first. */
const EVALUATIVE_RE = new RegExp(
  `取得了?(?!的)[^，。；！？,;\\n]{1,8}?成效|${[...PHRASES].sort((a, b) => b.length - a.length).join('|')}`,
  'g',
);

const INNER_RE = new RegExp(PHRASES.join('|'));

/** The evaluative-language rule (see the header). */
export const evaluativeLanguage: BlockRule = {
  id: 'evaluative-language',
  scope: 'block',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（述而不论）',
  silentIn: ['quote', 'bookTitle'],
  check(text) {
    const out: RawFinding[] = [];
    EVALUATIVE_RE.lastIndex = 0;
    for (let m = EVALUATIVE_RE.exec(text); m; m = EVALUATIVE_RE.exec(text)) {
      let start = m.index;
      let end = start + m[0].length;
      // 取得显著成效: report the listed phrase itself, as the catalogue marks it.
      const inner = m[0].startsWith('取得') ? INNER_RE.exec(m[0]) : null;
      if (inner) {
        start += inner.index;
        end = start + inner[0].length;
      }
      if (m[0] === '空前' && segmenterVeto(text, start, start)) continue; // 天空/前方; 空前绝后 stays
      out.push({ start, end, message: `“${text.slice(start, end)}”是评价性用语，年鉴应述而不论，以事实和数据说明` });
    }
    return out;
  },
};
