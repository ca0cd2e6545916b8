// weekday-mismatch: a date followed by a weekday that is not its weekday (2023年3月12日（星期一）:
// it was a Sunday). Source: 《图书编校质量差错认定细则》 知识性差错 (weight 2). Traps: without a
// year the record year is assumed; the fix corrects the weekday, but the date may be the mistake,
// so it is not safe.

import type { BlockRule, CheckContext, RawFinding } from '../../types';
import { ARABIC_DATE, WEEKDAYS, daysInMonth } from './dateParts';

function check(text: string, _kind: unknown, ctx: CheckContext): RawFinding[] {
  if (text.indexOf('星期') < 0 && text.indexOf('周') < 0 && text.indexOf('礼拜') < 0) return [];
  const out: RawFinding[] = [];
  ARABIC_DATE.lastIndex = 0;
  for (let m; (m = ARABIC_DATE.exec(text)); ) {
    if (!m[3] || !m[4]) continue;
    const year = m[1] ? Number(m[1]) : ctx.recordYear;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) continue; // invalid-date's
    const actual = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    const written = m[4] === '天' ? '日' : m[4];
    if (written === actual) continue;
    const fixed = m[0].replace(/([星期周礼拜])[一二三四五六日天]/, `$1${actual}`);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `${year}年${month}月${day}日是星期${actual}，不是星期${written}`,
      fix: { text: fixed, safe: false },
    });
  }
  return out;
}

/** A weekday that does not match its date. */
export const weekdayMismatch: BlockRule = {
  id: 'weekday-mismatch',
  scope: 'block',
  severity: 'error',
  weightClass: 'knowledge',
  source: '《图书编校质量差错认定细则》知识性差错',
  check,
};
