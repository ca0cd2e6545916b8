// chinese-numeral-for-count: a Chinese numeral of value ≥ 10 counting or measuring with a measure
// word or unit (一百二十六所, 三千五百万元) where 15835 asks for Arabic digits (126所, 3500万元).
// Source: GB/T 15835-2011 4.1.1 (计量和计数的数值用阿拉伯数字). Traps: approximations (三四个,
// 十几个, 七八十人), ordinals (第十五次), fixed terms and names (二十四节气, 十分重要, 千家万户,
// 六十年代), years written digit by digit (二〇二二年: chinese-calendar-date's).

import type { BlockRule, RawFinding } from '../../types';
import { parseChineseNumber } from '../../text';

const NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/g;
/** Measure words and units that make the numeral a count or a measurement. */
const MEASURE = /^(?:[个人名位家户件项次元座栋间套辆台架艘部本册篇张幅份场岁天周米吨亩克升倍株棵头只匹条处所支种类门首页斤]|公[里斤顷]|平方|千[克米瓦]|小时|分钟|年(?!代|级))/;
/** Fixed expressions that keep their Chinese numerals. */
const FIXED = /^(?:二十四节气|五十六个民族|三十六计|十八般|七十二变|十二生肖|二十四史|十三陵)/;

/** The Arabic form, keeping 万/亿 as a magnitude word (3500万, 1.2亿). */
function arabic(numeral: string, value: number): string {
  if (/亿$/.test(numeral)) return `${value / 1e8}亿`;
  if (/万$/.test(numeral)) return `${value / 1e4}万`;
  return String(value);
}

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  NUMERAL.lastIndex = 0;
  for (let m; (m = NUMERAL.exec(text)); ) {
    const numeral = m[0];
    const start = m.index;
    const end = start + numeral.length;
    if (!/[十百千万亿]/.test(numeral) || !/[一二两三四五六七八九十]/.test(numeral)) continue;
    if (/^[万亿]|^[百千]/.test(numeral)) continue; // 千家万户, 百年老店, 万人空巷
    const before = text.charAt(start - 1);
    if (before === '第' || before === '初' || before === '周' || before === '星' || before === '期') continue;
    const rest = text.slice(end, end + 4);
    const measure = MEASURE.exec(rest)?.[0];
    if (!measure) continue;
    if (FIXED.test(text.slice(start, start + 8))) continue;
    if (/^[几多余来]/.test(rest) || rest.startsWith('周年')) continue; // 建国七十周年 is a set phrase
    const value = parseChineseNumber(numeral);
    if (value === null || value < 10) continue;
    out.push({
      start,
      end: end + measure.length,
      message: `计数、计量的数值宜用阿拉伯数字：“${numeral}${measure}”`,
      fix: { text: `${arabic(numeral, value)}${measure}`, safe: false },
    });
  }
  return out;
}

/** Chinese numerals ≥ 10 with a measure word → Arabic. */
export const chineseNumeralForCount: BlockRule = {
  id: 'chinese-numeral-for-count',
  scope: 'block',
  severity: 'warning',
  weightClass: 'number',
  source: 'GB/T 15835-2011 4.1.1',
  silentIn: ['bookTitle'],
  skipKinds: ['tableCell'],
  check,
};
