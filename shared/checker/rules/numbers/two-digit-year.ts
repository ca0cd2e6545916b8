// two-digit-year: a year cut to two digits before a month (23年5月) or written '23.
// Source: GB/T 15835-2011 (年份不能简写). Traps: durations (从教23年) have no month after
// them; 12个月 is a length. The century comes from the record year (a guess, so not safe).

import type { BlockRule, CheckContext, RawFinding } from '../../types';
import { isChineseContext } from '../../text';

const SHORT_YEAR = /(?<![\d.\-/A-Za-z])(\d{2})年(?=(\d{1,2})月)|['’‘](\d{2})(?![\d%])/g;

function fullYear(yy: number, recordYear: number): number {
  let y = Math.floor(recordYear / 100) * 100 + yy;
  if (y > recordYear + 1) y -= 100;
  return y;
}

function check(text: string, _kind: unknown, ctx: CheckContext): RawFinding[] {
  if (text.indexOf('年') < 0 && text.indexOf("'") < 0 && text.indexOf('’') < 0) return [];
  const out: RawFinding[] = [];
  SHORT_YEAR.lastIndex = 0;
  for (let m; (m = SHORT_YEAR.exec(text)); ) {
    if (m[1] !== undefined) {
      const month = Number(m[2]);
      if (month < 1 || month > 12) continue;
      const year = fullYear(Number(m[1]), ctx.recordYear);
      out.push({ start: m.index, end: m.index + m[0].length, message: `年份不能简写为两位：应为“${year}年”`, fix: { text: `${year}年`, safe: false } });
    } else {
      if (!isChineseContext(text, m.index, m.index + m[0].length)) continue;
      const year = fullYear(Number(m[3]), ctx.recordYear);
      out.push({ start: m.index, end: m.index + m[0].length, message: `年份不能简写为两位：应为“${year}年”`, fix: { text: `${year}年`, safe: false } });
    }
  }
  return out;
}

/** 23年5月 / '23 → four-digit year. */
export const twoDigitYear: BlockRule = {
  id: 'two-digit-year',
  scope: 'block',
  severity: 'error',
  weightClass: 'number',
  source: 'GB/T 15835-2011（年份不简写）',
  silentIn: ['bookTitle'],
  skipKinds: ['tableCell'],
  check,
};
