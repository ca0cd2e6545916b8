// invalid-date: a date that does not exist (2月30日, 4月31日, 13月, 2023年2月29日).
// Source: 《图书编校质量差错认定细则》 知识性差错 (weight 2). Traps: durations (12个月) and
// counts of months are not dates; 2月29日 without a year may be a leap year.

import type { BlockRule, RawFinding } from '../../types';
import { ARABIC_DATE, daysInMonth } from './dateParts';

function check(text: string): RawFinding[] {
  if (text.indexOf('月') < 0) return [];
  const out: RawFinding[] = [];
  ARABIC_DATE.lastIndex = 0;
  for (let m; (m = ARABIC_DATE.exec(text)); ) {
    const year = m[1] ? Number(m[1]) : null;
    const month = Number(m[2]);
    const day = m[3] ? Number(m[3]) : null;
    // Without 年 before or 日 after, N月 may be a count ("共13月" is rare, but 个月 never matches).
    if (year === null && day === null) continue;
    const dateEnd = m.index + (m[1] ? m[1].length + 1 : 0) + m[2].length + 1 + (m[3] ? m[3].length + 1 : 0);
    let problem = '';
    if (month < 1 || month > 12) problem = `不存在${month}月`;
    else if (day !== null && (day < 1 || day > daysInMonth(month, year))) {
      problem = `${year !== null ? `${year}年` : ''}${month}月没有${day}日`;
    }
    if (!problem) continue;
    out.push({ start: m.index, end: dateEnd, message: `日期不存在：${problem}` });
  }
  return out;
}

/** Dates that do not exist. */
export const invalidDate: BlockRule = {
  id: 'invalid-date',
  scope: 'block',
  severity: 'error',
  weightClass: 'knowledge',
  source: '《图书编校质量差错认定细则》知识性差错',
  check,
};
