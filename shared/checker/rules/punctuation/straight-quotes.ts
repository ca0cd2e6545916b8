// straight-quotes: ASCII " or ' in Chinese text, where “” and ‘’ belong.
// Source: GB/T 15834-2011 4.8 (引号的形式 “”‘’). Traps: apostrophes and inch marks in Latin text
// (not in Chinese context); the fix pairs marks in order, and is safe only when they pair up.

import type { BlockRule, RawFinding } from '../../types';
import { isChineseContext } from '../../text';

const QUOTES = /["']/g;

function check(text: string): RawFinding[] {
  if (text.indexOf('"') < 0 && text.indexOf("'") < 0) return [];
  const marks: Array<{ i: number; ch: string }> = [];
  QUOTES.lastIndex = 0;
  for (let m; (m = QUOTES.exec(text)); ) marks.push({ i: m.index, ch: m[0] });
  const out: RawFinding[] = [];
  for (const kind of ['"', "'"]) {
    const same = marks.filter((m) => m.ch === kind);
    const paired = same.length % 2 === 0;
    same.forEach((m, n) => {
      if (!isChineseContext(text, m.i)) return;
      const open = n % 2 === 0;
      const fix = kind === '"' ? (open ? '“' : '”') : open ? '‘' : '’';
      out.push({
        start: m.i,
        end: m.i + 1,
        message: `中文引号应为“${kind === '"' ? '“”' : '‘’'}”，不用直引号 ${kind}`,
        fix: { text: fix, safe: paired },
      });
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** ASCII straight quotes in Chinese context → “” / ‘’ by pairing. */
export const straightQuotes: BlockRule = {
  id: 'straight-quotes',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011 4.8',
  check,
};
