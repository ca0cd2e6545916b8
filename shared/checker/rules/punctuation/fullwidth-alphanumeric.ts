// fullwidth-alphanumeric: full-width digits or Latin letters (２０２２, ＧＤＰ), which belong half-width.
// Source: GB/T 15835-2011 (阿拉伯数字用半角) and common publishing practice.
// Traps: none known; the fix is exact, hence safe.

import type { BlockRule, RawFinding } from '../../types';
import { toHalfwidthAlnum } from '../../text';

const FULLWIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

function check(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  FULLWIDTH.lastIndex = 0;
  for (let m; (m = FULLWIDTH.exec(text)); ) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: '数字和拉丁字母应使用半角',
      fix: { text: toHalfwidthAlnum(m[0]), safe: true },
    });
  }
  return out;
}

/** Full-width digits and letters → half-width. */
export const fullwidthAlphanumeric: BlockRule = {
  id: 'fullwidth-alphanumeric',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15835-2011（阿拉伯数字用半角）',
  check,
};
