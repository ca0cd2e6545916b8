// numeric-date-format: an all-numeric date in running text (2022.6.1, 2022-06-01, 2022/6/1), which
// a yearbook writes 2022年6月1日. Source: GB/T 15835-2011 (全数字式日期 only in tables, notes,
// indexes). Traps: version numbers and IP addresses (longer dot chains), invalid month/day values;
// table cells may use the numeric form, so they are skipped.

import type { BlockRule, RawFinding } from '../../types';

const NUMERIC_DATE = /(?<![\d.\-/A-Za-z])((?:1[89]|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\d.\-/]*\d)/g;

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m; (m = NUMERIC_DATE.exec(text)); ) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const fix = `${Number(m[1])}年${month}月${day}日`;
    out.push({ start: m.index, end: m.index + m[0].length, message: `正文中的日期应写作“${fix}”`, fix: { text: fix, safe: true } });
  }
  return out;
}

/** 2022.6.1 / 2022-06-01 / 2022/6/1 in running text → 2022年6月1日. */
export const numericDateFormat: BlockRule = {
  id: 'numeric-date-format',
  scope: 'block',
  severity: 'error',
  weightClass: 'number',
  source: 'GB/T 15835-2011（公历年月日用阿拉伯数字）',
  skipKinds: ['tableCell'],
  check,
};
