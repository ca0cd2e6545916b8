// ellipsis-form: an ellipsis written `...`, `。。。`, `···` or as a single `…` in Chinese text.
// Source: GB/T 15834-2011 4.11 (省略号 …… 占两个字位置). Traps: `……` and `…………` are right;
// ASCII dots in Latin text or between digits are not an ellipsis.

import type { BlockRule, RawFinding } from '../../types';
import { isChineseContext } from '../../text';

const WRONG = /\.{3,}|。{3,}|[·・•]{3,}|…+|⋯+/g;

/** Native searches first: the alternation below is slow to scan on text that has none. */
function mayHaveEllipsis(text: string): boolean {
  return text.includes('...') || text.includes('。。。') || text.includes('…') || text.includes('⋯') || DOTS.test(text);
}
const DOTS = /[·・•]{3}/;

function check(text: string): RawFinding[] {
  if (!mayHaveEllipsis(text)) return [];
  const out: RawFinding[] = [];
  WRONG.lastIndex = 0;
  for (let m; (m = WRONG.exec(text)); ) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    // An even run of … is one or more correct ellipses.
    if (run[0] === '…' && run.length % 2 === 0) continue;
    if (!isChineseContext(text, start, end)) continue;
    out.push({ start, end, message: '省略号应为“……”（两个三连点）', fix: { text: '……', safe: run[0] !== '…' || run.length === 1 } });
  }
  return out;
}

/** Wrong ellipsis forms → ……. */
export const ellipsisForm: BlockRule = {
  id: 'ellipsis-form',
  scope: 'block',
  severity: 'error',
  weightClass: 'punctuation',
  source: 'GB/T 15834-2011 4.11',
  check,
};
