// entry-title-punctuation: punctuation in an entry title other than 《》“”·— (条目标题不用标点,
// except book-title marks, quotation marks, the middle dot and the dash). Source: 《地方综合年鉴
// 编纂出版规定》 and 编纂惯例. Options: none. Traps: a decimal point or colon between digits (5.12,
// 8:30) and % are not punctuation; a run of marks (（）, ，、) is one finding.

import type { RawFinding, TitleRule } from '../../types';
import { isCJKPunctCode, isDigitCode } from '../../text';

/** Marks a title may carry: 《》“”·— (and the dash doubled). */
const ALLOWED = new Set([0x300a, 0x300b, 0x201c, 0x201d, 0x00b7, 0x2014, 0xff05]);
const ASCII_PUNCT = new Set([...',.;:?!()[]{}"\'~'].map((c) => c.charCodeAt(0)));

function isFlagged(title: string, i: number): boolean {
  const c = title.charCodeAt(i);
  if (ALLOWED.has(c)) return false;
  if (ASCII_PUNCT.has(c)) {
    // 5.12, 8:30: a decimal point or a time colon between digits.
    if ((c === 0x2e || c === 0x3a) && isDigitCode(title.charCodeAt(i - 1)) && isDigitCode(title.charCodeAt(i + 1))) return false;
    return true;
  }
  return isCJKPunctCode(c);
}

/** The entry-title-punctuation rule (see the header). */
export const entryTitlePunctuation: TitleRule = {
  id: 'entry-title-punctuation',
  scope: 'title',
  severity: 'warning',
  weightClass: 'norm',
  source: '《地方综合年鉴编纂出版规定》（条目标题）；编纂惯例',
  check(title) {
    const out: RawFinding[] = [];
    for (let i = 0; i < title.length; i++) {
      if (!isFlagged(title, i)) continue;
      const start = i;
      while (i + 1 < title.length && isFlagged(title, i + 1)) i++;
      out.push({ start, end: i + 1, message: `条目标题中不宜使用标点“${title.slice(start, i + 1)}”（可用《》“”·—）` });
    }
    return out;
  },
};
