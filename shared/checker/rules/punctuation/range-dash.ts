// range-dash: an ASCII - or ~ joining the two numbers of a range in Chinese text (2021-2023年).
// Source: GB/T 15834-2011 4.13 (连接号: 一字线 — for years and dates, 浪纹线 ～ for values).
// Traps: dates (2022-06-01), phone numbers (028-12345678), standard codes (GB/T 15834-2011,
// DB51/T 2000-2015), house numbers (3-2-101), model codes (CR400AF-Z), 表1-3 and 图2-1.

import type { BlockRule, RawFinding } from '../../types';
import { isCJKOrPunctCode, codePointAtOffset, codePointBefore } from '../../text';

const RANGE = /(?<![\d.])(\d+(?:\.\d+)?)([-~])(\d+(?:\.\d+)?)/g;
/** Numbers of tables, figures, articles: 表1-3, 图2-1, 附表3-2. */
const NUMBERED_BEFORE = /[表图号栋楼室幢单元]$/;

function isYear(s: string): boolean {
  return /^(1[5-9]|2[01])\d\d$/.test(s);
}

function check(text: string): RawFinding[] {
  if (text.indexOf('-') < 0 && text.indexOf('~') < 0) return [];
  const out: RawFinding[] = [];
  RANGE.lastIndex = 0;
  for (let m; (m = RANGE.exec(text)); ) {
    const [all, a, dash, b] = m;
    const start = m.index;
    const end = start + all.length;
    const prev = text.charAt(start - 1);
    const next = text.charAt(end);
    // Part of a longer code, a date, a chain like 3-2-101, or a standard / model number.
    if (/[\w./\-~#]/.test(prev) || /[\w\-~/.]/.test(next)) continue;
    if (prev === ' ' && /[A-Za-z/][\w/]*\s$/.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (NUMBERED_BEFORE.test(text.slice(0, start))) continue;
    // Phone numbers and zero-padded codes: an area code or a padded part is not a quantity.
    if (/^0\d/.test(a) || /^0\d/.test(b)) continue;
    if (Number(b) <= Number(a)) continue;
    if (!isCJKOrPunctCode(codePointBefore(text, start)) && !isCJKOrPunctCode(codePointAtOffset(text, end))) continue;
    // 15834 4.13: time spans take the 一字线 (2021—2023年, 1—6月), values the 浪纹线 (10～15岁).
    const years = (isYear(a) && isYear(b)) || /^[年月日时]/.test(next);
    const mark = years ? '—' : '～';
    out.push({
      start,
      end,
      message: years ? `时间范围应使用一字线“—”，不用“${dash}”` : `数值范围应使用浪纹线“～”，不用“${dash}”`,
      fix: { text: `${a}${mark}${b}`, safe: false },
    });
  }
  return out;
}

/** ASCII hyphen or tilde in a numeric range → — (years) or ～ (values). */
export const rangeDash: BlockRule = {
  id: 'range-dash',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011 4.13',
  check,
};
