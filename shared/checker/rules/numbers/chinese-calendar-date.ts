// chinese-calendar-date: a Gregorian date in Chinese numerals (二〇二二年六月一日, 二○二二年).
// Source: GB/T 15835-2011 (公历年月日用阿拉伯数字). Traps: lunar dates (农历正月初一, 腊月, 农历
// 八月十五) and 干支 years; 十月革命-like names have no year and no 日.

import type { BlockRule, RawFinding } from '../../types';
import { parseChineseNumber } from '../../text';

const D = '零〇○Ｏ一二三四五六七八九';
const DATE = new RegExp(`([一二][${D}]{3})年(?:([十一二三四五六七八九]{1,2})月(?:([十一二三四五六七八九]{1,3})日)?)?|([十一二三四五六七八九]{1,2})月([十一二三四五六七八九]{1,3})日`, 'g');
const LUNAR_BEFORE = /(?:农历|阴历|夏历|旧历)$/;

function check(text: string): RawFinding[] {
  if (text.indexOf('年') < 0 && text.indexOf('日') < 0) return [];
  const out: RawFinding[] = [];
  DATE.lastIndex = 0;
  for (let m; (m = DATE.exec(text)); ) {
    const [all, y, mo, d, mo2, d2] = m;
    if (LUNAR_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const month = mo ?? mo2;
    const day = d ?? d2;
    const year = y ? parseChineseNumber(y) : null;
    const mv = month ? parseChineseNumber(month) : null;
    const dv = day ? parseChineseNumber(day) : null;
    if (y && year === null) continue;
    if (month && (mv === null || mv < 1 || mv > 12)) continue;
    if (day && (dv === null || dv < 1 || dv > 31)) continue;
    // A bare 月日 needs care: 十月一日 is a date, but inside 《》 or a name the core silences it.
    const fix = `${year !== null ? `${year}年` : ''}${mv !== null ? `${mv}月` : ''}${dv !== null ? `${dv}日` : ''}`;
    out.push({
      start: m.index,
      end: m.index + all.length,
      message: `公历日期应使用阿拉伯数字：“${fix}”`,
      fix: { text: fix, safe: year !== null },
    });
  }
  return out;
}

/** Gregorian dates in Chinese numerals → Arabic. */
export const chineseCalendarDate: BlockRule = {
  id: 'chinese-calendar-date',
  scope: 'block',
  severity: 'error',
  weightClass: 'number',
  source: 'GB/T 15835-2011（公历年月日用阿拉伯数字）',
  silentIn: ['bookTitle'],
  check,
};
