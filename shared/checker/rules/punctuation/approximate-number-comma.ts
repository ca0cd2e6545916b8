// approximate-number-comma: a 顿号 inside an approximation of neighbouring numbers (五、六人,
// 十六、七岁, 三、四百, 六、七十, 27、8岁) — an approximation takes no mark.
// Source: GB/T 15834-2011 4.5.3 (相邻两数字连用表示概数不用顿号). Traps: lists of ordinals and
// sequence nouns (三、四季度, 一、二年级, 5、6月份, 第三、四次), and 五六人 is already right.

import type { BlockRule, RawFinding } from '../../types';
import { CHINESE_DIGITS } from '../../text';

const DIGIT = '一二三四五六七八九';
/** X、Y with X a Chinese numeral ending in a digit (五, 十六, 二十六) or Arabic digits. */
const CANDIDATE = new RegExp(`((?:[${DIGIT}]?十)?[${DIGIT}]|(?<!\\d)\\d+)、([${DIGIT}十]|\\d)`, 'g');
const BEFORE_NUMBER = /[第\d零〇一二两三四五六七八九十百千万亿]/;
/** A numeral and a 顿号 just before the pair. */
const LIST_ITEM_BEFORE = /[一二三四五六七八九十\d]、$/;

/** Nouns of order: a list of them is a list, not an approximation. */
const SEQUENCE = /^(?:季度|年级|期|号线|号|届|批|轮|等奖|等|层|楼|章|节|条|月份|月|日|版|段|类|级|是|方面|点|产业|中全会|部分)/;
/** Measure words, units and magnitudes after which the pair is a count. */
const MEASURE = /^(?:[个人名位岁天年次家所户部里百千万亿十元件项场只头台辆座栋间张本册篇套份株棵亩斤吨米倍成周遍趟处支种首幅口匹顿回袋箱片根排行道门对双盏枚颗粒]|公[里斤顷]|平方|小时|分钟|千[克米瓦])/;

/** The last digit's value (十 alone is 10): 十六、七 compares 6 and 7, 27、8 compares 7 and 8. */
function lastDigit(s: string): number {
  if (/^\d+$/.test(s)) return Number(s) % 10;
  if (s === '十') return 10;
  return CHINESE_DIGITS[s.slice(-1)];
}

function check(text: string): RawFinding[] {
  if (text.indexOf('、') < 0) return [];
  const out: RawFinding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m; (m = CANDIDATE.exec(text)); ) {
    const [all, x, y] = m;
    const arabic = /\d/.test(x);
    if (arabic !== /\d/.test(y)) continue;
    if (BEFORE_NUMBER.test(text.charAt(m.index - 1))) continue;
    // Part of a longer list (第一、二、三名, 一、二、三等奖): a list of ordinals, not an approximation.
    if (text.charAt(m.index - 1) === '、' && LIST_ITEM_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (lastDigit(y) !== lastDigit(x) + 1) continue;
    const rest = text.slice(m.index + all.length, m.index + all.length + 8);
    const magnitude = arabic ? '' : (/^[十百千万亿]+/.exec(rest)?.[0] ?? '');
    const tail = rest.slice(magnitude.length);
    if (/^\d/.test(rest) || /^、[一二三四五六七八九十\d]/.test(rest) || SEQUENCE.test(tail)) continue;
    if (magnitude === '' && !MEASURE.test(tail)) continue;
    out.push({
      start: m.index,
      end: m.index + all.length,
      message: arabic ? '相邻数字连用表示概数，不用顿号，宜改用汉字数字（如“二十七八岁”）' : `相邻数字连用表示概数，中间不用顿号：“${x}${y}”`,
      // Arabic pairs (27、8岁) would read as one number without the mark: the editor rewrites them
      // in Chinese numerals (二十七八岁), so no fix is offered.
      ...(arabic ? {} : { fix: { text: `${x}${y}`, safe: false } }),
    });
  }
  return out;
}

/** X、X+1 as an approximation → drop the 顿号. */
export const approximateNumberComma: BlockRule = {
  id: 'approximate-number-comma',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011 4.5.3',
  check,
};
