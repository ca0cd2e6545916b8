// arabic-in-fixed-term: Arabic digits inside fixed political and policy terms written in Chinese
// (党的20大, 十4五, 3严3实, 中央8项规定, 4个全面, 5位一体). Source: GB/T 15835-2011 4.2
// (定型的词语、缩略语中的数字用汉字). Traps: ordinary counts (出台8项规定 is a count, only 中央八项规定
// and 八项规定精神 are the term), so each term is matched with its own context.

import type { BlockRule, RawFinding } from '../../types';

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–99 as Chinese numerals (20 → 二十, 14 → 十四). */
function chinese(n: number): string {
  if (n < 10) return SMALL[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : SMALL[tens]}十${ones ? SMALL[ones] : ''}`;
}

interface Term {
  re: RegExp;
  fix(m: RegExpExecArray): string;
}

const TERMS: Term[] = [
  { re: /党的(\d{1,2})大/g, fix: (m) => `党的${chinese(+m[1])}大` },
  { re: /(?<=[\u4e00-\u9fff])届(\d)中全会/g, fix: (m) => `届${chinese(+m[1])}中全会` },
  { re: /(十\d|\d{2})五(?=规划|时期|期间|”)/g, fix: (m) => `${m[1].startsWith('十') ? `十${chinese(+m[1][1])}` : chinese(+m[1])}五` },
  { re: /(\d)严(\d)实/g, fix: (m) => `${chinese(+m[1])}严${chinese(+m[2])}实` },
  { re: /(?:中央|违反|落实|贯彻)8项规定|8项规定精神/g, fix: (m) => m[0].replace('8', '八') },
  { re: /4个(?:全面|意识|自信)/g, fix: (m) => m[0].replace('4', '四') },
  { re: /2个(?:维护|确立)/g, fix: (m) => m[0].replace('2', '两') },
  { re: /(\d)位一体/g, fix: (m) => `${chinese(+m[1])}位一体` },
  { re: /2学1做/g, fix: () => '两学一做' },
  { re: /3大攻坚战/g, fix: () => '三大攻坚战' },
];

/** One pass that tells whether any term above can be present (a digit next to a term's character). */
const PREFILTER = /\d(?:大|中全会|五|严|项规定|个[全意自维确]|位一体|学|大攻坚)/;

function check(text: string): RawFinding[] {
  if (!PREFILTER.test(text)) return [];
  const out: RawFinding[] = [];
  for (const term of TERMS) {
    term.re.lastIndex = 0;
    for (let m; (m = term.re.exec(text)); ) {
      if (/\d/.test(text.charAt(m.index - 1))) continue;
      const fix = term.fix(m);
      out.push({ start: m.index, end: m.index + m[0].length, message: `固定用语中的数字应使用汉字：“${fix}”`, fix: { text: fix, safe: true } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Arabic digits in fixed terms → the term's Chinese form. */
export const arabicInFixedTerm: BlockRule = {
  id: 'arabic-in-fixed-term',
  scope: 'block',
  severity: 'error',
  weightClass: 'number',
  source: 'GB/T 15835-2011 4.2',
  check,
};
